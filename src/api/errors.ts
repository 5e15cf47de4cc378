import type { Response } from "express";
import type { DomainError } from "../domain/result";
import { bilingual } from "../i18n";

/** JSON error body of the tab's API: a stable code and the message in both languages. */
export function sendError(res: Response, status: number, code: string, messageKey: string, params?: Record<string, unknown>) {
  res.status(status).json({ error: { code, message: bilingual(messageKey, params) } });
}

export function sendValidationError(res: Response, errors: DomainError[]) {
  res.status(400).json({
    error: {
      code: "validation",
      message: bilingual("report.form.invalid"),
      fields: errors.map((e) => ({ field: e.field, code: e.code, message: bilingual(e.code, e.params) })),
    },
  });
}
