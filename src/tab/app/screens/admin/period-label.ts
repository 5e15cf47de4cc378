import type { Period, PeriodType } from "../../api/types";
import type { LocaleValue } from "../../i18n/LocaleProvider";
import { monthName } from "../../i18n/format";
import type { StringKey } from "../../i18n/strings";

export const PERIOD_TYPE_LABEL: Record<PeriodType, StringKey> = {
  bulanan: "periodTypeBulanan",
  triwulanan: "periodTypeTriwulanan",
  semesteran: "periodTypeSemesteran",
};

/** "Maret", "Triwulan 2", "Semester 1": what people call a period. */
export function periodLabel(p: Period, { t, lang }: Pick<LocaleValue, "t" | "lang">): string {
  if (p.type === "bulanan") return monthName(p.index, lang);
  return t(p.type === "triwulanan" ? "periodQuarter" : "periodSemester", { n: p.index });
}
