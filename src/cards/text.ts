import { bilingual, bilingualLine, type BilingualText } from "../i18n";

/** Shorthands for card data: `bi` gives both languages for two text blocks, `line` one label with both. */
export const bi = (key: string, params?: Record<string, unknown>): BilingualText => bilingual(key, params);
export const line = (key: string, params?: Record<string, unknown>): string => bilingualLine(key, params);

export interface Fact {
  title: string;
  value: string;
}

const DATE_FORMAT = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long" });
const DATE_TIME_FORMAT = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  dateStyle: "medium",
  timeStyle: "short",
});

/** 'YYYY-MM-DD' (a WIB calendar date) shown the Indonesian way, e.g. "28 November 2026". */
export function formatDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T12:00:00+07:00`));
}

export function formatDateTime(instant: string): string {
  return DATE_TIME_FORMAT.format(new Date(instant));
}

const NUMBER_FORMAT = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** Keeps a user-supplied URL from breaking out of a markdown link. */
export function markdownSafeUrl(url: string): string {
  return url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
}
