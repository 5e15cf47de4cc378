/**
 * A target (target kinerja) of an IKI or of an organisation indicator. DOMAIN.md section 3 names two writing
 * approaches: kuantitatif (a measurable number with a unit) and kualitatif (a narrative expectation).
 */
import { error, type DomainError } from "./result";

export const APPROACHES = ["KUANTITATIF", "KUALITATIF"] as const;
export type Approach = (typeof APPROACHES)[number];

export const MAX_TARGET_UNIT_LENGTH = 50;
export const MAX_TARGET_NARRATIVE_LENGTH = 2000;

export type Target =
  | { approach: "KUANTITATIF"; value: number; unit: string }
  | { approach: "KUALITATIF"; narrative: string };

export const TARGET_ERROR_CODES = [
  "target_value_not_positive",
  "target_unit_required",
  "target_unit_too_long",
  "target_narrative_required",
  "target_narrative_too_long",
] as const;
export type TargetErrorCode = (typeof TARGET_ERROR_CODES)[number];

/** Problems of one target; `field` is the path of the target (e.g. 'rhks.0.indicators.1.target'). */
export function validateTarget(target: Target, field: string): DomainError<TargetErrorCode>[] {
  const errors: DomainError<TargetErrorCode>[] = [];
  if (target.approach === "KUANTITATIF") {
    if (!Number.isFinite(target.value) || target.value <= 0) errors.push(error("target_value_not_positive", `${field}.value`));
    const unit = target.unit.trim();
    if (unit === "") errors.push(error("target_unit_required", `${field}.unit`));
    else if (unit.length > MAX_TARGET_UNIT_LENGTH) {
      errors.push(error("target_unit_too_long", `${field}.unit`, { max: MAX_TARGET_UNIT_LENGTH }));
    }
  } else {
    const narrative = target.narrative.trim();
    if (narrative === "") errors.push(error("target_narrative_required", `${field}.narrative`));
    else if (narrative.length > MAX_TARGET_NARRATIVE_LENGTH) {
      errors.push(error("target_narrative_too_long", `${field}.narrative`, { max: MAX_TARGET_NARRATIVE_LENGTH }));
    }
  }
  return errors;
}
