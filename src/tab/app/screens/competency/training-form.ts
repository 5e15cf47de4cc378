import type { TrainingInput } from "../../api/competency-types";
import type { FieldError } from "../../api/types";

/** The BerAKHLAK values a training can develop: ids as the server matches them, official names shown. */
export const VALUES = [
  ["berorientasi-pelayanan", "Berorientasi Pelayanan"],
  ["akuntabel", "Akuntabel"],
  ["kompeten", "Kompeten"],
  ["harmonis", "Harmonis"],
  ["loyal", "Loyal"],
  ["adaptif", "Adaptif"],
  ["kolaboratif", "Kolaboratif"],
] as const;

/** The add-training form as typed; the server validates (and explains) everything. */
export interface TrainingFormState {
  title: string;
  type: string;
  jp: string;
  /** datetime-local values (YYYY-MM-DDTHH:mm), read as WIB by the server. */
  start: string;
  end: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  values: string[];
  /** Free text, comma separated. */
  competencies: string;
  targetUnitIds: string[];
}

export const EMPTY_TRAINING: TrainingFormState = { title: "", type: "", jp: "", start: "", end: "", place: "", onlineUrl: "", capacity: "", values: [], competencies: "", targetUnitIds: [] };

const optional = (v: string) => (v.trim() ? v.trim() : undefined);

export function trainingBodyOf(s: TrainingFormState): TrainingInput {
  const competencies = s.competencies.split(",").map((c) => c.trim()).filter((c) => c !== "");
  return {
    title: s.title,
    type: optional(s.type),
    jp: s.jp,
    start: s.start,
    end: s.end,
    place: optional(s.place),
    onlineUrl: optional(s.onlineUrl),
    capacity: s.capacity,
    addresses: [...s.values, ...competencies],
    targetUnitIds: s.targetUnitIds,
  };
}

/**
 * The server's errors of one form field: "addresses.2" and "targetUnitIds.0" belong to the list fields. An
 * error on a free-text competency (addresses.i past the chosen values) stands under the competencies field.
 */
export function errorsOf(errors: readonly FieldError[], field: string): FieldError[] {
  return errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`));
}
