/**
 * Predikat Kinerja Organisasi and the distribution curve of employee predikat (SE MenPANRB 3/2023,
 * DOMAIN.md section 8). The check runs before predikat are set (ditetapkan) and names every rule that breaks.
 */
import { PREDIKAT_LABELS, PREDIKATS, type Predikat } from "./predikat";
import type { Rating } from "./rating";

export const ORG_PREDIKATS = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
export type OrgPredikat = (typeof ORG_PREDIKATS)[number];

export const ORG_PREDIKAT_LABELS: Record<OrgPredikat, string> = {
  ISTIMEWA: "Istimewa",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat Kurang",
};

/** max = at most p% of N; min = at least p% of N (or a fixed count); none = nobody may have it. */
export const DISTRIBUTION_RULE_KINDS = ["max", "min", "none"] as const;
export type DistributionRuleKind = (typeof DISTRIBUTION_RULE_KINDS)[number];

/** Message codes: `distribution_rule_*` describe a rule, `distribution_violation_*` say what breaks it. */
export const DISTRIBUTION_MESSAGE_CODES = [
  "distribution_rule_max",
  "distribution_rule_min",
  "distribution_rule_min_count",
  "distribution_rule_none",
  "distribution_violation_max",
  "distribution_violation_min",
  "distribution_violation_none",
] as const;
export type DistributionMessageCode = (typeof DISTRIBUTION_MESSAGE_CODES)[number];

interface RuleSpec {
  kind: DistributionRuleKind;
  predikats: readonly Predikat[];
  /** Whole percent; null for a fixed count (Baik: "at least 1 employee"). */
  percent: number | null;
  fixedCount?: number;
}

/** The table of DOMAIN.md section 8, verbatim. */
export const DISTRIBUTION_RULES: Readonly<Record<OrgPredikat, readonly RuleSpec[]>> = {
  ISTIMEWA: [{ kind: "max", predikats: ["SANGAT_BAIK"], percent: 70 }],
  BAIK: [
    { kind: "max", predikats: ["BAIK"], percent: 70 },
    { kind: "min", predikats: ["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT"], percent: null, fixedCount: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { kind: "min", predikats: ["BUTUH_PERBAIKAN"], percent: 60 },
    { kind: "max", predikats: ["SANGAT_BAIK"], percent: 10 },
  ],
  KURANG: [
    { kind: "min", predikats: ["KURANG_MISCONDUCT"], percent: 60 },
    { kind: "min", predikats: ["BUTUH_PERBAIKAN"], percent: 10 },
    { kind: "max", predikats: ["SANGAT_BAIK"], percent: 10 },
  ],
  SANGAT_KURANG: [
    { kind: "min", predikats: ["SANGAT_KURANG"], percent: 60 },
    { kind: "min", predikats: ["KURANG_MISCONDUCT", "BUTUH_PERBAIKAN"], percent: 10 },
    { kind: "none", predikats: ["SANGAT_BAIK"], percent: null },
  ],
};

export const ROUNDING_MODES = ["floor", "ceil", "round"] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];
/** Default (configurable): a maximum of p% allows floor(p·N), a minimum of p% requires ceil(p·N). */
export const DEFAULT_ROUNDING: { max: RoundingMode; min: RoundingMode } = { max: "floor", min: "ceil" };

/**
 * p% of N rounded, on integers only: 0.7 * 10 in floating point is 6.999999999999999, whose floor would be 6.
 * `round` rounds halves up.
 */
export function percentOf(percent: number, n: number, mode: RoundingMode): number {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`percent must be an integer 0..100: ${percent}`);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`N must be a non-negative integer: ${n}`);
  const scaled = percent * n;
  const floor = (scaled - (scaled % 100)) / 100;
  if (mode === "floor") return floor;
  if (mode === "ceil") return scaled % 100 === 0 ? floor : floor + 1;
  return scaled % 100 >= 50 ? floor + 1 : floor;
}

