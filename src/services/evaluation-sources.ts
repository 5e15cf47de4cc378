import type { Person, OrgDirectory } from "../domain/org";
import type { Period } from "../domain/periods";
import { effectiveSkp, type Rhk } from "../domain/skp";
import { MAX_EVIDENCE_URLS } from "../domain/evaluation-input";
import type { SkpRepository } from "./planning-ports";
import type { ReportRepository } from "./ports";

/** What the period's progress reports say about one RHK: the prefill of the self-assessment. */
export interface RhkProgress {
  rhkId: string;
  reportCount: number;
  /** Sum of the reported quantities, when any report gave one. */
  quantity?: number;
  unit?: string;
  evidenceUrls: string[];
}

/**
 * Reads what an evaluation is about: the RHKs of the employee's SKP in force for the period's year (the approved
 * revision) and the progress reported against each RHK inside the period.
 */
export class EvaluationSources {
  constructor(private readonly deps: { directory: OrgDirectory; skps: SkpRepository; reports: ReportRepository }) {}

  async rhksOf(employee: Person, period: Period): Promise<Rhk[]> {
    const opdId = this.deps.directory.getOpdOf(employee.unitId)?.id;
    if (!opdId) return [];
    const skp = effectiveSkp(await this.deps.skps.listRevisions(period.year, opdId, employee.id));
    return skp?.rhks ?? [];
  }

  async progressOf(employee: Person, period: Period): Promise<RhkProgress[]> {
    const reports = await this.deps.reports.listForEmployee(employee.id, { from: period.start, to: period.end });
    const byRhk = new Map<string, RhkProgress>();
    for (const r of reports) {
      if (!r.rhkId) continue;
      let p = byRhk.get(r.rhkId);
      if (!p) byRhk.set(r.rhkId, (p = { rhkId: r.rhkId, reportCount: 0, evidenceUrls: [] }));
      p.reportCount++;
      if (r.quantity !== undefined) {
        // Sums of two-decimal quantities: round to cents so 0.1 + 0.2 shows as 0.3.
        p.quantity = Math.round(((p.quantity ?? 0) + r.quantity) * 100) / 100;
        p.unit ??= r.unit;
      }
      if (r.evidenceUrl && !p.evidenceUrls.includes(r.evidenceUrl) && p.evidenceUrls.length < MAX_EVIDENCE_URLS) p.evidenceUrls.push(r.evidenceUrl);
    }
    return [...byRhk.values()];
  }
}
