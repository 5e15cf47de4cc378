/**
 * Content rules of an SKP (DOMAIN.md section 3), checked on submit and again on approval (the supervisor's
 * RHKs or the organisation indicators may have changed in between). Each rule is a small function named for
 * its intent; `validateSkpContent` runs them all and returns every problem with the field it concerns.
 */
import { BERAKHLAK_IDS } from "./berakhlak";
import { MAX_TEXT_LENGTH } from "./input";
import { error, type DomainError } from "./result";
import type { Rhk, Skp } from "./skp";
import { validateTarget, type TargetErrorCode } from "./target";

export const MAX_RHKS_PER_SKP = 50;
export const MAX_IKIS_PER_RHK = 10;
export const MAX_RHK_TEXT_LENGTH = 1000;
export const MAX_LAMPIRAN_ITEMS = 20;

export const SKP_CONTENT_ERROR_CODES = [
  "skp_utama_required",
  "skp_too_many_rhks",
  "skp_duplicate_id",
  "skp_perilaku_incomplete",
  "rhk_text_required",
  "rhk_text_too_long",
  "rhk_indicator_required",
  "rhk_too_many_indicators",
  "rhk_parent_required",
  "rhk_parent_not_supervisor_rhk",
  "rhk_parent_not_opd_indicator",
  "iki_text_required",
  "iki_text_too_long",
  "iki_aspek_required",
  "iki_perspektif_required",
  "ekspektasi_too_long",
  "lampiran_item_empty",
  "lampiran_item_too_long",
  "lampiran_too_many_items",
] as const;
export type SkpContentErrorCode = (typeof SKP_CONTENT_ERROR_CODES)[number] | TargetErrorCode;

/** What the caller looked up for the check; the rules never fetch anything themselves. */
export interface SkpValidationContext {
  /** Non-JPT: ids of the RHKs in the effective (approved) SKP of the current direct supervisor (or Plt/Plh). */
  supervisorApprovedRhkIds: ReadonlySet<string>;
  /** JPT: ids of the organisation indicators of the employee's OPD for the SKP's year. */
  opdIndicatorIds: ReadonlySet<string>;
}

type Errors = DomainError<SkpContentErrorCode>[];

function hasUtamaRhk(skp: Skp, errors: Errors): void {
  if (!skp.rhks.some((r) => r.group === "UTAMA")) errors.push(error("skp_utama_required", "rhks"));
  if (skp.rhks.length > MAX_RHKS_PER_SKP) errors.push(error("skp_too_many_rhks", "rhks", { max: MAX_RHKS_PER_SKP }));
}

function idsAreUnique(skp: Skp, errors: Errors): void {
  const seen = new Set<string>();
  const check = (id: string, field: string) => {
    if (seen.has(id)) errors.push(error("skp_duplicate_id", field, { id }));
    seen.add(id);
  };
  skp.rhks.forEach((r, i) => {
    check(r.id, `rhks.${i}.id`);
    r.indicators.forEach((k, j) => check(k.id, `rhks.${i}.indicators.${j}.id`));
  });
}

function rhkTextIsGiven(rhk: Rhk, field: string, errors: Errors): void {
  const text = rhk.text.trim();
  if (text === "") errors.push(error("rhk_text_required", `${field}.text`));
  else if (text.length > MAX_RHK_TEXT_LENGTH) errors.push(error("rhk_text_too_long", `${field}.text`, { max: MAX_RHK_TEXT_LENGTH }));
}

/** Cascading: JPT → an indicator of their OPD; non-JPT → an approved RHK of the current direct supervisor. */
function rhkServesANeed(skp: Skp, rhk: Rhk, field: string, ctx: SkpValidationContext, errors: Errors): void {
  const p = rhk.parent;
  if (!p) {
    errors.push(error("rhk_parent_required", `${field}.parent`));
  } else if (skp.form === "JPT") {
    if (p.kind !== "ORG_INDICATOR" || !ctx.opdIndicatorIds.has(p.indicatorId)) {
      errors.push(error("rhk_parent_not_opd_indicator", `${field}.parent`));
    }
  } else if (p.kind !== "SUPERVISOR_RHK" || !ctx.supervisorApprovedRhkIds.has(p.rhkId)) {
    errors.push(error("rhk_parent_not_supervisor_rhk", `${field}.parent`));
  }
}

