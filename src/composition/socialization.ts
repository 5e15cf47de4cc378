import type { CloudAdapter } from "botbuilder";
import { adoptionRoutes } from "../api/adoption-routes";
import { announcementRoutes } from "../api/announcement-routes";
import { AnnouncementAckHandler } from "../bot/handlers/announcement-ack";
import { addressAtSend } from "../bot/outbox-address";
import { botSendPort } from "../bot/outbox-send-port";
import { announcementCard } from "../cards/announcement-card";
import type { AdaptiveCard } from "../cards/render";
import { AdoptionService } from "../services/adoption-service";
import { AnnouncementDispatcher } from "../services/announcement-dispatcher";
import type { AnnouncementPayload } from "../services/announcement-model";
import { AnnouncementReminders } from "../services/announcement-reminders";
import { AnnouncementService } from "../services/announcement-service";
import { cardJobKind } from "../services/outbox/card-jobs";
import { TEAMS_CONVERSATION_WINDOWS } from "../services/outbox/conversation-limiter";
import type { OutboxItem } from "../services/outbox/model";
import type { SendPort } from "../services/outbox/ports";
import { OutboxWorker } from "../services/outbox/worker";
import type { AppContext, Feature } from "./context";

/** Started with the server and stopped by its close(): the outbox worker and the announcement scheduler. */
export interface Lifecycle {
  start(): void;
  stop(): Promise<void>;
}

const DISPATCH_POLL_MS = 1000;

/**
 * Socialization (issue 7): announcements to channels and people with acknowledgement, sent through the durable
 * outbox; reminders; the adoption view. The bot adapter is needed for the outbox's send port.
 */
export function socializationFeature(ctx: AppContext, adapter: CloudAdapter): { feature: Feature; lifecycle: Lifecycle } {
  const { config, directory, repos, clock } = ctx;
  const store = repos.announcements;
  const outbox = repos.outbox.store;
  const announcements = new AnnouncementService({ store, outbox, directory, clock });
  const reminders = new AnnouncementReminders({
    store,
    outbox,
    clock,
    holidays: new Set(config.holidays),
    afterWorkingDays: config.announcementReminderWorkingDays,
    hourWib: config.announcementReminderHourWib,
  });
  const adoption = new AdoptionService({ directory, store, outbox, reports: repos.reports, skps: repos.skps, clock });

  // The content never changes after composing, so the rendered cards are kept per announcement and kind.
  const cards = new Map<string, AdaptiveCard | undefined>();
  const cardFor = async (item: OutboxItem, job: { payload: string }) => {
    const other = cardJobKind(job.payload);
    if (other) return ctx.outboxCards.renderer(other.kind)?.(item, other.payload);
    const payload = JSON.parse(job.payload) as AnnouncementPayload;
    const key = `${payload.announcementId}:${payload.reminder}`;
    if (!cards.has(key)) {
      const a = await store.get(payload.announcementId);
      if (cards.size > 100) cards.clear();
      cards.set(key, a ? announcementCard(a.id, a.content, { reminder: payload.reminder }) : undefined);
    }
    return cards.get(key);
  };
  const botSend = addressAtSend(repos.conversations, botSendPort(adapter, config.botId, cardFor));
  const send: SendPort = async (item, job) => {
    const outcome = await botSend(item, job);
    const other = outcome.kind === "sent" ? cardJobKind(job.payload) : undefined;
    if (other && outcome.kind === "sent") await ctx.outboxCards.sent(other.kind, item, other.payload, outcome.activityId);
    return outcome;
  };
  const worker = new OutboxWorker(outbox, repos.outbox.gate(config.botTenantId ?? "tenant", config.outboxTenantRatePerSecond), send, {
    owner: `app-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    tenantRatePerSecond: config.outboxTenantRatePerSecond,
    // Enough sends in flight to fill a fifth of a second of the tenant rate (16 at the published 50/s).
    concurrency: Math.max(16, Math.ceil(config.outboxTenantRatePerSecond / 5)),
    conversationWindows: [{ count: config.outboxConversationRatePerSecond, ms: 1000 }, ...TEAMS_CONVERSATION_WINDOWS.slice(1)],
  });
  const dispatcher = new AnnouncementDispatcher({
    store,
    worker,
    pollMs: DISPATCH_POLL_MS,
    tickMs: config.announcementTickMs,
    tick: async () => {
      await announcements.startDue();
      await reminders.run();
    },
  });

  const feature: Feature = {
    routes: [...announcementRoutes(announcements, { store, outbox, directory }), ...adoptionRoutes(adoption)],
    handlers: [new AnnouncementAckHandler(announcements)],
  };
  return { feature, lifecycle: { start: () => dispatcher.start(), stop: () => dispatcher.stop() } };
}
