import type { OrgDirectory, Person } from "../domain/org";
import type { Period } from "../domain/periods";
import { addDays, isWorkingDay, toWibDate } from "../domain/time";
import type { Authority } from "./authority";
import type { EvaluationRepository, StoredEvaluation } from "./evaluation-ports";
import type { PeriodService } from "./period-service";
import type { Clock } from "./ports";

/** Reminders start this many days before a period ends and run until its batas pengisian. */
export const REMINDER_LEAD_DAYS = 7;
/** Evaluations read at once: a city-wide tick reads one row per employee per open period. */
const READ_CONCURRENCY = 25;
const WIB_OFFSET_MS = 7 * 3_600_000;

/** One claim per person per WIB day: the first to insert it sends; a second tick or instance does not. */
export interface ReminderLog {
  claim(date: string, key: string, at: string): Promise<boolean>;
}

/** What one person is reminded of today. */
export interface ReminderDue {
  person: Person;
  /** Periods whose self-assessment is still due. */
  selfAssessments: Period[];
  /** Employees whose rating the person (their pejabat penilai, or the Plt/Plh today) still owes. */
  ratings: { period: Period; employee: Person }[];
}

export interface ReminderNotifications {
  remind(due: ReminderDue): Promise<void>;
}

export type TickResult = { status: "sent"; sent: number } | { status: "skipped"; reason: "not_working_day" | "before_hour" | "no_open_period" };

/**
 * Daily reminders of the evaluation (issue 4): on WIB working days, from the configured hour, to employees whose
 * self-assessment is due and to supervisors whose ratings are due, at most one card per person per day. The timer
 * that calls tick() lives in main.ts; tests call tick() with their own clock.
 */
export class EvaluationReminders {
  constructor(
    private readonly deps: {
      directory: OrgDirectory;
      authority: Authority;
      periods: PeriodService;
      evaluations: EvaluationRepository;
      log: ReminderLog;
      clock: Clock;
      holidays: readonly string[];
      hourWib: number;
      notifications: ReminderNotifications;
    },
  ) {}

  async tick(): Promise<TickResult> {
    const now = this.deps.clock.now();
    const today = toWibDate(now);
    if (!isWorkingDay(today, new Set(this.deps.holidays))) return { status: "skipped", reason: "not_working_day" };
    if (new Date(now.getTime() + WIB_OFFSET_MS).getUTCHours() < this.deps.hourWib) return { status: "skipped", reason: "before_hour" };
    const periods = (await this.deps.periods.openToday()).filter((p) => today >= addDays(p.end, -REMINDER_LEAD_DAYS));
    if (periods.length === 0) return { status: "skipped", reason: "no_open_period" };
    const due = await this.dueToday(periods, today);
    let sent = 0;
    for (const d of due.values()) {
      if (d.selfAssessments.length === 0 && d.ratings.length === 0) continue;
      if (!(await this.deps.log.claim(today, `eval:${d.person.id}`, now.toISOString()))) continue;
      await this.deps.notifications.remind(d);
      sent++;
    }
    return { status: "sent", sent };
  }

  private async dueToday(periods: Period[], today: string): Promise<Map<string, ReminderDue>> {
    const due = new Map<string, ReminderDue>();
    const of = (p: Person) => {
      let d = due.get(p.id);
      if (!d) due.set(p.id, (d = { person: p, selfAssessments: [], ratings: [] }));
      return d;
    };
    // Everyone with a pejabat penilai is evaluated; the top of the directory (no supervisor) is not.
    const employees = this.deps.directory.listPeople().filter((p) => this.deps.directory.getManager(p.id));
    for (const period of periods) {
      for (let i = 0; i < employees.length; i += READ_CONCURRENCY) {
        const chunk = employees.slice(i, i + READ_CONCURRENCY);
        const evaluations = await Promise.all(chunk.map((e) => this.deps.evaluations.get(period.id, e.id)));
        for (const [j, employee] of chunk.entries()) {
          const ev: StoredEvaluation | undefined = evaluations[j];
          const state = ev?.state ?? "draft";
          if (state === "draft") of(employee).selfAssessments.push(period);
          if (state === "draft" || state === "self_assessed") {
            const rater = await this.deps.authority.supervisorRecipient(employee.id, today);
            if (rater) of(rater).ratings.push({ period, employee });
          }
        }
      }
    }
    return due;
  }
}
