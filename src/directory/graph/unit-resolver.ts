import type { Unit } from "../../domain/org";
import { slugUnitId, type GraphOrgMapping } from "./graph-mapping";

export type UnitResolution = { unitId: string } | { problem: string };

/**
 * Turns `department` names into units. Collects the units it hands out, so the directory lists the
 * root, every configured unit, and each department-derived unit that someone belongs to.
 */
export class UnitResolver {
  private readonly derived = new Map<string, Unit>();

  constructor(private readonly mapping: GraphOrgMapping) {}

  resolve(department: string | null): UnitResolution {
    const name = department?.trim() ?? "";
    if (name === "") return { problem: "department is empty" };
    const explicit = this.mapping.departmentUnits;
    const unitId = explicit ? explicit[name] : slugUnitId(name);
    if (unitId === undefined) return { problem: `department "${name}" is not in the department-to-unit map` };
    if (unitId === "") return { problem: `department "${name}" gives no unit id` };
    if (!this.isConfigured(unitId) && !this.derived.has(unitId)) {
      this.derived.set(unitId, { id: unitId, name, parentId: this.mapping.rootUnit?.id ?? null });
    }
    return { unitId };
  }

  /** Root first, then configured units in their order, then derived ones by id. */
  units(): Unit[] {
    const out: Unit[] = [];
    const root = this.mapping.rootUnit;
    if (root) out.push({ id: root.id, name: root.name, parentId: null });
    for (const [id, unit] of Object.entries(this.mapping.units ?? {})) {
      if (id === root?.id) continue;
      out.push({ id, name: unit.name ?? this.departmentNameFor(id) ?? id, parentId: unit.parentId });
    }
    const derived = [...this.derived.values()].sort((a, b) => a.id.localeCompare(b.id));
    return [...out, ...derived];
  }

  private isConfigured(unitId: string): boolean {
    return unitId === this.mapping.rootUnit?.id || (this.mapping.units?.[unitId] !== undefined);
  }

  private departmentNameFor(unitId: string): string | undefined {
    const entry = Object.entries(this.mapping.departmentUnits ?? {}).find(([, id]) => id === unitId);
    return entry?.[0];
  }
}
