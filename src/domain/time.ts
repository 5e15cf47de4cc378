/**
 * Calendar rules in WIB (Waktu Indonesia Barat, Asia/Jakarta). WIB is UTC+7 all year: Indonesia has no daylight
 * saving time, so a fixed offset is exact and no time-zone database is needed.
 *
 * Dates are ISO strings 'YYYY-MM-DD' meaning a WIB calendar day. Such strings compare correctly with < and >,
 * which the rules rely on. Instants are `Date`s. Rules never read the clock: callers pass `now` or `today`.
 */

export const WIB_OFFSET_MINUTES = 7 * 60;
const MS_PER_DAY = 86_400_000;
const WIB_OFFSET_MS = WIB_OFFSET_MINUTES * 60_000;

/** A WIB calendar date 'YYYY-MM-DD' (a plain string so it stores and serialises as is). */
export type IsoDate = string;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Builds a Date at UTC midnight of a calendar day; setUTCFullYear avoids Date.UTC's 0..99 → 19xx quirk. */
function utcMidnight(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The parts of a valid 'YYYY-MM-DD' (a real calendar day, year 0001..9999); undefined otherwise. */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== "string") return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

function requireDate(date: IsoDate): CalendarDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  return parts;
}

export function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month + 1, 0).getUTCDate();
}

/** The WIB calendar date of an instant: 2026-11-30T17:30:00Z is already 2026-12-01 in Pontianak. */
export function toWibDate(instant: Date): IsoDate {
  const shifted = new Date(instant.getTime() + WIB_OFFSET_MS);
  return formatIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The instant as WIB local time with its offset, e.g. '2026-12-01T00:30:00+07:00' (for display and exports). */
export function wibDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + WIB_OFFSET_MS);
  const time = `${pad(shifted.getUTCHours(), 2)}:${pad(shifted.getUTCMinutes(), 2)}:${pad(shifted.getUTCSeconds(), 2)}`;
  return `${toWibDate(instant)}T${time}+07:00`;
}

/** The instant a WIB day starts (00:00 WIB = 17:00 UTC the day before). */
export function wibStartOfDay(date: IsoDate): Date {
  const { year, month, day } = requireDate(date);
  return new Date(utcMidnight(year, month, day).getTime() - WIB_OFFSET_MS);
}

/** Days since 1970-01-01; the arithmetic below works on these integers. */
function epochDay(date: IsoDate): number {
  const { year, month, day } = requireDate(date);
  return Math.round(utcMidnight(year, month, day).getTime() / MS_PER_DAY);
}

function fromEpochDay(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
function weekdayOfEpochDay(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function dayOfWeek(date: IsoDate): number {
  return weekdayOfEpochDay(epochDay(date));
}

export function firstDayOfMonth(date: IsoDate): IsoDate {
  const { year, month } = requireDate(date);
  return formatIsoDate(year, month, 1);
}

export function lastDayOfMonth(date: IsoDate): IsoDate {
  const { year, month } = requireDate(date);
  return formatIsoDate(year, month, daysInMonth(year, month));
}

const isWeekday = (n: number) => {
  const dow = weekdayOfEpochDay(n);
  return dow >= 1 && dow <= 5;
};

/** Hari kerja (working day): Monday to Friday in WIB, except the configured national holidays. */
export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return isWeekday(epochDay(date)) && !holidays.has(date);
}

/**
 * The date `n` working days after `date` (before it when n < 0); `date` itself is not counted, and n = 0
 * returns `date` unchanged even on a weekend. Example: 5 working days after Saturday 2026-01-31 is 2026-02-06.
 */
export function addWorkingDays(date: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = epochDay(date);
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    const iso = fromEpochDay(day);
    if (isWeekday(day) && !holidays.has(iso)) left--;
  }
  return fromEpochDay(day);
}

/**
 * Working days in the half-open range (from, to]: the days that have passed since `from` up to and including
 * `to`. Negative (the count of (to, from]) when `to` is earlier. For n >= 0,
 * workingDaysBetween(d, addWorkingDays(d, n)) === n. Runs in O(holidays), not O(days).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  const a = epochDay(from);
  const b = epochDay(to);
  if (b < a) return 0 - workingDaysBetween(to, from, holidays) || 0; // never -0
  const fullWeeks = Math.floor((b - a) / 7);
  let count = fullWeeks * 5;
  for (let d = a + fullWeeks * 7 + 1; d <= b; d++) if (isWeekday(d)) count++;
  for (const h of holidays) {
    if (!isIsoDate(h)) continue;
    const d = epochDay(h);
    if (d > a && d <= b && isWeekday(d)) count--;
  }
  return count;
}
