/**
 * Coverage: how "needs-based" the plans are (DOMAIN.md section 3). Every organisation indicator should be reached
 * by a chain of approved RHKs (staff RHK → supervisor RHK → ... → JPT RHK → indicator). The report lists, per
 * indicator, the RHKs reaching it and the distinct employees contributing; the indicators nobody works on; the
 * RHKs whose chain reaches no indicator (orphans); and the employees without an approved SKP.
 *
 * Runs in O(indicators + RHKs + employees): every RHK is resolved once and memoised, so the whole city (6,000
 * employees x 5 RHKs) is one linear pass.
 */
import type { OrgIndicator } from "./cascading";
import type { Rhk, Skp } from "./skp";

/** What coverage needs of an SKP: pass the effective SKP of each employee (see effectiveSkp). */
export type CoverageSkp = Pick<Skp, "employeeId" | "state"> & { rhks: readonly Pick<Rhk, "id" | "parent">[] };

/** Why an RHK's chain stops before an indicator. */
export const ORPHAN_REASONS = ["no_parent", "unknown_indicator", "parent_not_approved", "cycle"] as const;
export type OrphanReason = (typeof ORPHAN_REASONS)[number];

export interface CoverageNode {
  rhkId: string;
  employeeId: string;
  /** The supervisor RHK it serves; null for the JPT RHK that points at the indicator. */
  parentRhkId: string | null;
  /** 1 for the JPT RHK on the indicator, 2 for the RHKs under it, ... */
  depth: number;
}

export interface IndicatorCoverage {
  indicator: OrgIndicator;
  /** Every approved RHK whose chain reaches the indicator, in input order; parentRhkId links rebuild the tree. */
  rhks: CoverageNode[];
  contributorIds: string[];
  contributorCount: number;
}

export interface OrphanRhk {
  rhkId: string;
  employeeId: string;
  reason: OrphanReason;
  /** The RHK in its chain whose link is broken (itself, or an ancestor). */
  brokenAtRhkId: string;
}

export interface CoverageReport {
  indicators: IndicatorCoverage[];
  uncoveredIndicatorIds: string[];
  orphanRhks: OrphanRhk[];
  employeesWithoutApprovedSkp: string[];
  /** RHK id → the indicator it reaches (absent for orphans); for drawing a chain with chainToIndicator. */
  indicatorByRhkId: ReadonlyMap<string, string>;
  parentByRhkId: ReadonlyMap<string, string | null>;
}

type Resolution = { indicatorId: string; depth: number } | { orphan: OrphanReason; brokenAt: string };

interface Entry {
  employeeId: string;
  rhk: Pick<Rhk, "id" | "parent">;
}

export function computeCoverage(input: {
  indicators: readonly OrgIndicator[];
  skps: readonly CoverageSkp[];
  /** Everyone who should have an SKP (e.g. the unit's members); omit to skip that list. */
  employeeIds?: readonly string[];
}): CoverageReport {
  const indicatorIds = new Set(input.indicators.map((i) => i.id));
  const entries = new Map<string, Entry>();
  const withSkp = new Set<string>();
  for (const skp of input.skps) {
    if (skp.state !== "disetujui") continue;
    withSkp.add(skp.employeeId);
    for (const rhk of skp.rhks) entries.set(rhk.id, { employeeId: skp.employeeId, rhk });
  }

  const resolved = new Map<string, Resolution>();
  const resolve = (startId: string): void => {
    // Walk up until a known answer, a root or a broken link; then give the answer to the whole path.
    const path: string[] = [];
    const onPath = new Set<string>();
    let id = startId;
    let answer: Resolution;
    for (;;) {
      const known = resolved.get(id);
      if (known) {
        answer = known;
        break;
      }
      if (onPath.has(id)) {
        answer = { orphan: "cycle", brokenAt: id };
        break;
      }
      path.push(id);
      onPath.add(id);
      const parent = entries.get(id)?.rhk.parent ?? null;
      if (!parent) {
        answer = { orphan: "no_parent", brokenAt: id };
        break;
      }
      if (parent.kind === "ORG_INDICATOR") {
        answer = indicatorIds.has(parent.indicatorId)
          ? { indicatorId: parent.indicatorId, depth: 0 }
          : { orphan: "unknown_indicator", brokenAt: id };
        break;
      }
      if (!entries.has(parent.rhkId)) {
        answer = { orphan: "parent_not_approved", brokenAt: id };
        break;
      }
      id = parent.rhkId;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      if ("indicatorId" in answer) answer = { indicatorId: answer.indicatorId, depth: answer.depth + 1 };
      resolved.set(path[i] as string, answer);
    }
  };

  const byIndicator = new Map<string, { rhks: CoverageNode[]; contributors: Set<string> }>();
  for (const ind of input.indicators) byIndicator.set(ind.id, { rhks: [], contributors: new Set() });
  const orphanRhks: OrphanRhk[] = [];
  const indicatorByRhkId = new Map<string, string>();
  const parentByRhkId = new Map<string, string | null>();
  for (const [rhkId, { employeeId, rhk }] of entries) {
    resolve(rhkId);
    const r = resolved.get(rhkId) as Resolution;
    const parentRhkId = rhk.parent?.kind === "SUPERVISOR_RHK" ? rhk.parent.rhkId : null;
    parentByRhkId.set(rhkId, parentRhkId);
    if ("orphan" in r) {
      orphanRhks.push({ rhkId, employeeId, reason: r.orphan, brokenAtRhkId: r.brokenAt });
      continue;
    }
    indicatorByRhkId.set(rhkId, r.indicatorId);
    const bucket = byIndicator.get(r.indicatorId);
    bucket?.rhks.push({ rhkId, employeeId, parentRhkId, depth: r.depth });
    bucket?.contributors.add(employeeId);
  }

  const indicators = input.indicators.map((indicator) => {
    const b = byIndicator.get(indicator.id) ?? { rhks: [], contributors: new Set<string>() };
    return { indicator, rhks: b.rhks, contributorIds: [...b.contributors], contributorCount: b.contributors.size };
  });
  return {
    indicators,
    uncoveredIndicatorIds: indicators.filter((c) => c.rhks.length === 0).map((c) => c.indicator.id),
    orphanRhks,
    employeesWithoutApprovedSkp: (input.employeeIds ?? []).filter((id) => !withSkp.has(id)),
    indicatorByRhkId,
    parentByRhkId,
  };
}

/** The chain from an RHK up to the JPT RHK on its indicator: [rhkId, parent, ..., jptRhkId]; [] if orphan. */
export function chainToIndicator(report: Pick<CoverageReport, "indicatorByRhkId" | "parentByRhkId">, rhkId: string): string[] {
  if (!report.indicatorByRhkId.has(rhkId)) return [];
  const chain: string[] = [];
  for (let id: string | null | undefined = rhkId; id; id = report.parentByRhkId.get(id)) chain.push(id);
  return chain;
}
