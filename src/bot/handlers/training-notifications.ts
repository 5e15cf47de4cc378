import { needsDecisionCard } from "../../cards/development-cards";
import { attendanceCard, externalTrainingCard, promotedCard } from "../../cards/training-cards";
import type { OrgDirectory, Person } from "../../domain/org";
import { personOfRecipient } from "../../services/announcement-model";
import type { CardJobProgress, CompetencyNotifications, JpCredit, QueuedCards, Registration, StoredNeed, Training } from "../../services/competency-ports";
import type { CardJobPayload, CardJobs } from "../../services/outbox/card-jobs";
import type { OutboxItem } from "../../services/outbox/model";
import type { OutboxStore } from "../../services/outbox/ports";
import { COMPETENCY_CARD_KINDS } from "../competency-outbox-cards";
import type { ProactiveNotifier } from "../proactive-notifier";

/** The outbox as these cards need it: queueing, and reading a job back (its people, its progress). */
export interface CompetencyOutbox {
  cardJobs: Pick<CardJobs, "toPeople" | "queue">;
  store: Pick<OutboxStore, "getJob" | "counts"> & { listItems(jobId: string): Promise<OutboxItem[]> };
}

/**
 * Competency development's proactive cards. A card to one person goes directly with the ProactiveNotifier (as the
 * report flow does; failures are recorded in the Deliveries table). Cards to many people at once (announcements,
 * day-before reminders, JP reminders) are queued as one outbox job each and rendered when sent by the renderers
 * of src/bot/competency-outbox-cards.ts.
 */
export class CardCompetencyNotifications implements CompetencyNotifications {
  constructor(
    private readonly notifier: ProactiveNotifier,
    private readonly directory: OrgDirectory,
    private readonly outbox: CompetencyOutbox,
  ) {}

  private readonly names = (id: string) => this.directory.getPerson(id)?.displayName ?? id;

  private async send(person: Person, key: string, card: ReturnType<typeof promotedCard>) {
    await this.notifier.sendToPerson(person.id, key, card);
  }

  needsToSupervisor(supervisor: Person, employee: Person, year: number, needs: StoredNeed[]) {
    return this.send(supervisor, `development:${year}:${employee.id}`, needsDecisionCard(employee, year, needs));
  }
  promoted(person: Person, t: Training) {
    return this.send(person, `training-promoted:${t.id}`, promotedCard(t));
  }
  attendanceToOrganiser(organiser: Person, t: Training, registrations: Registration[]) {
    return this.send(organiser, `training-attendance:${t.id}`, attendanceCard(t, registrations, this.names));
  }
  externalToSupervisor(supervisor: Person, employee: Person, c: JpCredit) {
    return this.send(supervisor, `jp-external:${c.id}`, externalTrainingCard(employee, c));
  }

  announce(jobId: string, t: Training, people: readonly Person[]) {
    return this.queue(jobId, { kind: COMPETENCY_CARD_KINDS.trainingAnnounce, trainingId: t.id }, people);
  }
  reminders(jobId: string, t: Training, people: readonly Person[]) {
    return this.queue(jobId, { kind: COMPETENCY_CARD_KINDS.trainingReminder, trainingId: t.id }, people);
  }
  jpBehind(jobId: string, year: number, people: readonly Person[]) {
    return this.queue(jobId, { kind: COMPETENCY_CARD_KINDS.jpBehind, year }, people);
  }
  jpBehindTeam(jobId: string, year: number, supervisors: readonly Person[]) {
    return this.queue(jobId, { kind: COMPETENCY_CARD_KINDS.jpBehindTeam, year }, supervisors);
  }

  async recipientsOf(jobId: string): Promise<string[] | undefined> {
    if (!(await this.outbox.store.getJob(jobId))) return undefined;
    return (await this.outbox.store.listItems(jobId)).map((i) => personOfRecipient(i.recipientId) ?? i.recipientId);
  }

  async progress(jobId: string): Promise<CardJobProgress | undefined> {
    const job = await this.outbox.store.getJob(jobId);
    return job ? { jobId, total: job.total, ...(await this.outbox.store.counts(jobId)) } : undefined;
  }

  /**
   * A job that exists already gets no new items (its id is the idempotency key); while it is still sending, it
   * is marked active again, which makes sure a crash right after writing it did not leave it unsent.
   */
  private async queue(jobId: string, payload: CardJobPayload, people: readonly Person[]): Promise<QueuedCards> {
    const existing = await this.outbox.store.getJob(jobId);
    if (existing) {
      if (existing.state === "sending") await this.outbox.cardJobs.queue(jobId, payload, []);
      return { jobId, queued: 0 };
    }
    const job = await this.outbox.cardJobs.toPeople(jobId, payload, people.map((p) => p.id));
    return { jobId, queued: job.total };
  }
}
