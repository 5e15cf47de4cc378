import type { Lang } from "./strings";

/** Every time the tab shows is WIB, whatever the device's zone. */
export const TIME_ZONE = "Asia/Jakarta";
/** Indonesian formats in Bahasa Indonesia; English text keeps the day-month-year order and the 24-hour clock. */
const LOCALE_TAG: Record<Lang, string> = { id: "id-ID", en: "en-GB" };

/** A calendar date (YYYY-MM-DD) as "Jumat, 27 November 2026"; formatted in UTC so no zone can shift the day. */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: "full", timeZone: "UTC" }).format(date);
}

/** An instant as "27 Nov 2026 10.15 WIB". */
export function formatDateTime(isoInstant: string, lang: Lang): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const text = new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
    hourCycle: "h23",
  }).format(date);
  return `${text} WIB`;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE_TAG[lang], { maximumFractionDigits: 2 }).format(value);
}

/** Today's date in WIB as YYYY-MM-DD (en-CA formats dates that way). */
export function todayInWib(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The name of a month (1-12), for monthly periods. */
export function monthName(month: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
}
