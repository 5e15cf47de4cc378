/**
 * The organisation as the app sees it: people, units and the hierarchy.
 * Authority is always derived from this model at the moment of an action (DOMAIN.md section 1).
 */
export const JABATAN_TYPES = ["JPT", "Administrator", "Pengawas", "Fungsional", "Pelaksana"] as const;
export type JabatanType = (typeof JABATAN_TYPES)[number];

/** admin = Admin Kinerja (BKPSDM); kompetensi = Pengelola Kompetensi (BKPSDM). */
export const ROLES = ["admin", "kompetensi"] as const;
export type Role = (typeof ROLES)[number];

export interface Organization {
  id: string;
  name: string;
  timeZone: string;
}

export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
}

export interface Person {
  /** Entra object id; Teams sends it as from.aadObjectId. */
  id: string;
  displayName: string;
  userPrincipalName: string;
  /** NIP (PNS) or the PPPK number, 18 digits. */
  nip: string;
  jobTitle: string;
  jabatanType: JabatanType;
  unitId: string;
  managerId: string | null;
  roles: Role[];
}

/** Raw organisation data as a directory source delivers it (file or Graph). */
export interface OrgData {
  organization: Organization;
  units: Unit[];
  people: Person[];
}

/**
 * Read-only, synchronous view of one directory snapshot. Sources (the local file, Microsoft Graph)
 * build a snapshot; lookups never do I/O, so authorization checks are cheap and consistent.
 */
export interface OrgDirectory {
  readonly organization: Organization;
  getPerson(id: string): Person | undefined;
  getManager(id: string): Person | undefined;
  getDirectReports(id: string): Person[];
  /** True when `ancestorId` is above `personId` in the hierarchy (not the person themself). */
  isAbove(ancestorId: string, personId: string): boolean;
  getUnit(id: string): Unit | undefined;
  listUnits(): Unit[];
  /** The top-level unit (OPD) a unit belongs to: the ancestor whose parent is the root or null. */
  getOpdOf(unitId: string): Unit | undefined;
  /** Members of a unit; with `recursive`, also of every unit below it. */
  getUnitMembers(unitId: string, options?: { recursive?: boolean }): Person[];
  listPeople(): Person[];
  listByRole(role: Role): Person[];
}

/** The OPDs of the directory: the units that are their own top-level unit. */
export function opdIdsOf(directory: OrgDirectory): Set<string> {
  return new Set(directory.listUnits().filter((u) => directory.getOpdOf(u.id)?.id === u.id).map((u) => u.id));
}

/**
 * People by the OPD of their unit. Not getUnitMembers(opd, recursive): the Sekretariat Daerah is the root unit
 * and an OPD itself, and the units of every other OPD hang below it, so "below Setda" is the whole city.
 */
export function peopleByOpd(directory: OrgDirectory): Map<string, Person[]> {
  const out = new Map<string, Person[]>();
  for (const p of directory.listPeople()) {
    const opdId = directory.getOpdOf(p.unitId)?.id;
    if (!opdId) continue;
    const list = out.get(opdId);
    if (list) list.push(p);
    else out.set(opdId, [p]);
  }
  return out;
}
