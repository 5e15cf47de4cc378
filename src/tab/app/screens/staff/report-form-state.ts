import type { Bilingual, FieldError, NewReport } from "../../api/types";

export const REPORT_FIELDS = ["date", "activity", "quantity", "unit", "evidenceUrl"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ReportValues = Record<ReportField, string>;

export function emptyReport(today: string): ReportValues {
  return { date: today, activity: "", quantity: "", unit: "", evidenceUrl: "" };
}

/** The request body: optional fields left empty are omitted; everything else goes as typed for the server to judge. */
export function toNewReport(formId: string, v: ReportValues): NewReport {
  const optional = (s: string) => (s.trim() === "" ? undefined : s);
  return {
    formId,
    date: v.date,
    activity: v.activity,
    quantity: optional(v.quantity),
    unit: optional(v.unit),
    evidenceUrl: optional(v.evidenceUrl),
  };
}

/** The server's message per form field (the first one when a field has several). */
export function messagesByField(fields: readonly FieldError[] | undefined): Partial<Record<string, Bilingual>> {
  const out: Partial<Record<string, Bilingual>> = {};
  for (const f of fields ?? []) out[f.field] ??= f.message;
  return out;
}