/** Each RHK has 1..10 IKIs, each with text, a valid target and the column its form requires. */
function rhkHasMeasurableIndicators(skp: Skp, rhk: Rhk, field: string, errors: Errors): void {
  if (rhk.indicators.length === 0) errors.push(error("rhk_indicator_required", `${field}.indicators`));
  if (rhk.indicators.length > MAX_IKIS_PER_RHK) {
    errors.push(error("rhk_too_many_indicators", `${field}.indicators`, { max: MAX_IKIS_PER_RHK }));
  }
  rhk.indicators.forEach((iki, j) => {
    const f = `${field}.indicators.${j}`;
    const text = iki.text.trim();
    if (text === "") errors.push(error("iki_text_required", `${f}.text`));
    else if (text.length > MAX_RHK_TEXT_LENGTH) errors.push(error("iki_text_too_long", `${f}.text`, { max: MAX_RHK_TEXT_LENGTH }));
    if (skp.form === "NON_JPT" && !iki.aspek) errors.push(error("iki_aspek_required", `${f}.aspek`));
    if (skp.form === "JPT" && !iki.perspektif) errors.push(error("iki_perspektif_required", `${f}.perspektif`));
    errors.push(...validateTarget(iki.target, `${f}.target`));
  });
}

/** All 7 BerAKHLAK values, each once; ekspektasi khusus pimpinan is optional and bounded. */
function perilakuIsComplete(skp: Skp, errors: Errors): void {
  const ids = skp.perilaku.map((p) => p.valueId);
  const complete = ids.length === BERAKHLAK_IDS.length && BERAKHLAK_IDS.every((id) => ids.includes(id));
  if (!complete) errors.push(error("skp_perilaku_incomplete", "perilaku"));
  skp.perilaku.forEach((p, i) => {
    if ((p.ekspektasiKhusus?.trim().length ?? 0) > MAX_TEXT_LENGTH) {
      errors.push(error("ekspektasi_too_long", `perilaku.${i}.ekspektasiKhusus`, { max: MAX_TEXT_LENGTH }));
    }
  });
}

function lampiranItemsAreBounded(skp: Skp, errors: Errors): void {
  for (const key of ["dukunganSumberDaya", "skemaPertanggungjawaban", "konsekuensi"] as const) {
    const items = skp.lampiran[key];
    if (items.length > MAX_LAMPIRAN_ITEMS) errors.push(error("lampiran_too_many_items", `lampiran.${key}`, { max: MAX_LAMPIRAN_ITEMS }));
    items.forEach((item, i) => {
      const text = item.trim();
      if (text === "") errors.push(error("lampiran_item_empty", `lampiran.${key}.${i}`));
      else if (text.length > MAX_TEXT_LENGTH) errors.push(error("lampiran_item_too_long", `lampiran.${key}.${i}`, { max: MAX_TEXT_LENGTH }));
    });
  }
}

/** Every problem of the SKP's content; an empty list means it may be submitted or approved. */
export function validateSkpContent(skp: Skp, ctx: SkpValidationContext): DomainError<SkpContentErrorCode>[] {
  const errors: Errors = [];
  hasUtamaRhk(skp, errors);
  idsAreUnique(skp, errors);
  skp.rhks.forEach((rhk, i) => {
    const field = `rhks.${i}`;
    rhkTextIsGiven(rhk, field, errors);
    rhkServesANeed(skp, rhk, field, ctx, errors);
    rhkHasMeasurableIndicators(skp, rhk, field, errors);
  });
  perilakuIsComplete(skp, errors);
  lampiranItemsAreBounded(skp, errors);
  return errors;
}
