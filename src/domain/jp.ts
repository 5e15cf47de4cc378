/**
 * Jam Pelajaran (JP) of competency development, DOMAIN.md section 9: every ASN has the right to at least 20 JP
 * a year; 1 JP = 45 minutes. JP are kept in hundredths internally so sums never drift (0.1 + 0.2).
 */
import { readNumber, type FieldErrorCode } from "./input";
import { error, ok, type Result } from "./result";
import type { IsoDate } from "./time";

export const MINUTES_PER_JP = 45;
export const JP_TARGET_PER_YEAR = 20;
export const MAX_JP_DECIMALS = 2;

export const JP_CREDIT_STATUSES = ["registered", "attended", "credited", "cancelled"] as const;
export type JpCreditStatus = (typeof JP_CREDIT_STATUSES)[number];

export interface JpRecord {
  employeeId: string;
  trainingId: string;
  /** WIB date the training ended; its year is the year the JP count for. */
  date: IsoDate;
  jp: number;
  status: JpCreditStatus;
}

const toHundredths = (jp: number) => Math.round(jp * 100);

/** JP for a duration in minutes, rounded down to hundredths (90 minutes = 2 JP, 60 minutes = 1.33 JP). */
export function minutesToJp(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutes must be >= 0: ${minutes}`);
  return Math.floor((minutes * 100) / MINUTES_PER_JP) / 100;
}

/** Sum of credited JP per employee in a year (only `credited` records count: attendance confirmed). */
export function yearlyJpByEmployee(records: readonly JpRecord[], year: number): Map<string, number> {
  const hundredths = new Map<string, number>();
  const prefix = `${String(year).padStart(4, "0")}-`;
  for (const r of records) {
    if (r.status !== "credited" || !r.date.startsWith(prefix)) continue;
    hundredths.set(r.employeeId, (hundredths.get(r.employeeId) ?? 0) + toHundredths(r.jp));
  }
  return new Map([...hundredths].map(([id, h]) => [id, h / 100]));
}

export function yearlyJp(records: readonly JpRecord[], employeeId: string, year: number): number {
  return yearlyJpByEmployee(records.filter((r) => r.employeeId === employeeId), year).get(employeeId) ?? 0;
}

export type JpStatus = { reached: true; total: number; target: number } | { reached: false; total: number; target: number; remaining: number };

/** Whether the yearly right (20 JP) is reached, and how much is left otherwise (employees behind are reminded). */
export function jpStatus(total: number, target: number = JP_TARGET_PER_YEAR): JpStatus {
  if (toHundredths(total) >= toHundredths(target)) return { reached: true, total, target };
  return { reached: false, total, target, remaining: (toHundredths(target) - toHundredths(total)) / 100 };
}

export const JP_ERROR_CODES = ["jp_exceeds_training"] as const;
export type JpErrorCode = (typeof JP_ERROR_CODES)[number] | FieldErrorCode;

/**
 * The JP credited to one participant: a positive number with at most 2 decimals, and not more than the training
 * offers (partial attendance may earn less).
 */
export function validateJpCredit(jp: unknown, trainingJp: number): Result<number, JpErrorCode> {
  const r = readNumber(jp, "jp", { required: true, min: "positive", maxDecimals: MAX_JP_DECIMALS });
  if (r.error) return { ok: false, errors: [r.error] };
  const value = r.value ?? 0;
  if (toHundredths(value) > toHundredths(trainingJp)) {
    return { ok: false, errors: [error("jp_exceeds_training", "jp", { max: trainingJp })] };
  }
  return ok(value);
}
