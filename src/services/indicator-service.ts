import { randomUUID } from "node:crypto";
import { validateOrgIndicator, type OrgIndicator } from "../domain/cascading";
import type { Person } from "../domain/org";
import type { DomainError } from "../domain/result";
import type { Target } from "../domain/target";
import { parseIndicatorSheet, textKey, type ImportProblem } from "../import/indicator-sheet";
import type { SheetType } from "../import/sheet-reader";
import { byText } from "./coverage-service";
import type { IndicatorRepository, SkpRepository } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";

/**
 * Organisation indicators of an OPD (DOMAIN.md section 3): recorded one by one or imported from a sheet by the
 * head of the OPD or an Admin Kinerja (the API checks who). Every change is audited under the owner
 * `opd:<opdId>`; the audit holds ids and states, not the indicator texts.
 */
export interface IndicatorInput {
  sasaran: string;
  indicator: string;
  target: Target;
}

export type IndicatorWriteOutcome =
  | { kind: "saved"; indicator: OrgIndicator }
  | { kind: "invalid"; errors: DomainError[] }
  | { kind: "duplicate"; existingId: string }
  | { kind: "notFound" };

export type IndicatorRemoveOutcome = { kind: "removed" } | { kind: "notFound" } | { kind: "inUse"; rhkCount: number; employeeCount: number };

export type IndicatorImportOutcome =
  | { kind: "imported"; created: number; updated: number; indicators: OrgIndicator[] }
  | { kind: "invalid"; problems: ImportProblem[] };

export const auditOwnerOfOpd = (opdId: string): string => `opd:${opdId}`;

export class IndicatorService {
  constructor(
    private readonly deps: { indicators: IndicatorRepository; skps: SkpRepository; audit: AuditLog; clock: Clock; newId?: () => string },
  ) {}

  /** Sorted by sasaran, then indikator. */
  async list(year: number, opdId: string): Promise<OrgIndicator[]> {
    return (await this.deps.indicators.listByOpd(year, opdId)).sort(byText);
  }

  async create(actor: Person, opdId: string, year: number, input: IndicatorInput): Promise<IndicatorWriteOutcome> {
    return this.save(actor, { id: this.newId(), opdId, year, ...trimmed(input) }, "created");
  }

  async update(actor: Person, opdId: string, year: number, id: string, input: IndicatorInput): Promise<IndicatorWriteOutcome> {
    // Last writer wins for an edit (the row is replaced whole, never half); a deleted one is not brought back.
    if (!(await this.deps.indicators.get(year, opdId, id))) return { kind: "notFound" };
    return this.save(actor, { id, opdId, year, ...trimmed(input) }, "updated");
  }

  async remove(actor: Person, opdId: string, year: number, id: string): Promise<IndicatorRemoveOutcome> {
    if (!(await this.deps.indicators.get(year, opdId, id))) return { kind: "notFound" };
    // JPT RHKs point to indicators of their own OPD, so every user of it is in this one partition.
    const users = (await this.deps.skps.listOutlinesByOpd(year, opdId)).flatMap((skp) =>
      skp.rhks.filter((r) => r.parent?.kind === "ORG_INDICATOR" && r.parent.indicatorId === id).map(() => skp.employeeId),
    );
    if (users.length > 0) return { kind: "inUse", rhkCount: users.length, employeeCount: new Set(users).size };
    if (!(await this.deps.indicators.remove(year, opdId, id))) return { kind: "notFound" };
    await this.audit(actor, opdId, year, id, "indicator.delete", "deleted");
    return { kind: "removed" };
  }

  async import(actor: Person, opdId: string, year: number, type: SheetType, bytes: Buffer): Promise<IndicatorImportOutcome> {
    const parsed = await parseIndicatorSheet(type, bytes, { opdId, year });
    if (!parsed.ok) return { kind: "invalid", problems: parsed.problems };
    const existing = await this.deps.indicators.listByOpd(year, opdId);
    const byId = new Map(existing.map((i) => [i.id, i]));
    const byText = new Map(existing.map((i) => [textKey(i.sasaran, i.indicator), i.id]));
    const rowOfId = new Map<string, number>();
    const problems: ImportProblem[] = [];
    const indicators: OrgIndicator[] = [];
    let created = 0;
    for (const row of parsed.rows) {
      const id = row.id ?? byText.get(textKey(row.sasaran, row.indicator)) ?? this.newId();
      const first = rowOfId.get(id);
      if (first !== undefined) problems.push({ row: row.row, column: "Indikator", code: "import.duplicateRow", params: { row: first } });
      rowOfId.set(id, row.row);
      if (!byId.has(id)) created++;
      indicators.push({ id, opdId, year, sasaran: row.sasaran, indicator: row.indicator, target: row.target });
    }
    if (problems.length > 0) return { kind: "invalid", problems };
    await this.deps.indicators.upsertAll(year, opdId, indicators);
    await Promise.all(indicators.map((i) => this.audit(actor, opdId, year, i.id, "indicator.import", byId.has(i.id) ? "updated" : "created")));
    return { kind: "imported", created, updated: indicators.length - created, indicators };
  }

  private async save(actor: Person, indicator: OrgIndicator, toState: "created" | "updated"): Promise<IndicatorWriteOutcome> {
    const errors = validateOrgIndicator(indicator);
    if (errors.length > 0) return { kind: "invalid", errors };
    const key = textKey(indicator.sasaran, indicator.indicator);
    const twin = (await this.deps.indicators.listByOpd(indicator.year, indicator.opdId)).find(
      (i) => i.id !== indicator.id && textKey(i.sasaran, i.indicator) === key,
    );
    if (twin) return { kind: "duplicate", existingId: twin.id };
    await this.deps.indicators.upsertAll(indicator.year, indicator.opdId, [indicator]);
    await this.audit(actor, indicator.opdId, indicator.year, indicator.id, toState === "created" ? "indicator.create" : "indicator.update", toState);
    return { kind: "saved", indicator };
  }

  private newId(): string {
    return this.deps.newId ? this.deps.newId() : `ind-${randomUUID()}`;
  }

  private audit(actor: Person, opdId: string, year: number, id: string, action: string, toState: string): Promise<void> {
    return this.deps.audit.append({
      actorId: actor.id,
      action,
      subjectType: "indicator",
      subjectId: `${year}/${id}`,
      ownerId: auditOwnerOfOpd(opdId),
      toState,
      at: this.deps.clock.now().toISOString(),
    });
  }
}

function trimmed(input: IndicatorInput): IndicatorInput {
  const target: Target =
    input.target.approach === "KUANTITATIF"
      ? { approach: "KUANTITATIF", value: input.target.value, unit: input.target.unit.trim() }
      : { approach: "KUALITATIF", narrative: input.target.narrative.trim() };
  return { sasaran: input.sasaran.trim(), indicator: input.indicator.trim(), target };
}
