import type { OrgDirectory, Person } from "../domain/org";

/**
 * Calibration units (DOMAIN.md section 8) from the directory at the moment of the action. The curve of a unit
 * holds the people rated inside it: everyone whose direct supervisor (pejabat penilai) is a member of the unit.
 * That is the unit's staff without its head (whose supervisor sits above the unit), plus the heads of the units
 * just below it. The head of the unit is rated by the leader one level up, with the unit's result as Rating
 * Hasil Kerja, and is counted in the curve of the unit above.
 */
export class CalibrationUnits {
  constructor(private readonly directory: OrgDirectory) {}

  /** The unit whose curve the employee's evaluation belongs to: the unit of their pejabat penilai. */
  unitOf(employeeId: string): string | undefined {
    const person = this.directory.getPerson(employeeId);
    if (!person) return undefined;
    return this.directory.getManager(employeeId)?.unitId ?? person.unitId;
  }

  /** Head of the unit: its member whose supervisor is outside the unit (or who has none). */
  headOf(unitId: string): Person | undefined {
    const members = this.directory.getUnitMembers(unitId);
    return members.find((m) => {
      const manager = this.directory.getManager(m.id);
      return !manager || manager.unitId !== unitId;
    });
  }

  /** The leader one level up: the head's direct supervisor. */
  leaderAbove(unitId: string): Person | undefined {
    const head = this.headOf(unitId);
    return head ? this.directory.getManager(head.id) : undefined;
  }

  /** The unit that `personId` heads, if any (for the head's Rating Hasil Kerja). */
  unitHeadedBy(personId: string): string | undefined {
    const person = this.directory.getPerson(personId);
    if (!person) return undefined;
    return this.headOf(person.unitId)?.id === personId ? person.unitId : undefined;
  }

  /** Everyone in the unit's curve, in directory order. */
  curveMembers(unitId: string): Person[] {
    const out: Person[] = [];
    const seen = new Set<string>();
    for (const member of this.directory.getUnitMembers(unitId)) {
      for (const p of this.directory.getDirectReports(member.id)) {
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        out.push(p);
      }
    }
    return out;
  }
}
