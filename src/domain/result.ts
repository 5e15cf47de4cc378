/**
 * Results of domain rules. User mistakes and refused actions are values, never exceptions: a card or the tab
 * shows every message next to the field it belongs to, so a rule returns all the problems it found at once.
 * Exceptions are kept for programmer errors (e.g. a negative count handed to the distribution check).
 */

/** Message params are interpolated into the i18n text (`{{max}}`), so they are plain strings or numbers. */
export type MessageParams = Record<string, string | number>;

/** One problem: `code` is a key of src/i18n/locales/{id,en}/domain.json; `field` names the input it concerns. */
export interface DomainError<C extends string = string> {
  code: C;
  field?: string;
  params?: MessageParams;
}

export type Result<T, C extends string = string> =
  | { ok: true; value: T }
  | { ok: false; errors: DomainError<C>[] };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<C extends string>(
  code: C,
  field?: string,
  params?: MessageParams,
): { ok: false; errors: DomainError<C>[] } {
  return { ok: false, errors: [error(code, field, params)] };
}

export function error<C extends string>(code: C, field?: string, params?: MessageParams): DomainError<C> {
  const e: DomainError<C> = { code };
  if (field !== undefined) e.field = field;
  if (params !== undefined) e.params = params;
  return e;
}
