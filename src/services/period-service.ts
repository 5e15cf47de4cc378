import { DEFAULT_DEADLINE_RULE, DEFAULT_PERIOD_TYPE, PERIOD_TYPES, generatePeriods, openPeriods, validatePeriods, type DeadlineRule, type Period, type PeriodType } from "../domain/periods";
import type { Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { toWibDate } from "../domain/time";
import type { PeriodRepository, StoredPeriodYear } from "./period-ports";
import type { AuditLog, Clock } from "./ports";

export const MIN_YEAR = 2020;
export const MAX_YEAR = 2100;
/** A deadline more than two months after the period end would overlap the next periods' work. */
export const MAX_DEADLINE_DAYS = 60;

export type DefineYearOutcome = { kind: "invalid"; errors: DomainError[] } | { kind: "defined"; year: StoredPeriodYear };

/**
 * Evaluation periods (DOMAIN.md section 4): the Admin Kinerja defines a year (type and deadline rule), the
 * server generates the periods. Every report submission and evaluation reads them, so they are cached in
 * memory and reloaded after a change (one process writes them; a second instance sees a change within TTL).
 */
export class PeriodService {
  private cache?: { at: number; years: StoredPeriodYear[] };
  private static readonly TTL_MS = 60_000;

  constructor(
    private readonly deps: { periods: PeriodRepository; audit: AuditLog; clock: Clock; holidays: readonly string[] },
  ) {}

  async years(): Promise<StoredPeriodYear[]> {
    const now = Date.now();
    if (!this.cache || now - this.cache.at > PeriodService.TTL_MS) this.cache = { at: now, years: await this.deps.periods.listAll() };
    return this.cache.years;
  }

  async all(): Promise<Period[]> {
    return (await this.years()).flatMap((y) => y.periods);
  }

  async get(periodId: string): Promise<Period | undefined> {
    return (await this.all()).find((p) => p.id === periodId);
  }

  /** Periods accepting self-assessments and ratings today (start ≤ today ≤ batas pengisian); none if none defined. */
  async openToday(): Promise<Period[]> {
    const periods = await this.all();
    return periods.length === 0 ? [] : openPeriods(periods, toWibDate(this.deps.clock.now()));
  }

  async isOpen(periodId: string): Promise<boolean> {
    return (await this.openToday()).some((p) => p.id === periodId);
  }

  async defineYear(actor: Person, year: number, input: Record<string, unknown>): Promise<DefineYearOutcome> {
    const errors: DomainError[] = [];
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) errors.push(error("field_not_allowed", "year"));
    const type = readType(input.type, errors);
    const deadlineRule = readDeadlineRule(input.deadlineRule, errors);
    if (errors.length > 0 || !type || !deadlineRule) return { kind: "invalid", errors };
    const periods = generatePeriods(year, type, deadlineRule, new Set(this.deps.holidays));
    const others = (await this.all()).filter((p) => p.year !== year);
    const problems = validatePeriods([...others, ...periods]);
    if (problems.length > 0) return { kind: "invalid", errors: problems };
    const at = this.deps.clock.now().toISOString();
    const stored: StoredPeriodYear = { config: { year, type, deadlineRule, definedById: actor.id, definedAt: at }, periods };
    await this.deps.periods.saveYear(stored);
    this.cache = undefined;
    await this.deps.audit.append({
      actorId: actor.id,
      action: "period.define",
      subjectType: "periods",
      subjectId: String(year),
      ownerId: `periods:${year}`,
      toState: type,
      at,
    });
    return { kind: "defined", year: stored };
  }
}

function readType(value: unknown, errors: DomainError[]): PeriodType | undefined {
  if (value === undefined || value === null || value === "") return DEFAULT_PERIOD_TYPE;
  if (typeof value === "string" && (PERIOD_TYPES as readonly string[]).includes(value)) return value as PeriodType;
  errors.push(error("field_not_allowed", "type"));
  return undefined;
}

function readDeadlineRule(value: unknown, errors: DomainError[]): DeadlineRule | undefined {
  if (value === undefined || value === null) return DEFAULT_DEADLINE_RULE;
  const v = value as { kind?: unknown; days?: unknown };
  const kindOk = v.kind === "working_days_after_end" || v.kind === "calendar_days_after_end";
  const daysOk = typeof v.days === "number" && Number.isInteger(v.days) && v.days >= 0 && v.days <= MAX_DEADLINE_DAYS;
  if (!kindOk) errors.push(error("field_not_allowed", "deadlineRule.kind"));
  if (!daysOk) errors.push(error("field_not_allowed", "deadlineRule.days", { max: MAX_DEADLINE_DAYS }));
  return kindOk && daysOk ? ({ kind: v.kind, days: v.days } as DeadlineRule) : undefined;
}
