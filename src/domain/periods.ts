/**
 * Evaluation periods (DOMAIN.md section 4) and which report dates they accept (section 5: late entries for past
 * days are allowed until the period's batas pengisian, filling deadline). All dates are WIB 'YYYY-MM-DD'.
 */
import { addDays, addWorkingDays, daysInMonth, firstDayOfMonth, formatIsoDate, isIsoDate, lastDayOfMonth, type IsoDate } from "./time";
import { error, type DomainError } from "./result";

/** bulanan = monthly (the default), triwulanan = quarterly, semesteran = half-yearly. */
export const PERIOD_TYPES = ["bulanan", "triwulanan", "semesteran"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];
export const DEFAULT_PERIOD_TYPE: PeriodType = "bulanan";

const MONTHS_PER_PERIOD: Record<PeriodType, number> = { bulanan: 1, triwulanan: 3, semesteran: 6 };

export interface Period {
  /** e.g. '2026-bulanan-03', '2026-triwulanan-2': stable, sortable within a year and type. */
  id: string;
  year: number;
  type: PeriodType;
  /** 1-based: month 1..12, quarter 1..4 or semester 1..2. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  /** Batas pengisian: the last day (inclusive) on which reports dated inside the period are accepted. */
  fillingDeadline: IsoDate;
}

/** How the batas pengisian follows from the period end; configurable by the BKPSDM admin. */
export type DeadlineRule =
  | { kind: "working_days_after_end"; days: number }
  | { kind: "calendar_days_after_end"; days: number };

/**
 * Default: the 5th working day after the period ends (a week to catch up, however the month ends).
 * DOMAIN.md does not fix the deadline; this mirrors common OPD practice and is configurable.
 */
export const DEFAULT_DEADLINE_RULE: DeadlineRule = { kind: "working_days_after_end", days: 5 };

export function periodId(year: number, type: PeriodType, index: number): string {
  return `${year}-${type}-${String(index).padStart(2, "0")}`;
}

export function fillingDeadlineFor(end: IsoDate, rule: DeadlineRule, holidays: ReadonlySet<IsoDate>): IsoDate {
  return rule.kind === "working_days_after_end" ? addWorkingDays(end, rule.days, holidays) : addDays(end, rule.days);
}

/** The periods of one year, in order, each with its filling deadline. */
export function generatePeriods(
  year: number,
  type: PeriodType = DEFAULT_PERIOD_TYPE,
  deadlineRule: DeadlineRule = DEFAULT_DEADLINE_RULE,
  holidays: ReadonlySet<IsoDate> = new Set(),
): Period[] {
  const months = MONTHS_PER_PERIOD[type];
  const periods: Period[] = [];
  for (let index = 1; index * months <= 12; index++) {
    const lastMonth = index * months;
    const start = formatIsoDate(year, lastMonth - months + 1, 1);
    const end = formatIsoDate(year, lastMonth, daysInMonth(year, lastMonth));
    periods.push({ id: periodId(year, type, index), year, type, index, start, end, fillingDeadline: fillingDeadlineFor(end, deadlineRule, holidays) });
  }
  return periods;
}

/**
 * With no period configured, the current WIB month is open and closes when it ends: reports may be dated from
 * the 1st of the month up to today. Shaped like a generated monthly period so storage keys stay uniform.
 */
export function implicitMonthPeriod(today: IsoDate): Period {
  const start = firstDayOfMonth(today);
  const end = lastDayOfMonth(today);
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return { id: periodId(year, "bulanan", month), year, type: "bulanan", index: month, start, end, fillingDeadline: end };
}

export const PERIOD_REFUSAL_CODES = [
  "report_date_in_future",
  "report_date_before_open_period",
  "report_date_past_deadline",
  "report_date_outside_periods",
] as const;
export type PeriodRefusalCode = (typeof PERIOD_REFUSAL_CODES)[number];

export type OpenPeriodResult =
  | { ok: true; period: Period; implicit: boolean }
  | { ok: false; reason: PeriodRefusalCode; params?: Record<string, string> };

export function periodContaining(periods: readonly Period[], date: IsoDate): Period | undefined {
  return periods.find((p) => p.start <= date && date <= p.end);
}

/**
 * Whether a report dated `reportDate` may be entered on `today` (both WIB dates): the date must lie in a period,
 * not be in the future, and today must not be past that period's batas pengisian.
 */
export function findOpenPeriodForDate(periods: readonly Period[], reportDate: IsoDate, today: IsoDate): OpenPeriodResult {
  if (reportDate > today) return { ok: false, reason: "report_date_in_future" };
  if (periods.length === 0) {
    const month = implicitMonthPeriod(today);
    if (reportDate < month.start) return { ok: false, reason: "report_date_before_open_period", params: { from: month.start } };
    return { ok: true, period: month, implicit: true };
  }
  const period = periodContaining(periods, reportDate);
  if (!period) return { ok: false, reason: "report_date_outside_periods" };
  if (today > period.fillingDeadline) {
    return { ok: false, reason: "report_date_past_deadline", params: { deadline: period.fillingDeadline } };
  }
  return { ok: true, period, implicit: false };
}

/** The periods that still accept reports on `today` (for the date picker and reminders). */
export function openPeriods(periods: readonly Period[], today: IsoDate): Period[] {
  if (periods.length === 0) return [implicitMonthPeriod(today)];
  return periods.filter((p) => p.start <= today && today <= p.fillingDeadline);
}

/** The earliest report date accepted on `today`, e.g. for an input's `min`; undefined when nothing is open. */
export function earliestOpenDate(periods: readonly Period[], today: IsoDate): IsoDate | undefined {
  const starts = openPeriods(periods, today).map((p) => p.start);
  return starts.length === 0 ? undefined : starts.reduce((a, b) => (a < b ? a : b));
}

export const PERIOD_CONFIG_ERROR_CODES = ["period_invalid_dates", "period_end_before_start", "period_deadline_before_end", "period_overlap"] as const;
export type PeriodConfigErrorCode = (typeof PERIOD_CONFIG_ERROR_CODES)[number];

/** Checks periods an admin configured by hand: valid dates, start <= end <= deadline, no overlap. */
export function validatePeriods(periods: readonly Period[]): DomainError<PeriodConfigErrorCode>[] {
  const errors: DomainError<PeriodConfigErrorCode>[] = [];
  for (const p of periods) {
    if (!isIsoDate(p.start) || !isIsoDate(p.end) || !isIsoDate(p.fillingDeadline)) {
      errors.push(error("period_invalid_dates", p.id));
    } else if (p.end < p.start) errors.push(error("period_end_before_start", p.id));
    else if (p.fillingDeadline < p.end) errors.push(error("period_deadline_before_end", p.id));
  }
  const sorted = [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1], sorted[i]];
    if (prev && cur && cur.start <= prev.end) errors.push(error("period_overlap", cur.id, { other: prev.id }));
  }
  return errors;
}
