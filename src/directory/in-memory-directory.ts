/**
 * One immutable snapshot of the organisation, indexed for the lookups authorization runs on every action
 * (DOMAIN.md section 1): every method is O(1) or O(size of its answer), never a scan of all people.
 */
import type { OrgData, OrgDirectory, Organization, Person, Role, Unit } from "../domain/org";

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Frozen copies: callers get objects they cannot change, and later edits of the input data do not leak in. */
const freezePerson = (p: Person): Person => Object.freeze({ ...p, roles: Object.freeze([...p.roles]) as Person["roles"] });
const freezeUnit = (u: Unit): Unit => Object.freeze({ ...u });

export class InMemoryDirectory implements OrgDirectory {
  readonly organization: Organization;
  private readonly people: Person[];
  private readonly units: Unit[];
  private readonly personById = new Map<string, Person>();
  private readonly unitById = new Map<string, Unit>();
  private readonly reportsByManager = new Map<string, Person[]>();
  private readonly membersByUnit = new Map<string, Person[]>();
  private readonly childUnits = new Map<string, Unit[]>();
  private readonly peopleByRole = new Map<Role, Person[]>();
  private readonly opdByUnit = new Map<string, Unit>();

  /** Expects data that passed `parseOrgFile` (or an equivalent check); walks are still bounded if it did not. */
  constructor(data: OrgData) {
    this.organization = Object.freeze({ ...data.organization });
    this.units = data.units.map(freezeUnit);
    this.people = data.people.map(freezePerson);
    for (const unit of this.units) {
      if (!this.unitById.has(unit.id)) this.unitById.set(unit.id, unit);
      if (unit.parentId !== null) pushTo(this.childUnits, unit.parentId, unit);
    }
    for (const person of this.people) {
      if (!this.personById.has(person.id)) this.personById.set(person.id, person);
      if (person.managerId !== null) pushTo(this.reportsByManager, person.managerId, person);
      pushTo(this.membersByUnit, person.unitId, person);
      for (const role of person.roles) pushTo(this.peopleByRole, role, person);
    }
    for (const unit of this.units) {
      const opd = this.findOpd(unit);
      if (opd) this.opdByUnit.set(unit.id, opd);
    }
  }

  getPerson(id: string): Person | undefined {
    return this.personById.get(id);
  }

  getManager(id: string): Person | undefined {
    const managerId = this.personById.get(id)?.managerId;
    return managerId == null ? undefined : this.personById.get(managerId);
  }

  getDirectReports(id: string): Person[] {
    return [...(this.reportsByManager.get(id) ?? [])];
  }

  /** Walks up from `personId`; the hierarchy is a few levels deep, and the walk stops after `people.length` steps. */
  isAbove(ancestorId: string, personId: string): boolean {
    let current = this.personById.get(personId);
    for (let steps = 0; current && steps < this.people.length; steps++) {
      const managerId: string | null = current.managerId;
      if (managerId === null) return false;
      if (managerId === ancestorId) return ancestorId !== personId;
      current = this.personById.get(managerId);
    }
    return false;
  }

  getUnit(id: string): Unit | undefined {
    return this.unitById.get(id);
  }

  listUnits(): Unit[] {
    return [...this.units];
  }

  getOpdOf(unitId: string): Unit | undefined {
    return this.opdByUnit.get(unitId);
  }

  /** Recursive: breadth-first over the unit subtree, so O(units below + members), and each unit once. */
  getUnitMembers(unitId: string, options?: { recursive?: boolean }): Person[] {
    if (!options?.recursive) return [...(this.membersByUnit.get(unitId) ?? [])];
    if (!this.unitById.has(unitId)) return [];
    const members: Person[] = [];
    const seen = new Set<string>([unitId]);
    const queue = [unitId];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      members.push(...(this.membersByUnit.get(id) ?? []));
      for (const child of this.childUnits.get(id) ?? []) {
        if (!seen.has(child.id)) {
          seen.add(child.id);
          queue.push(child.id);
        }
      }
    }
    return members;
  }

  listPeople(): Person[] {
    return [...this.people];
  }

  listByRole(role: Role): Person[] {
    return [...(this.peopleByRole.get(role) ?? [])];
  }

  /**
   * An OPD (perangkat daerah) is a unit without a parent, or whose parent is a root unit: in Pontianak the
   * root is the Sekretariat Daerah, itself an OPD, with the dinas, badan and kecamatan directly below it.
   */
  private isOpd(unit: Unit): boolean {
    if (unit.parentId === null) return true;
    return this.unitById.get(unit.parentId)?.parentId === null;
  }

  /** Memoised walk up to the nearest OPD, bounded by the unit count in case of a cycle. */
  private findOpd(start: Unit): Unit | undefined {
    const path: Unit[] = [];
    let current: Unit | undefined = start;
    let opd: Unit | undefined;
    while (current && path.length <= this.units.length) {
      const known = this.opdByUnit.get(current.id);
      if (known || this.isOpd(current)) {
        opd = known ?? current;
        break;
      }
      path.push(current);
      current = current.parentId === null ? undefined : this.unitById.get(current.parentId);
    }
    if (opd) for (const unit of path) this.opdByUnit.set(unit.id, opd);
    return opd;
  }
}
