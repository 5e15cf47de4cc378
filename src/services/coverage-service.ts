import type { OrgIndicator } from "../domain/cascading";
import { computeCoverage, type OrphanReason } from "../domain/coverage";
import { peopleByOpd, type OrgDirectory, type Person } from "../domain/org";
import { effectiveSkp, type SkpState } from "../domain/skp";
import type { IndicatorRepository, SkpOutline, SkpRepository } from "./planning-ports";

/**
 * Coverage (DOMAIN.md section 3): how far the approved plans of an OPD reach its organisation indicators.
 * One OPD costs two partition queries (its indicators, its SKP revisions) whatever its size; the city is the
 * same for each OPD, a few OPDs at a time. Chains are followed inside the OPD: an RHK pointing to an RHK of
 * another OPD counts as an orphan there (parent_not_approved), as it serves no need of this OPD.
 */
export interface CoverageRhk {
  rhkId: string;
  text: string;
  employeeId: string;
  employeeName: string;
  parentRhkId: string | null;
  depth: number;
}

export interface OpdCoverage {
  year: number;
  opdId: string;
  opdName: string;
  summary: CoverageSummary;
  indicators: Array<{ indicator: OrgIndicator; contributorCount: number; contributorIds: string[]; rhks: CoverageRhk[] }>;
  uncoveredIndicators: OrgIndicator[];
  orphanRhks: Array<{ rhkId: string; text: string; employeeId: string; employeeName: string; reason: OrphanReason; brokenAtRhkId: string }>;
  /** Members of the OPD (directory: people whose unit belongs to it) with no approved SKP; `skpState` of their latest revision. */
  employeesWithoutApprovedSkp: Array<{ id: string; displayName: string; jobTitle: string; unitId: string; unitName: string; skpState: SkpState | null }>;
}

export interface CoverageSummary {
  indicators: number;
  coveredIndicators: number;
  approvedRhks: number;
  orphanRhks: number;
  employees: number;
  employeesWithApprovedSkp: number;
  /** Covered indicators / indicators, in percent with one decimal; null when the OPD has no indicators. */
  indicatorCoveragePercent: number | null;
}

export interface CityCoverage {
  year: number;
  summary: CoverageSummary & { opds: number; opdsWithoutIndicators: number };
  opds: OpdCoverage[];
}

/** OPDs computed at the same time for the city: bounded so a big city does not flood the Table service. */
export const CITY_CONCURRENCY = 8;

export class CoverageService {
  constructor(private readonly deps: { directory: OrgDirectory; indicators: IndicatorRepository; skps: SkpRepository; concurrency?: number }) {}

  /** Every OPD of the directory: the top-level units (units whose OPD is themself). */
  listOpdIds(): string[] {
    const { directory } = this.deps;
    return directory.listUnits().filter((u) => directory.getOpdOf(u.id)?.id === u.id).map((u) => u.id);
  }

  async forOpd(year: number, opdId: string, members = this.membersByOpd().get(opdId) ?? []): Promise<OpdCoverage> {
    const [indicators, revisions] = await Promise.all([this.deps.indicators.listByOpd(year, opdId), this.deps.skps.listOutlinesByOpd(year, opdId)]);
    return this.build(year, opdId, indicators.sort(byText), revisions, members);
  }

  async forCity(year: number): Promise<CityCoverage> {
    const members = this.membersByOpd();
    const opds = await mapBounded(this.listOpdIds(), this.deps.concurrency ?? CITY_CONCURRENCY, (id) => this.forOpd(year, id, members.get(id) ?? []));
    const sum = (pick: (s: CoverageSummary) => number) => opds.reduce((n, o) => n + pick(o.summary), 0);
    const indicators = sum((s) => s.indicators);
    const covered = sum((s) => s.coveredIndicators);
    return {
      year,
      summary: {
        opds: opds.length,
        opdsWithoutIndicators: opds.filter((o) => o.summary.indicators === 0).length,
        indicators,
        coveredIndicators: covered,
        approvedRhks: sum((s) => s.approvedRhks),
        orphanRhks: sum((s) => s.orphanRhks),
        employees: sum((s) => s.employees),
        employeesWithApprovedSkp: sum((s) => s.employeesWithApprovedSkp),
        indicatorCoveragePercent: percent(covered, indicators),
      },
      opds,
    };
  }

  private membersByOpd(): Map<string, Person[]> {
    return peopleByOpd(this.deps.directory);
  }

  private build(year: number, opdId: string, indicators: OrgIndicator[], revisions: SkpOutline[], members: Person[]): OpdCoverage {
    const { directory } = this.deps;
    const byEmployee = new Map<string, SkpOutline[]>();
    for (const r of revisions) {
      const list = byEmployee.get(r.employeeId);
      if (list) list.push(r);
      else byEmployee.set(r.employeeId, [r]);
    }
    const effective: SkpOutline[] = [];
    const latestState = new Map<string, SkpState>();
    for (const [employeeId, list] of byEmployee) {
      const approved = effectiveSkp(list);
      if (approved) effective.push(approved);
      latestState.set(employeeId, list.reduce((a, b) => (b.revision > a.revision ? b : a)).state);
    }
    const report = computeCoverage({ indicators, skps: effective, employeeIds: members.map((p) => p.id) });
    const rhkText = new Map<string, string>();
    for (const skp of effective) for (const rhk of skp.rhks) rhkText.set(rhk.id, rhk.text);
    const name = (id: string) => directory.getPerson(id)?.displayName ?? id;
    const uncovered = new Set(report.uncoveredIndicatorIds);
    const approvedRhks = effective.reduce((n, s) => n + s.rhks.length, 0);
    return {
      year,
      opdId,
      opdName: directory.getUnit(opdId)?.name ?? opdId,
      summary: {
        indicators: indicators.length,
        coveredIndicators: indicators.length - uncovered.size,
        approvedRhks,
        orphanRhks: report.orphanRhks.length,
        employees: members.length,
        employeesWithApprovedSkp: members.length - report.employeesWithoutApprovedSkp.length,
        indicatorCoveragePercent: percent(indicators.length - uncovered.size, indicators.length),
      },
      indicators: report.indicators.map((c) => ({
        indicator: c.indicator,
        contributorCount: c.contributorCount,
        contributorIds: c.contributorIds,
        rhks: c.rhks.map((n) => ({ ...n, text: rhkText.get(n.rhkId) ?? "", employeeName: name(n.employeeId) })),
      })),
      uncoveredIndicators: indicators.filter((i) => uncovered.has(i.id)),
      orphanRhks: report.orphanRhks.map((o) => ({ ...o, text: rhkText.get(o.rhkId) ?? "", employeeName: name(o.employeeId) })),
      employeesWithoutApprovedSkp: report.employeesWithoutApprovedSkp.map((id) => {
        const p = directory.getPerson(id);
        const unitId = p?.unitId ?? "";
        const unitName = directory.getUnit(unitId)?.name ?? unitId;
        return { id, displayName: p?.displayName ?? id, jobTitle: p?.jobTitle ?? "", unitId, unitName, skpState: latestState.get(id) ?? null };
      }),
    };
  }
}

/** Reading order of indicators: by sasaran, then indikator (ids are random). */
export function byText(a: OrgIndicator, b: OrgIndicator): number {
  return a.sasaran.localeCompare(b.sasaran, "id") || a.indicator.localeCompare(b.indicator, "id");
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Runs `fn` over the items with at most `limit` at a time; results in input order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
