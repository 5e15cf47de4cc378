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

/** Refused with the domain's reasons: the first one as the message, every one in `details`. */
export function sendRefusal(res: Response, status: number, errors: DomainError[]) {
  const first = errors[0] ?? { code: "error.forbidden" };
  res.status(status).json({
    error: { code: first.code, message: bilingual(first.code, first.params), details: errors.map((e) => ({ code: e.code, message: bilingual(e.code, e.params) })) },
  });
}

/** The failures the use cases share; each answered the same way on every route. */
export type CommonFailure = { kind: "notFound" } | { kind: "invalid"; errors: DomainError[] } | { kind: "refused"; status: number; errors: DomainError[] };

export function sendFailure(res: Response, failure: CommonFailure) {
  switch (failure.kind) {
    case "notFound":
      return sendError(res, 404, "not_found", "error.notFound");
    case "invalid":
      return sendValidationError(res, failure.errors);
    case "refused":
      return sendRefusal(res, failure.status, failure.errors);
  }
}
