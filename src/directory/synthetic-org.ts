/**
 * A synthetic Pemerintah Kota Pontianak of any size, in the org-file format, for load tests and benchmarks.
 * Shape: Sekretaris Daerah at the root; below it each OPD with its head (JPT; a Camat is Administrator), a
 * Sekretariat and 2-4 bidang (kelurahan for a kecamatan) led by an Administrator (a Lurah is Pengawas), each
 * with Pengawas-led subbagian/seksi; Fungsional and Pelaksana staff report to those heads.
 * Deterministic for a seed, and exactly `employees` people: positions are filled level by level (all OPD
 * heads before any division head, and so on), so a small budget still yields a connected hierarchy.
 */
import type { JabatanType, Role } from "../domain/org";
import type { OrgFileJson, UnitFileEntry, UserFileEntry } from "./org-file-schema";
import { OPD_CATALOGUE, type OpdTemplate, type StaffKind } from "./synthetic-catalogue";
import { createIdentityFactory, staffPosition } from "./synthetic-people";
import { createRandom, type Random } from "./synthetic-random";

export interface SyntheticOrgOptions {
  employees: number;
  /** Perangkat daerah directly under the Sekretariat Daerah (default 40, at most OPD_CATALOGUE.length). */
  opds?: number;
  seed?: number;
}

interface Slot {
  level: number;
  opdIndex: number;
  unitId: string;
  jobTitle: string;
  jabatanType: JabatanType;
  manager: Slot | null;
  kind: StaffKind;
  /** Set in a BKPSDM bidang that carries a role: its head and first staff (up to a quota) get that role. */
  roleGroup?: Role;
  id?: string;
}

const ROOT_UNIT: UnitFileEntry = { id: "setda", name: "Sekretariat Daerah Kota Pontianak", parentId: null };
const ROLE_QUOTA: Record<Role, number> = { admin: 3, kompetensi: 2 };
const SECRETARIAT_SUBUNITS = ["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Subbagian Perencanaan dan Pelaporan"];
const KELURAHAN_SEKSI = ["Seksi Pemerintahan", "Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat"];
const SUBUNIT_FOCUS = ["Perencanaan", "Pembinaan", "Pengendalian"];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const afterFirstWord = (s: string) => s.slice(s.indexOf(" ") + 1);

function divisionHeadTitle(name: string): string {
  if (name.startsWith("Sekretariat ")) return `Sekretaris ${afterFirstWord(name)}`;
  if (name.startsWith("Kelurahan ")) return `Lurah ${afterFirstWord(name)}`;
  if (name.startsWith("Inspektur ")) return name;
  return `Kepala ${name}`;
}

/** Subbagian/seksi of a division; an Inspektur Pembantu has none (the auditors report to them directly). */
function subunitNames(rnd: Random, division: string, isSecretariat: boolean): string[] {
  if (division.startsWith("Inspektur ")) return [];
  if (isSecretariat) return SECRETARIAT_SUBUNITS.slice(0, rnd.int(2, 3));
  if (division.startsWith("Kelurahan ")) return KELURAHAN_SEKSI.slice(0, rnd.int(2, 3)).map((s) => `${s} ${division}`);
  const [kind, topic] = division.startsWith("Bagian ") ? ["Subbagian", afterFirstWord(division)] : ["Seksi", afterFirstWord(division)];
  return SUBUNIT_FOCUS.slice(0, rnd.int(1, 3)).map((focus) => `${kind} ${focus} ${topic}`);
}

