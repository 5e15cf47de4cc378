import { MAX_JP_DECIMALS } from "../domain/jp";
import { readHttpUrl, readNumber, readRequiredText, readText } from "../domain/input";
import type { OrgDirectory } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { TRAINING_TYPES, type Training, type TrainingType } from "./competency-ports";

export const MAX_TRAINING_JP = 200;
export const MAX_CAPACITY = 10_000;
const MAX_TITLE = 200;
const MAX_TOPICS = 20;
/** A WIB wall-clock time as the tab's datetime-local sends it, or an instant with an explicit offset. */
const WIB_LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function readWibInstant(value: unknown, field: string, errors: DomainError[]): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return void errors.push(error("field_required", field));
  const v = value.trim();
  const local = WIB_LOCAL.exec(v);
  const instant = local ? new Date(`${local[1]}T${local[2]}:${local[3]}:00+07:00`) : WITH_OFFSET.test(v) ? new Date(v) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return void errors.push(error("field_invalid_date", field));
  return instant.toISOString();
}

function readTopics(value: unknown, field: string, errors: DomainError[], required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && value.length === 0)) {
    errors.push(error("field_required", field));
    return [];
  }
  if (value.length > MAX_TOPICS) {
    errors.push(error("field_too_long", field, { max: MAX_TOPICS }));
    return [];
  }
  const out: string[] = [];
  value.forEach((t, i) => {
    const r = readRequiredText(t, `${field}.${i}`, MAX_TITLE);
    if (r.error) errors.push(r.error);
    else if (!out.some((x) => x.toLowerCase() === r.value.toLowerCase())) out.push(r.value);
  });
  return out;
}

/** A catalogue entry from a request body; every mistake is reported with its field. */
export function readTrainingInput(body: Record<string, unknown>, directory: OrgDirectory): { value?: Omit<Training, "id" | "organizerId" | "createdAt">; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const title = readRequiredText(body.title, "title", MAX_TITLE);
  if (title.error) errors.push(title.error);
  const type = body.type as TrainingType;
  if (!TRAINING_TYPES.includes(type)) errors.push(error(body.type === undefined ? "field_required" : "field_not_allowed", "type"));
  const jp = readNumber(body.jp, "jp", { required: true, min: "positive", maxDecimals: MAX_JP_DECIMALS });
  if (jp.error) errors.push(jp.error);
  else if ((jp.value ?? 0) > MAX_TRAINING_JP) errors.push(error("training_jp_too_high", "jp", { max: MAX_TRAINING_JP }));
  const capacity = readNumber(body.capacity, "capacity", { required: true, min: "positive", maxDecimals: 0 });
  if (capacity.error) errors.push(capacity.error);
  else if ((capacity.value ?? 0) > MAX_CAPACITY) errors.push(error("training_capacity_too_high", "capacity", { max: MAX_CAPACITY }));
  const start = readWibInstant(body.start, "start", errors);
  const end = readWibInstant(body.end, "end", errors);
  if (start && end && end <= start) errors.push(error("training_end_before_start", "end"));
  const place = readText(body.place, "place", { required: false, max: MAX_TITLE });
  if (place.error) errors.push(place.error);
  const onlineUrl = readHttpUrl(body.onlineUrl, "onlineUrl", { required: false });
  if (onlineUrl.error) errors.push(onlineUrl.error);
  if (!place.error && !onlineUrl.error && !place.value && !onlineUrl.value) errors.push(error("training_place_required", "place"));
  const addresses = readTopics(body.addresses, "addresses", errors, true);
  const targetUnitIds = readTopics(body.targetUnitIds, "targetUnitIds", errors, false);
  targetUnitIds.forEach((u, i) => directory.getUnit(u) || errors.push(error("training_unknown_unit", `targetUnitIds.${i}`)));
  if (errors.length > 0) return { errors };
  return {
    errors,
    value: {
      title: title.value!,
      type,
      jp: jp.value!,
      capacity: capacity.value!,
      start: start!,
      end: end!,
      ...(place.value ? { place: place.value } : {}),
      ...(onlineUrl.value ? { onlineUrl: onlineUrl.value } : {}),
      addresses,
      targetUnitIds,
    },
  };
}