export interface DistributionRuleResult {
  /** Message code describing the rule, with `params` (predikat labels, percent, limit, n). */
  code: DistributionMessageCode;
  kind: DistributionRuleKind;
  predikats: Predikat[];
  percent: number | null;
  /** max/none: the most allowed; min: the fewest required. */
  limitCount: number;
  actual: number;
  ok: boolean;
  params: Record<string, string | number>;
}

export interface DistributionViolation {
  code: DistributionMessageCode;
  params: Record<string, string | number>;
}

export interface DistributionCheck {
  ok: boolean;
  /** Employees evaluated in the unit (the sum of the counts). */
  N: number;
  rules: DistributionRuleResult[];
  violations: DistributionViolation[];
}

export type PredikatCounts = Partial<Record<Predikat, number>>;

export function countPredikats(predikats: readonly Predikat[]): Record<Predikat, number> {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of predikats) counts[p]++;
  return counts;
}

/**
 * Checks the unit's employee predikat against the rules of its Predikat Kinerja Organisasi. With N = 0 the rules
 * are applied literally (so Baik's "at least 1" fails); with nobody to set, nothing is blocked in practice.
 */
export function checkDistribution(
  orgPredikat: OrgPredikat,
  countsByPredikat: PredikatCounts,
  rounding: { max: RoundingMode; min: RoundingMode } = DEFAULT_ROUNDING,
): DistributionCheck {
  for (const p of PREDIKATS) {
    const c = countsByPredikat[p] ?? 0;
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`count of ${p} must be a non-negative integer: ${c}`);
  }
  const N = PREDIKATS.reduce((sum, p) => sum + (countsByPredikat[p] ?? 0), 0);
  const rules = DISTRIBUTION_RULES[orgPredikat].map((spec): DistributionRuleResult => {
    const actual = spec.predikats.reduce((sum, p) => sum + (countsByPredikat[p] ?? 0), 0);
    const predikat = spec.predikats.map((p) => PREDIKAT_LABELS[p]).join(" + ");
    let limitCount: number;
    let code: DistributionMessageCode;
    if (spec.kind === "none") [limitCount, code] = [0, "distribution_rule_none"];
    else if (spec.percent === null) [limitCount, code] = [spec.fixedCount ?? 0, "distribution_rule_min_count"];
    else {
      limitCount = percentOf(spec.percent, N, spec.kind === "max" ? rounding.max : rounding.min);
      code = spec.kind === "max" ? "distribution_rule_max" : "distribution_rule_min";
    }
    const ok = spec.kind === "min" ? actual >= limitCount : actual <= limitCount;
    const params = { predikat, percent: spec.percent ?? 0, limit: limitCount, actual, n: N };
    return { code, kind: spec.kind, predikats: [...spec.predikats], percent: spec.percent, limitCount, actual, ok, params };
  });
  const violations = rules
    .filter((r) => !r.ok)
    .map((r): DistributionViolation => ({ code: `distribution_violation_${r.kind}`, params: r.params }));
  return { ok: violations.length === 0, N, rules, violations };
}

/** Rating Hasil Kerja of the head of a unit from the unit's predikat (configurable; this is the default). */
export const DEFAULT_HEAD_OF_UNIT_MAPPING: Readonly<Record<OrgPredikat, Rating>> = {
  ISTIMEWA: "DI_ATAS",
  BAIK: "SESUAI",
  BUTUH_PERBAIKAN: "DI_BAWAH",
  KURANG: "DI_BAWAH",
  SANGAT_KURANG: "DI_BAWAH",
};

export function headOfUnitRatingFromOrgPredikat(
  orgPredikat: OrgPredikat,
  mapping: Readonly<Record<OrgPredikat, Rating>> = DEFAULT_HEAD_OF_UNIT_MAPPING,
): Rating {
  return mapping[orgPredikat];
}
