/**
 * Announcements (issue 7): compose and preview, send now or at a WIB time, acknowledge, cancel. Sending is
 * the outbox's: starting an announcement writes its outbox job (one item per recipient conversation) before
 * any worker sends, and registers the job for the dispatchers.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { announcementCard } from "../cards/announcement-card";
import type { AdaptiveCard } from "../cards/render";
import type { OrgDirectory, Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import { audiencePeople, opdIds, resolveRecipients } from "./announcement-audience";
import {
  COMPOSE_SCHEMA,
  mainJobId,
  wibLocalToInstant,
  type Announcement,
  type AnnouncementPayload,
  type ComposeInput,
} from "./announcement-model";
import type { AnnouncementOutbox, AnnouncementStore } from "./announcement-ports";
import type { Clock } from "./ports";

export interface AnnouncementDeps {
  store: AnnouncementStore;
  outbox: AnnouncementOutbox;
  directory: OrgDirectory;
  clock: Clock;
  newId?: () => string;
}

export type ComposeOutcome = { kind: "ok"; announcement: Announcement } | { kind: "invalid"; errors: DomainError[] };
export type AckOutcome = { kind: "ok"; card: AdaptiveCard; created: boolean } | { kind: "not_found" } | { kind: "not_recipient" };

export class AnnouncementService {
  constructor(private readonly deps: AnnouncementDeps) {}

  /** Validates a composition: zod for shapes and sizes, then the directory and installed teams for the audience. */
  async validate(body: unknown): Promise<{ kind: "ok"; input: ComposeInput } | { kind: "invalid"; errors: DomainError[] }> {
    const parsed = COMPOSE_SCHEMA.safeParse(body);
    if (!parsed.success) return { kind: "invalid", errors: mapErrors(parsed.error) };
    const input = parsed.data;
    const errors: DomainError[] = [];
    if (input.audience.kind === "opds") {
      const known = opdIds(this.deps.directory);
      const unknown = input.audience.opdIds.filter((id) => !known.has(id));
      if (unknown.length) errors.push({ code: "announcement.unknownOpd", field: "audience.opdIds", params: { ids: unknown.join(", ") } });
    }
    if (input.audience.kind === "channels") {
      const installed = new Set((await this.deps.store.teamConversations()).map((t) => t.teamId));
      const named = [...(input.audience.teamIds ?? []), ...(input.audience.channels ?? []).map((c) => c.teamId)];
      const unknown = [...new Set(named)].filter((id) => !installed.has(id));
      if (unknown.length) errors.push({ code: "announcement.unknownTeam", field: "audience.teamIds", params: { ids: unknown.join(", ") } });
    }
    if (input.scheduledAt && wibLocalToInstant(input.scheduledAt).getTime() <= this.deps.clock.now().getTime()) {
      errors.push({ code: "announcement.scheduleInPast", field: "scheduledAt" });
    }
    return errors.length ? { kind: "invalid", errors } : { kind: "ok", input };
  }

  async preview(body: unknown): Promise<{ kind: "ok"; card: AdaptiveCard } | { kind: "invalid"; errors: DomainError[] }> {
    const parsed = COMPOSE_SCHEMA.shape.content.safeParse((body as { content?: unknown } | undefined)?.content);
    if (!parsed.success) return { kind: "invalid", errors: mapErrors(parsed.error, "content") };
    return { kind: "ok", card: announcementCard("preview", parsed.data) };
  }

  async compose(author: Person, body: unknown): Promise<ComposeOutcome> {
    const valid = await this.validate(body);
    if (valid.kind === "invalid") return valid;
    const now = this.deps.clock.now();
    const { content, audience, scheduledAt } = valid.input;
    const announcement: Announcement = {
      id: (this.deps.newId ?? randomUUID)(),
      authorId: author.id,
      content,
      audience,
      status: "scheduled",
      createdAt: now.toISOString(),
      sendAt: scheduledAt ? wibLocalToInstant(scheduledAt).toISOString() : now.toISOString(),
    };
    // "Send now" is a schedule due at once, started right away: if the process dies in between, the tick starts it.
    await this.deps.store.create(announcement);
    if (scheduledAt) return { kind: "ok", announcement };
    await this.start((await this.deps.store.get(announcement.id))!);
    return { kind: "ok", announcement: (await this.deps.store.get(announcement.id)) ?? announcement };
  }

  /** Starts the scheduled announcements that are due (the scheduler's tick); idempotent, safe in any instance. */
  async startDue(): Promise<string[]> {
    const now = this.deps.clock.now();
    const started: string[] = [];
    for (const a of await this.deps.store.list("scheduled")) {
      if (Date.parse(a.sendAt) > now.getTime()) continue;
      if (await this.start(a)) started.push(a.id);
    }
    return started;
  }

  /**
   * Writes the outbox job (every recipient) and registers it, then marks the announcement sending. Writing the
   * job twice is a no-op; a cancel that came in between wins, and the job is cancelled before anything is sent.
   */
  private async start(a: Announcement): Promise<Announcement | undefined> {
    await this.writeJob(a);
    const started: Announcement = { ...a, status: "sending", startedAt: this.deps.clock.now().toISOString() };
    if (await this.deps.store.update(started)) return started;
    const now = await this.deps.store.get(a.id);
    if (now?.status === "cancelled") await this.deps.outbox.cancel(mainJobId(a.id));
    return undefined;
  }

  async get(id: string): Promise<Announcement | undefined> {
    return this.deps.store.get(id);
  }

  async list(): Promise<Announcement[]> {
    return (await this.deps.store.list()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Cancels a scheduled or sending announcement: pending outbox items are cancelled, sent ones stay sent. */
  async cancel(id: string, attempt = 0): Promise<"ok" | "not_found" | "not_cancellable"> {
    const a = await this.deps.store.get(id);
    if (!a) return "not_found";
    if (a.status === "done" || a.status === "cancelled") return "not_cancellable";
    if (!(await this.deps.store.update({ ...a, status: "cancelled" }))) return attempt < 5 ? this.cancel(id, attempt + 1) : "not_cancellable";
    // Every job of the announcement still being sent (the main one and a reminder), then the main one if written.
    const jobs = new Set((await this.deps.store.listActiveJobs()).filter((j) => j.announcementId === id).map((j) => j.jobId));
    if (a.startedAt) jobs.add(mainJobId(id));
    for (const jobId of jobs) await this.deps.outbox.cancel(jobId);
    return "ok";
  }

  /**
   * "Saya sudah membaca dan memahami": the person comes from the activity, never from the card, so nobody can
   * acknowledge for someone else; a replay keeps the first time and counts once.
   */
  async acknowledge(actor: Person, announcementId: unknown): Promise<AckOutcome> {
    if (typeof announcementId !== "string" || !/^[A-Za-z0-9-]{1,64}$/.test(announcementId)) return { kind: "not_found" };
    const a = await this.deps.store.get(announcementId);
    if (!a || a.status === "scheduled") return { kind: "not_found" };
    if (a.audience.kind !== "channels" && !audiencePeople(this.deps.directory, a.audience).some((p) => p.id === actor.id)) {
      return { kind: "not_recipient" };
    }
    const opdId = this.deps.directory.getOpdOf(actor.unitId)?.id ?? "";
    const ack = await this.deps.store.acknowledge(a.id, { personId: actor.id, opdId, at: this.deps.clock.now().toISOString() });
    return { kind: "ok", created: ack.created, card: announcementCard(a.id, a.content, { acknowledgedAt: ack.at }) };
  }

  private async writeJob(a: Announcement): Promise<void> {
    const recipients = await resolveRecipients(this.deps.directory, this.deps.store, a.audience);
    const payload: AnnouncementPayload = { announcementId: a.id, reminder: false };
    await this.deps.outbox.createJob({ jobId: mainJobId(a.id), payload: JSON.stringify(payload), createdAt: this.deps.clock.now().toISOString() }, recipients);
    await this.deps.store.addActiveJob({ jobId: mainJobId(a.id), announcementId: a.id });
  }
}

/** zod issues as the field messages the tab shows (codes of src/i18n domain.json and announcement.*). */
function mapErrors(error: z.ZodError, prefix?: string): DomainError[] {
  return error.issues.map((issue) => {
    const path = issue.path.join(".");
    const field = prefix ? `${prefix}.${path}` : path;
    if (issue.message === "https_only") return { code: "announcement.httpsOnly", field };
    if (issue.code === "too_big") return { code: issue.origin === "string" ? "field_too_long" : "field_not_allowed", field, params: { max: Number(issue.maximum) } };
    if (issue.code === "too_small" && issue.origin === "string") return { code: "field_required", field };
    if (issue.code === "invalid_type" && issue.input === undefined) return { code: "field_required", field };
    return { code: "field_not_allowed", field };
  });
}
