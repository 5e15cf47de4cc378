import type { OrgDirectory, Organization, Person, Role, Unit } from "../domain/org";

/**
 * The directory the app holds on to while the snapshot behind it changes: Graph syncs build a new immutable
 * snapshot and `swap` replaces the reference in one assignment, so every lookup sees either the old or the new
 * organisation, never a mix, and a failed sync (no swap) leaves the old one serving.
 *
 * A request that makes several lookups across an `await` may straddle a swap; decisions are still made from
 * one consistent snapshot per lookup, as they would be if the sync had finished a moment earlier or later.
 */
export class SwitchableDirectory implements OrgDirectory {
  private current: OrgDirectory;
  private swaps = 0;

  constructor(initial: OrgDirectory) {
    this.current = initial;
  }

  swap(next: OrgDirectory): void {
    this.current = next;
    this.swaps++;
  }

  /** The snapshot in use now; hold it to make several lookups against one organisation. */
  snapshot(): OrgDirectory {
    return this.current;
  }

  /** How many times the snapshot was replaced since start. */
  get swapCount(): number {
    return this.swaps;
  }

  get organization(): Organization {
    return this.current.organization;
  }

  getPerson(id: string): Person | undefined {
    return this.current.getPerson(id);
  }

  getManager(id: string): Person | undefined {
    return this.current.getManager(id);
  }

  getDirectReports(id: string): Person[] {
    return this.current.getDirectReports(id);
  }

  isAbove(ancestorId: string, personId: string): boolean {
    return this.current.isAbove(ancestorId, personId);
  }

  getUnit(id: string): Unit | undefined {
    return this.current.getUnit(id);
  }

  listUnits(): Unit[] {
    return this.current.listUnits();
  }

  getOpdOf(unitId: string): Unit | undefined {
    return this.current.getOpdOf(unitId);
  }

  getUnitMembers(unitId: string, options?: { recursive?: boolean }): Person[] {
    return this.current.getUnitMembers(unitId, options);
  }

  listPeople(): Person[] {
    return this.current.listPeople();
  }

  listByRole(role: Role): Person[] {
    return this.current.listByRole(role);
  }
}
