import type { DomainError } from "../../domain/result";
import { bilingualLine } from "../../i18n";

/** The first problem of each field as a localized line, to show under that input. */
export function fieldMessages<F extends string>(errors: DomainError[], fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const e of errors) {
    const field = (fields as readonly string[]).includes(e.field ?? "") ? (e.field as F) : undefined;
    if (field && !out[field]) out[field] = bilingualLine(e.code, e.params);
  }
  return out;
}

/** Echoes what the user typed back into the form, as text, cut to what the input itself would allow. */
export function echoValues<F extends string>(data: Record<string, unknown>, fields: readonly F[], max = 2000): Record<F, string> {
  const out = {} as Record<F, string>;
  for (const f of fields) {
    const v = data[f];
    out[f] = typeof v === "string" || typeof v === "number" ? String(v).slice(0, max) : "";
  }
  return out;
}
