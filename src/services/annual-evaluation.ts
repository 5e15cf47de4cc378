import type { EvaluationState } from "../domain/evaluation";
import type { Person } from "../domain/org";
import type { Period } from "../domain/periods";
import type { Rhk } from "../domain/skp";
import type { StoredEvaluation } from "./evaluation-ports";
import type { RhkProgress } from "./evaluation-sources";

/** Results that are set (ditetapkan), and so can become the annual result. */
export const SET_STATES: readonly EvaluationState[] = ["ditetapkan", "keberatan", "diterima"];

export const annualPeriodId = (year: number) => `${year}-tahunan`;

/** What the employee achieved over the whole year for one RHK: the progress reports of January to December. */
export interface AnnualRealisasi {
  rhkId: string;
  text: string;
  reportCount: number;
  quantity?: number;
  unit?: string;
  /** The annual target it is measured against: the RHK's first quantitative IKI in the same unit. */
  target?: { value: number; unit: string };
  /** quantity / target, in percent (two decimals); absent when there is no comparable target. */
  percent?: number;
}

/**
 * The annual evaluation (DOMAIN.md section 4, the default configuration): the evaluation of the year's last
 * period against the annual SKP, with achievement cumulative over the year. It is its own record (kind TAHUNAN,
 * period `<year>-tahunan`); the periodic evaluations it comes from stay as they are.
 */
export interface AnnualEvaluation extends StoredEvaluation {
  annual: {
    sourcePeriodId: string;
    sourceState: EvaluationState | "belum_dibuka";
    realisasi: AnnualRealisasi[];
    openedById: string;
    openedAt: string;
  };
}

export function cumulativeRealisasi(rhks: readonly Rhk[], progress: readonly RhkProgress[]): AnnualRealisasi[] {
  return rhks.map((rhk) => {
    const p = progress.find((x) => x.rhkId === rhk.id);
    const out: AnnualRealisasi = { rhkId: rhk.id, text: rhk.text, reportCount: p?.reportCount ?? 0 };
    if (p?.quantity === undefined) return out;
    out.quantity = p.quantity;
    if (p.unit) out.unit = p.unit;
    const same = (u: string) => !p.unit || u.trim().toLowerCase() === p.unit.trim().toLowerCase();
    const iki = rhk.indicators.find((i) => i.target.approach === "KUANTITATIF" && same(i.target.unit) && i.target.value > 0);
    if (iki && iki.target.approach === "KUANTITATIF") {
      out.target = { value: iki.target.value, unit: iki.target.unit };
      out.percent = Math.round((p.quantity / iki.target.value) * 10000) / 100;
    }
    return out;
  });
}

/** The annual record of one employee from their last-period evaluation (if any) and the year's progress. */
export function buildAnnual(args: {
  year: number;
  last: Period;
  employee: Person;
  unitId: string;
  source?: StoredEvaluation;
  realisasi: AnnualRealisasi[];
  actorId: string;
  at: string;
}): AnnualEvaluation {
  const { year, last, employee, source } = args;
  const set = !!source?.rating && SET_STATES.includes(source.state);
  return {
    id: `${annualPeriodId(year)}_${employee.id}`,
    employeeId: employee.id,
    periodId: annualPeriodId(year),
    kind: "TAHUNAN",
    // The annual result is set when the last period's result is; until then it waits (draft) for it.
    state: set ? "ditetapkan" : "draft",
    ...(set ? { rating: source.rating, ...(source.penetapan ? { penetapan: source.penetapan } : {}) } : {}),
    year,
    unitId: args.unitId,
    appliedForms: [],
    annual: { sourcePeriodId: last.id, sourceState: source?.state ?? "belum_dibuka", realisasi: args.realisasi, openedById: args.actorId, openedAt: args.at },
  };
}

/** True when the stored annual record already says what a rebuild would (re-opening changes nothing then). */
export function sameAnnual(a: AnnualEvaluation, b: AnnualEvaluation): boolean {
  return a.state === b.state && a.rating?.predikat === b.rating?.predikat && a.annual.sourceState === b.annual.sourceState && JSON.stringify(a.annual.realisasi) === JSON.stringify(b.annual.realisasi);
}
