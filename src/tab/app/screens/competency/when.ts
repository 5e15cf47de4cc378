import { TIME_ZONE } from "../../i18n/format";
import type { Lang } from "../../i18n/strings";

const TAG: Record<Lang, string> = { id: "id-ID", en: "en-GB" };
const part = (lang: Lang, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(TAG[lang], { timeZone: TIME_ZONE, ...o });
const wibDay = (d: Date) => part("en", { year: "numeric", month: "2-digit", day: "2-digit" }).format(d);

/** A training's time in WIB: "14 Apr 2026 09.00–11.00 WIB" on one day, both ends in full across days. */
export function formatWibRange(start: string, end: string, lang: Lang, across: (start: string, end: string) => string): string {
  const s = new Date(start);
  const e = new Date(end);
  if (Number.isNaN(s.getTime()) || Number.isNaN(e.getTime())) return `${start}–${end}`;
  const time = part(lang, { timeStyle: "short", hourCycle: "h23" });
  const day = part(lang, { dateStyle: "medium" });
  if (wibDay(s) === wibDay(e)) return `${day.format(s)} ${time.format(s)}–${time.format(e)} WIB`;
  return across(`${day.format(s)} ${time.format(s)}`, `${day.format(e)} ${time.format(e)} WIB`);
}