/** Units and the structural positions (levels 0-3) of the chosen OPDs, plus who may lead staff per OPD. */
function planStructure(rnd: Random, templates: readonly OpdTemplate[]) {
  const units: UnitFileEntry[] = [ROOT_UNIT];
  const sekda: Slot = { level: 0, opdIndex: -1, unitId: ROOT_UNIT.id, jobTitle: "Sekretaris Daerah", jabatanType: "JPT",
    manager: null, kind: "general" };
  const opdHeads: Slot[] = [];
  const divisionHeads: Slot[] = [];
  const subunitHeads: Slot[] = [];
  const staffAnchors: Slot[][] = [];
  templates.forEach((t, opdIndex) => {
    units.push({ id: t.id, name: t.name, parentId: ROOT_UNIT.id });
    const head: Slot = { level: 1, opdIndex, unitId: t.id, jobTitle: t.head ?? `Kepala ${t.name}`,
      jabatanType: t.kecamatan ? "Administrator" : "JPT", manager: sekda, kind: t.kind };
    opdHeads.push(head);
    const anchors: Slot[] = [];
    const divisions = [t.secretariat ?? `Sekretariat ${t.name}`, ...t.divisions.slice(0, rnd.int(2, Math.min(4, t.divisions.length)))];
    divisions.forEach((division, d) => {
      const unitId = d === 0 ? `${t.id}-sekretariat` : `${t.id}-${slug(afterFirstWord(division))}`;
      units.push({ id: unitId, name: division, parentId: t.id });
      const lurah = division.startsWith("Kelurahan ");
      const divisionHead: Slot = { level: 2, opdIndex, unitId, jobTitle: divisionHeadTitle(division),
        jabatanType: lurah ? "Pengawas" : "Administrator", manager: head, kind: t.kind, roleGroup: t.divisionRoles?.[division] };
      divisionHeads.push(divisionHead);
      anchors.push(divisionHead);
      subunitNames(rnd, division, d === 0).forEach((name, s) => {
        const subunitId = `${unitId}-${s + 1}`;
        units.push({ id: subunitId, name, parentId: unitId });
        const subHead: Slot = { level: 3, opdIndex, unitId: subunitId, jobTitle: `Kepala ${name}`, jabatanType: "Pengawas",
          manager: divisionHead, kind: t.kind, roleGroup: divisionHead.roleGroup };
        subunitHeads.push(subHead);
        // Seksi heads take three times the staff of a division head (who mostly leads through them).
        anchors.push(subHead, subHead, subHead);
      });
    });
    staffAnchors.push(anchors);
  });
  return { units, levels: [[sekda], opdHeads, divisionHeads, subunitHeads], staffAnchors };
}

/** Splits `total` in proportion to `weights`, exactly (largest remainder), so the people count is exact. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) {
    const i = byRemainder[k]?.i as number;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

export function generateSyntheticOrg(options: SyntheticOrgOptions): OrgFileJson {
  const { employees, opds = 40, seed = 42 } = options;
  if (!Number.isInteger(employees) || employees < 1) throw new RangeError(`employees must be a positive integer, got ${employees}`);
  if (!Number.isInteger(opds) || opds < 1 || opds > OPD_CATALOGUE.length) {
    throw new RangeError(`opds must be an integer from 1 to ${OPD_CATALOGUE.length}, got ${opds}`);
  }
  const rnd = createRandom(seed);
  const templates = OPD_CATALOGUE.slice(0, opds);
  const { units, levels, staffAnchors } = planStructure(rnd, templates);

  const filled = levels.flat().slice(0, employees);
  const staffCounts = apportion(employees - filled.length, templates.map((t) => t.weight));
  staffCounts.forEach((count, opdIndex) => {
    const anchors = staffAnchors[opdIndex] ?? [];
    for (let k = 0; k < count; k++) {
      const manager = rnd.pick(anchors);
      filled.push({ level: 4, opdIndex, unitId: manager.unitId, manager, kind: manager.kind, roleGroup: manager.roleGroup,
        ...staffPosition(rnd, manager.kind) });
    }
  });

  // Ids first (every manager needs one before anyone points at it); then group the file by OPD for readers.
  for (const slot of filled) slot.id = rnd.guid();
  const ordered = filled.map((slot, order) => ({ slot, order }))
    .sort((a, b) => a.slot.opdIndex - b.slot.opdIndex || a.slot.level - b.slot.level || a.order - b.order)
    .map(({ slot }) => slot);
  const identity = createIdentityFactory(rnd, "pontianak.go.id");
  const roleCount: Record<Role, number> = { admin: 0, kompetensi: 0 };
  const users = ordered.map((slot): UserFileEntry => {
    const role = slot.roleGroup;
    // The bidang head and the first staff members hold the role (Admin Kinerja are analysts, not seksi heads).
    const eligible = role !== undefined && slot.level !== 3 && roleCount[role] < ROLE_QUOTA[role];
    if (eligible) roleCount[role]++;
    const roles: Role[] = eligible ? [role] : [];
    return { id: slot.id as string, ...identity(slot.jabatanType), jobTitle: slot.jobTitle, jabatanType: slot.jabatanType,
      unitId: slot.unitId, managerId: slot.manager?.id ?? null, ...(roles.length ? { roles } : {}) };
  });
  return { organization: { id: "pemkot-pontianak", name: "Pemerintah Kota Pontianak", timeZone: "Asia/Jakarta" }, units, users };
}
