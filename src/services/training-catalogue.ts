import { randomUUID } from "node:crypto";
import { getBerakhlakValue, BERAKHLAK_IDS } from "../domain/berakhlak";
import type { OrgDirectory, Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import { addDays, toWibDate } from "../domain/time";
import type { CompetencyNotifications, CompetencyRepository, StoredNeed, Training } from "./competency-ports";
import type { AuditLog, Clock } from "./ports";
import { readTrainingInput } from "./training-validation";
import { queueNewRound, roundsProgress } from "./card-rounds";

/** The outbox job (first round) of a training's announcement: its id is the idempotency key of the send. */
export const announceJobBase = (trainingId: string) => `training-announce-${trainingId}`;

const norm = (s: string) => s.trim().toLowerCase();

/** The words a need can be matched by: its topic, and for a BerAKHLAK value also the value's name. */
export function needTerms(n: Pick<StoredNeed, "topic" | "source">): string[] {
  const terms = [norm(n.topic)];
  if (n.source === "PERILAKU" && (BERAKHLAK_IDS as readonly string[]).includes(n.topic)) terms.push(norm(getBerakhlakValue(n.topic as (typeof BERAKHLAK_IDS)[number]).name));
  return terms;
}

/** True when the training addresses one of the (confirmed) needs. */
export function addressesAny(t: Training, needs: readonly StoredNeed[]): boolean {
  const addressed = new Set(t.addresses.map(norm));
  return needs.some((n) => n.status === "confirmed" && needTerms(n).some((term) => addressed.has(term)));
}

/** The catalogue (Pengelola Kompetensi), recommendations, announcements and the day-before reminder. */
export class TrainingCatalogue {
  constructor(
    private readonly deps: { directory: OrgDirectory; repo: CompetencyRepository; audit: AuditLog; clock: Clock; notifications: CompetencyNotifications },
  ) {}

  async create(actor: Person, body: Record<string, unknown>): Promise<{ errors: DomainError[]; training?: Training }> {
    const input = readTrainingInput(body, this.deps.directory);
    if (!input.value) return { errors: input.errors };
    const at = this.deps.clock.now().toISOString();
    const training = await this.deps.repo.createTraining({ ...input.value, id: randomUUID(), organizerId: actor.id, createdAt: at });
    await this.deps.audit.append({ actorId: actor.id, action: "training.create", subjectType: "training", subjectId: training.id, ownerId: actor.id, toState: "open", at });
    return { errors: [], training };
  }

  async list(): Promise<Training[]> {
    return (await this.deps.repo.listTrainings()).sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  }

  /** Upcoming trainings that address one of the employee's confirmed needs. */
  async recommendationsFor(needs: readonly StoredNeed[]): Promise<Training[]> {
    const now = this.deps.clock.now().toISOString();
    return (await this.list()).filter((t) => t.start > now && addressesAny(t, needs));
  }

  /** Members of the target units (and units below them) or, without targets, everyone with a matching need. */
  async audience(t: Training): Promise<Person[]> {
    const people = new Map<string, Person>();
    if (t.targetUnitIds.length > 0) {
      for (const u of t.targetUnitIds) for (const p of this.deps.directory.getUnitMembers(u, { recursive: true })) people.set(p.id, p);
    } else {
      const year = Number(toWibDate(this.deps.clock.now()).slice(0, 4));
      const byEmployee = new Map<string, StoredNeed[]>();
      for (const n of await this.deps.repo.listNeeds(year)) {
        const list = byEmployee.get(n.employeeId);
        if (list) list.push(n);
        else byEmployee.set(n.employeeId, [n]);
      }
      for (const [id, needs] of byEmployee) {
        const p = this.deps.directory.getPerson(id);
        if (p && addressesAny(t, needs)) people.set(id, p);
      }
    }
    return [...people.values()];
  }

  /**
   * Queues the card with Daftar for the audience through the outbox and answers at once; a repeated announce
   * reaches only those not reached yet (people added to the audience since). Sending goes on in the background.
   */
  async announce(actor: Person, t: Training): Promise<{ queued: number; audience: number; jobId: string | null }> {
    const audience = await this.audience(t);
    const round = await queueNewRound(this.deps.notifications, announceJobBase(t.id), audience, (jobId, fresh) => this.deps.notifications.announce(jobId, t, fresh));
    const at = this.deps.clock.now().toISOString();
    await this.deps.audit.append({ actorId: actor.id, action: "training.announce", subjectType: "training", subjectId: t.id, ownerId: actor.id, toState: "announced", at });
    return { queued: round.queued, audience: audience.length, jobId: round.jobId ?? null };
  }

  /** Delivery progress of each announce of the training (counts by status), for its organiser. */
  announcementProgress(trainingId: string) {
    return roundsProgress(this.deps.notifications, announceJobBase(trainingId));
  }

  /** Daily tick: once a training has ended, its organiser gets the attendance card (once per training). */
  async attendanceCardsDue(): Promise<number> {
    const now = this.deps.clock.now().toISOString();
    let sent = 0;
    for (const t of await this.deps.repo.listTrainings()) {
      const organiser = this.deps.directory.getPerson(t.organizerId);
      if (t.end > now || !organiser) continue;
      const full = await this.deps.repo.trainingWithRegistrations(t.id);
      const seated = (full?.registrations ?? []).filter((r) => r.status === "registered" || r.status === "attended");
      if (seated.length === 0 || !(await this.deps.repo.claimOnce(`attendance|${t.id}`, now))) continue;
      await this.deps.notifications.attendanceToOrganiser(organiser, t, seated);
      sent++;
    }
    return sent;
  }

  /** Daily tick: the registered participants of trainings starting tomorrow (WIB) get one reminder each (outbox). */
  async remindTomorrow(): Promise<number> {
    const now = this.deps.clock.now();
    const tomorrow = addDays(toWibDate(now), 1);
    let queued = 0;
    for (const t of await this.deps.repo.listTrainings()) {
      if (toWibDate(new Date(t.start)) !== tomorrow) continue;
      const full = await this.deps.repo.trainingWithRegistrations(t.id);
      const people = (full?.registrations ?? []).filter((r) => r.status === "registered").map((r) => this.deps.directory.getPerson(r.employeeId));
      const round = await queueNewRound(this.deps.notifications, `training-reminder-${t.id}`, people.filter((p): p is Person => !!p), (jobId, fresh) =>
        this.deps.notifications.reminders(jobId, t, fresh),
      );
      queued += round.queued;
    }
    return queued;
  }
}
