import type { FieldError } from "../../../api/types";
import type { Lang } from "../../../i18n/strings";
import type { FieldMessages } from "./skp-form";

/** Fields the form shows a message next to; the rest go to the summary at the top. */
const SHOWN = /^(rhks\.\d+\.(text|parent|indicators)|rhks\.\d+\.indicators\.\d+\.(text|aspek|perspektif|target\.(value|unit|narrative))|lampiran\.\w+(\.\d+)?)$/;

export function splitMessages(errors: FieldError[], lang: Lang): { byField: FieldMessages; other: string[] } {
  const byField: FieldMessages = {};
  const other: string[] = [];
  for (const e of errors) {
    const text = e.message[lang];
    if (SHOWN.test(e.field) && !(e.field in byField)) byField[e.field] = text;
    else if (!SHOWN.test(e.field)) other.push(text);
  }
  return { byField, other };
}
