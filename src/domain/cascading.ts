/**
 * Organisation needs and cascading (DOMAIN.md section 3). Each OPD (perangkat daerah) has sasaran and indikator
 * kinerja organisasi per year, from the Renstra and the Perjanjian Kinerja; they are the roots of every plan.
 * A JPT RHK points to one of its OPD's indicators; a non-JPT RHK points to an RHK of the direct supervisor.
 */
import { error, type DomainError } from "./result";
import { validateTarget, type Target, type TargetErrorCode } from "./target";

export interface OrgIndicator {
  id: string;
  /** The OPD (top-level unit) the indicator belongs to. */
  opdId: string;
  year: number;
  /** Sasaran strategis / sasaran kinerja organisasi the indicator measures. */
  sasaran: string;
  /** Indikator kinerja organisasi. */
  indicator: string;
  target: Target;
}

/** Where an RHK comes from: the "RHK atasan yang diintervensi" or, for JPT, the organisation indicator. */
export type RhkParentRef = { kind: "ORG_INDICATOR"; indicatorId: string } | { kind: "SUPERVISOR_RHK"; rhkId: string };

export const MAX_SASARAN_LENGTH = 1000;
export const MAX_INDICATOR_LENGTH = 1000;
/** Plausible plan years; a typo like 20266 or 1926 is refused. */
export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

export const CASCADING_ERROR_CODES = [
  "indicator_sasaran_required",
  "indicator_text_required",
  "indicator_text_too_long",
  "indicator_year_invalid",
  "indicator_opd_required",
] as const;
export type CascadingErrorCode = (typeof CASCADING_ERROR_CODES)[number];

/** Checks an indicator an admin enters; returns every problem with its field. */
export function validateOrgIndicator(ind: OrgIndicator): DomainError<CascadingErrorCode | TargetErrorCode>[] {
  const errors: DomainError<CascadingErrorCode | TargetErrorCode>[] = [];
  if (ind.opdId.trim() === "") errors.push(error("indicator_opd_required", "opdId"));
  if (!Number.isInteger(ind.year) || ind.year < MIN_PLAN_YEAR || ind.year > MAX_PLAN_YEAR) {
    errors.push(error("indicator_year_invalid", "year", { min: MIN_PLAN_YEAR, max: MAX_PLAN_YEAR }));
  }
  const sasaran = ind.sasaran.trim();
  if (sasaran === "") errors.push(error("indicator_sasaran_required", "sasaran"));
  else if (sasaran.length > MAX_SASARAN_LENGTH) errors.push(error("indicator_text_too_long", "sasaran", { max: MAX_SASARAN_LENGTH }));
  const text = ind.indicator.trim();
  if (text === "") errors.push(error("indicator_text_required", "indicator"));
  else if (text.length > MAX_INDICATOR_LENGTH) errors.push(error("indicator_text_too_long", "indicator", { max: MAX_INDICATOR_LENGTH }));
  errors.push(...validateTarget(ind.target, "target"));
  return errors;
}
