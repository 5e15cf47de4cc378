/**
 * Laporan progres (progress reports) and umpan balik (feedback) on them, DOMAIN.md section 5.
 */
import { readHttpUrl, readNumber, readRequiredText, readText, type FieldErrorCode } from "./input";
import { findOpenPeriodForDate, type Period, type PeriodRefusalCode } from "./periods";
import { error, ok, type DomainError, type Result } from "./result";
import { isIsoDate, toWibDate, workingDaysBetween, type IsoDate } from "./time";

export const MAX_ACTIVITY_LENGTH = 2000;
export const MAX_UNIT_LENGTH = 50;
export const MAX_EVIDENCE_URL_LENGTH = 2000;
export const MAX_FEEDBACK_LENGTH = 2000;
/** Quantities are counts or amounts towards an IKI target; two decimals cover "0,25 dokumen" style values. */
export const MAX_QUANTITY_DECIMALS = 2;
/** Default of the configurable reminder: a report without feedback is reminded after 3 working days. */
export const DEFAULT_FEEDBACK_REMINDER_WORKING_DAYS = 3;

export interface ReportFeedback {
  text: string;
  byId: string;
  /** ISO instant. */
  at: string;
}

export interface ProgressReport {
  id: string;
  employeeId: string;
  /** The WIB day the work was done (may be a past day of an open period). */
  date: IsoDate;
  activity: string;
  quantity?: number;
  unit?: string;
  /** Bukti dukung: an absolute http(s) link (SharePoint/OneDrive file or any web page). */
  evidenceUrl?: string;
  rhkId?: string;
  /** ISO instant the report was submitted. */
  createdAt: string;
  feedback?: ReportFeedback;
}

/** Raw form values: cards send strings, the tab may send numbers; every field is checked. */
export interface ProgressReportInput {
  date?: unknown;
  activity?: unknown;
  quantity?: unknown;
  unit?: unknown;
  evidenceUrl?: unknown;
  rhkId?: unknown;
}

export interface ProgressReportContext {
  /** Today in WIB (toWibDate(now)). */
  today: IsoDate;
  /** Configured periods of the employee's organisation; empty means "the current month is open". */
  periods: readonly Period[];
  /** When given, a linked RHK must be one of these (the employee's approved RHKs). */
  allowedRhkIds?: ReadonlySet<string>;
}

/** The validated, normalized content of a new report, with the period it belongs to. */
export type ProgressReportDraft = Pick<ProgressReport, "date" | "activity" | "quantity" | "unit" | "evidenceUrl" | "rhkId"> & {
  periodId: string;
};

export const REPORT_ERROR_CODES = ["report_unit_required"] as const;
export type ReportErrorCode = FieldErrorCode | PeriodRefusalCode | (typeof REPORT_ERROR_CODES)[number];

/**
 * Validates a new progress report and returns every problem found, each tied to its field. A unit without a
 * quantity is dropped rather than refused: forms pre-fill the IKI's unit, and a unit alone says nothing.
 */
export function validateProgressReportInput(
  input: ProgressReportInput,
  ctx: ProgressReportContext,
): Result<ProgressReportDraft, ReportErrorCode> {
  const errors: DomainError<ReportErrorCode>[] = [];
  const take = <T>(r: { value?: T; error?: DomainError<FieldErrorCode> }): T | undefined => {
    if (r.error) errors.push(r.error);
    return r.value;
  };

  const activity = take(readRequiredText(input.activity, "activity", MAX_ACTIVITY_LENGTH));
  const quantity = take(readNumber(input.quantity, "quantity", { required: false, min: "non-negative", maxDecimals: MAX_QUANTITY_DECIMALS }));
  const unitText = take(readText(input.unit, "unit", { required: false, max: MAX_UNIT_LENGTH }));
  const evidenceUrl = take(readHttpUrl(input.evidenceUrl, "evidenceUrl", { required: false, max: MAX_EVIDENCE_URL_LENGTH }));
  const rhkId = take(readText(input.rhkId, "rhkId", { required: false, max: 200 }));
  const dateText = take(readText(input.date, "date", { required: true, max: 100 }));

  const quantityGiven = quantity !== undefined && !errors.some((e) => e.field === "quantity");
  if (quantityGiven && unitText === undefined && !errors.some((e) => e.field === "unit")) {
    errors.push(error("report_unit_required", "unit"));
  }
  if (rhkId !== undefined && ctx.allowedRhkIds && !ctx.allowedRhkIds.has(rhkId)) {
    errors.push(error("field_not_allowed", "rhkId"));
  }

  let periodId: string | undefined;
  if (dateText !== undefined) {
    if (!isIsoDate(dateText)) errors.push(error("field_invalid_date", "date"));
    else {
      const open = findOpenPeriodForDate(ctx.periods, dateText, ctx.today);
      if (open.ok) periodId = open.period.id;
      else errors.push(error(open.reason, "date", open.params));
    }
  }

  if (errors.length > 0 || activity === undefined || dateText === undefined || periodId === undefined) {
    return { ok: false, errors };
  }
  const draft: ProgressReportDraft = { date: dateText, activity, periodId };
  if (quantity !== undefined) {
    draft.quantity = quantity;
    draft.unit = unitText;
  }
  if (evidenceUrl !== undefined) draft.evidenceUrl = evidenceUrl;
  if (rhkId !== undefined) draft.rhkId = rhkId;
  return ok(draft);
}

/** Umpan balik text: required, trimmed, at most 2000 characters. */
export function validateFeedbackText(text: unknown): Result<string, FieldErrorCode> {
  const r = readRequiredText(text, "feedback", MAX_FEEDBACK_LENGTH);
  return r.error ? { ok: false, errors: [r.error] } : ok(r.value);
}

/**
 * Reports still without feedback once `workingDays` working days have passed since they were submitted
 * (counted from the WIB day of createdAt, which itself does not count). With 3: a report sent on Monday is
 * reminded from Thursday. The submission day, not the report date, starts the clock: the supervisor cannot
 * answer a late entry before it exists.
 */
export function reportsNeedingReminder<R extends Pick<ProgressReport, "createdAt" | "feedback">>(
  reports: readonly R[],
  today: IsoDate,
  workingDays: number = DEFAULT_FEEDBACK_REMINDER_WORKING_DAYS,
  holidays: ReadonlySet<IsoDate> = new Set(),
): R[] {
  const elapsedByDay = new Map<IsoDate, number>();
  return reports.filter((r) => {
    if (r.feedback) return false;
    const created = toWibDate(new Date(r.createdAt));
    let elapsed = elapsedByDay.get(created);
    if (elapsed === undefined) {
      elapsed = workingDaysBetween(created, today, holidays);
      elapsedByDay.set(created, elapsed);
    }
    return elapsed >= workingDays;
  });
}
