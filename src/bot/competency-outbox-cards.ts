/**
 * Competency development's cards sent through the outbox (services/card-rounds, training-notifications): each is
 * rendered when its item is sent, from the state stored then, so a card never announces a training that is gone
 * or already started, never reminds someone who cancelled, and never tells someone who reached 20 JP meanwhile
 * that they are behind (those items are recorded as nothing_to_send).
 */
import { jpBehindCard, jpBehindTeamCard, reminderCard, trainingCard } from "../cards/training-cards";
import { JP_TARGET_PER_YEAR, jpStatus } from "../domain/jp";
import type { OrgDirectory, Person } from "../domain/org";
import { personOfRecipient } from "../services/announcement-model";
import type { CompetencyRepository, Registration, Training } from "../services/competency-ports";
import { JpService } from "../services/jp-service";
import type { CardJobPayload } from "../services/outbox/card-jobs";
import type { Clock } from "../services/ports";
import type { OutboxCardRegistry } from "./outbox-cards";

/** Payload kinds of competency cards in the outbox (protocol strings: stored in queued jobs). */
export const COMPETENCY_CARD_KINDS = {
  trainingAnnounce: "training-announce",
  trainingReminder: "training-reminder",
  jpBehind: "jp-behind",
  jpBehindTeam: "jp-behind-team",
} as const;

/** A training and its registrations are read once per this many ms while its items are being sent. */
const TRAINING_CACHE_MS = 2000;

interface Deps {
  repo: CompetencyRepository;
  directory: OrgDirectory;
  clock: Clock;
}

export function registerCompetencyCards(registry: OutboxCardRegistry, deps: Deps): void {
  const cache = new Map<string, { at: number; value: Promise<{ training: Training; registrations: Registration[] } | undefined> }>();
  /** `cached`: an announcement's card may show a registration a moment old; a reminder's recipient must be seated now. */
  const upcoming = async (trainingId: unknown, cached: boolean) => {
    if (typeof trainingId !== "string") return undefined;
    const now = Date.now();
    let hit = cached ? cache.get(trainingId) : undefined;
    if (!hit || now - hit.at > TRAINING_CACHE_MS) {
      if (cache.size > 100) cache.clear();
      hit = { at: now, value: deps.repo.trainingWithRegistrations(trainingId) };
      if (cached) cache.set(trainingId, hit);
    }
    const full = await hit.value;
    return full && full.training.start > deps.clock.now().toISOString() ? full : undefined;
  };
  const behindTotal = async (personId: string, year: number) => {
    const total = JpService.totals(await deps.repo.creditsOf(year, personId), year).get(personId) ?? 0;
    return jpStatus(total).reached ? undefined : total;
  };
  const yearOf = (payload: CardJobPayload) => (typeof payload.year === "number" ? payload.year : undefined);

  registry.register(COMPETENCY_CARD_KINDS.trainingAnnounce, async (item, payload) => {
    const full = await upcoming(payload.trainingId, true);
    if (!full) return undefined;
    const personId = personOfRecipient(item.recipientId);
    return trainingCard(full.training, full.registrations.find((r) => r.employeeId === personId));
  });
  registry.register(COMPETENCY_CARD_KINDS.trainingReminder, async (item, payload) => {
    const full = await upcoming(payload.trainingId, false);
    const personId = personOfRecipient(item.recipientId);
    const seated = full?.registrations.some((r) => r.employeeId === personId && r.status === "registered");
    return full && seated ? reminderCard(full.training) : undefined;
  });
  registry.register(COMPETENCY_CARD_KINDS.jpBehind, async (item, payload) => {
    const personId = personOfRecipient(item.recipientId);
    const year = yearOf(payload);
    const total = personId && year ? await behindTotal(personId, year) : undefined;
    return total === undefined ? undefined : jpBehindCard(total, JP_TARGET_PER_YEAR);
  });
  registry.register(COMPETENCY_CARD_KINDS.jpBehindTeam, async (item, payload) => {
    const supervisorId = personOfRecipient(item.recipientId);
    const year = yearOf(payload);
    if (!supervisorId || !year) return undefined;
    const behind: { person: Person; total: number }[] = [];
    for (const person of deps.directory.getDirectReports(supervisorId)) {
      const total = await behindTotal(person.id, year);
      if (total !== undefined) behind.push({ person, total });
    }
    return behind.length > 0 ? jpBehindTeamCard(behind, JP_TARGET_PER_YEAR) : undefined;
  });
}
