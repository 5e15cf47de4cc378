/**
 * Reading user input (card and tab form values) into clean values. Cards send every input as a string and the
 * server must validate again (an invoke can be forged), so these readers accept `unknown` and never trust type.
 */
import { error, type DomainError } from "./result";

/** Generic problems with one input field, shared by every form. */
export const FIELD_ERROR_CODES = [
  "field_required",
  "field_too_long",
  "field_not_text",
  "field_not_a_number",
  "field_negative",
  "field_not_positive",
  "field_too_many_decimals",
  "field_invalid_url",
  "field_invalid_date",
  "field_not_allowed",
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The default length limit of free text (activity, feedback, reasons). */
export const MAX_TEXT_LENGTH = 2000;

export type Read<T> = { value: T; error?: undefined } | { value?: undefined; error: DomainError<FieldErrorCode> };

/** True for undefined, null and strings that are only whitespace: the user left the field empty. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * Trims, unifies line endings and applies Unicode NFC, so the same text typed on two devices compares equal.
 * Length is counted in UTF-16 units, like the browser's and Adaptive Cards' maxLength.
 */
export function readText(
  value: unknown,
  field: string,
  options: { required: boolean; max?: number },
): Read<string | undefined> {
  if (isBlank(value)) {
    return options.required ? { error: error("field_required", field) } : { value: undefined };
  }
  if (typeof value !== "string") return { error: error("field_not_text", field) };
  const text = value.replace(/\r\n?/g, "\n").normalize("NFC").trim();
  const max = options.max ?? MAX_TEXT_LENGTH;
  if (text.length > max) return { error: error("field_too_long", field, { max }) };
  return { value: text };
}

/** Like readText with `required`, for callers that need a definite string. */
export function readRequiredText(value: unknown, field: string, max = MAX_TEXT_LENGTH): Read<string> {
  const r = readText(value, field, { required: true, max });
  return r.error ? r : { value: r.value ?? "" };
}

const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * A number from a number or a numeric string. A decimal comma is accepted ("12,5"), as Indonesian users type it;
 * thousands separators are not (ambiguous with the decimal comma).
 */
export function readNumber(
  value: unknown,
  field: string,
  options: { required: boolean; min?: "non-negative" | "positive"; maxDecimals?: number },
): Read<number | undefined> {
  if (isBlank(value)) {
    return options.required ? { error: error("field_required", field) } : { value: undefined };
  }
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && DECIMAL.test(value.trim())) n = Number(value.trim().replace(",", "."));
  else return { error: error("field_not_a_number", field) };
  if (!Number.isFinite(n)) return { error: error("field_not_a_number", field) };
  if (options.min === "non-negative" && n < 0) return { error: error("field_negative", field) };
  if (options.min === "positive" && n <= 0) return { error: error("field_not_positive", field) };
  if (options.maxDecimals !== undefined && decimalsOf(n) > options.maxDecimals) {
    return { error: error("field_too_many_decimals", field, { max: options.maxDecimals }) };
  }
  return { value: n === 0 ? 0 : n }; // no -0
}

/** Decimal places of a finite number as JavaScript prints it (0.1 + 0.2 counts as 17, on purpose: not "nice"). */
function decimalsOf(n: number): number {
  const s = String(n);
  if (s.includes("e")) {
    const [mantissa = "", exp = "0"] = s.split("e");
    const frac = mantissa.split(".")[1]?.length ?? 0;
    return Math.max(0, frac - Number(exp));
  }
  return s.split(".")[1]?.length ?? 0;
}

/** An absolute http(s) URL (bukti dukung links); other schemes (javascript:, file:, data:) are refused. */
export function readHttpUrl(value: unknown, field: string, options: { required: boolean; max?: number }): Read<string | undefined> {
  const text = readText(value, field, { required: options.required, max: options.max ?? MAX_TEXT_LENGTH });
  if (text.error || text.value === undefined) return text;
  let url: URL;
  try {
    url = new URL(text.value);
  } catch {
    return { error: error("field_invalid_url", field) };
  }
  // The URL parser is lenient ("http:/x" becomes "http://x/"): require the literal scheme and "//" as typed.
  const absolute = /^https?:\/\/[^\s/?#]/i.test(text.value);
  if (!absolute || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "" || /\s/.test(text.value)) {
    return { error: error("field_invalid_url", field) };
  }
  return { value: text.value };
}
