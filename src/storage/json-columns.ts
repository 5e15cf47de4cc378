/**
 * A JSON document stored across several string properties of one entity. A Tables string property holds at
 * most 64 KiB (UTF-16, so 32,768 characters) and an entity at most 1 MiB and 255 properties: the document is
 * cut into parts of 30,000 characters (`json0`, `json1`, ...), with `jsonParts` saying how many there are.
 */
export const JSON_PART_CHARS = 30_000;
/** 15 parts × 30,000 UTF-16 characters ≈ 900 KB: the entity stays under 1 MiB with its other columns. */
export const MAX_JSON_PARTS = 15;

export type JsonColumns = Record<string, string | number>;

export class DocumentTooLargeError extends Error {
  constructor(chars: number) {
    super(`Document of ${chars} characters is too large for one Tables entity`);
    this.name = "DocumentTooLargeError";
  }
}

/** `prefix` names the columns (`json0`, `jsonParts`); `maxParts` bounds the share of the entity it may use. */
export function toJsonColumns(value: unknown, prefix = "json", maxParts = MAX_JSON_PARTS): JsonColumns {
  const json = JSON.stringify(value);
  const columns: JsonColumns = {};
  let parts = 0;
  for (let start = 0; start < json.length || parts === 0; parts++) {
    if (parts === maxParts) throw new DocumentTooLargeError(json.length);
    let end = Math.min(start + JSON_PART_CHARS, json.length);
    // Never cut a surrogate pair: a lone surrogate does not survive the UTF-8 wire format.
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--;
    columns[`${prefix}${parts}`] = json.slice(start, end);
    start = end;
  }
  columns[`${prefix}Parts`] = parts;
  return columns;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

export function fromJsonColumns<T>(entity: Record<string, unknown>, prefix = "json"): T {
  const parts = Number(entity[`${prefix}Parts`]);
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`Entity holds no ${prefix} document`);
  let json = "";
  for (let i = 0; i < parts; i++) {
    const part = entity[`${prefix}${i}`];
    if (typeof part !== "string") throw new Error(`JSON part ${i} of ${parts} is missing`);
    json += part;
  }
  return JSON.parse(json) as T;
}
