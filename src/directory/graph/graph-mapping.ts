import { z } from "zod";
import { JABATAN_TYPES, type JabatanType, type Organization } from "../../domain/org";

/**
 * How Graph users become the app's people and units. Everything but the organisation and the admin
 * group is optional: by default units are the distinct `department` names (id = slug) hanging flat
 * under `rootUnit` (or at the top when there is none), and `employeeType` holds one of the five
 * jabatan types verbatim.
 */
export interface GraphOrgMapping {
  organization: Organization;
  /** Entra group whose (transitive) user members get role `admin`. */
  adminGroupId: string;
  /** Entra group whose (transitive) user members get role `kompetensi`. */
  kompetensiGroupId?: string;
  /** People expected to have no manager (e.g. Wali Kota, Sekda); anyone else without one is reported. */
  topUserIds?: string[];
  /** department name -> unit id. When given, a department not listed is an `unknown_unit` problem. */
  departmentUnits?: Record<string, string>;
  /** Unit tree: unit id -> name and parent. Units not listed hang under `rootUnit`. */
  units?: Record<string, { name?: string; parentId: string | null }>;
  /** The unit every unlisted unit hangs under (e.g. the Pemkot or the Setda). */
  rootUnit?: { id: string; name: string };
  /** employeeType value -> jabatan type; default: the five values themselves. */
  jabatanTypes?: Record<string, JabatanType>;
}

export const DEFAULT_JABATAN_TYPES: Readonly<Record<string, JabatanType>> = Object.fromEntries(
  JABATAN_TYPES.map((t) => [t, t]),
);

const id = z.string().trim().min(1);

/** The mapping as read from a JSON file; checks that the unit tree and the maps refer to known units. */
export const GraphOrgMappingSchema = z
  .object({
    organization: z.object({ id, name: id, timeZone: id }),
    adminGroupId: id,
    kompetensiGroupId: id.optional(),
    topUserIds: z.array(id).optional(),
    departmentUnits: z.record(z.string(), id).optional(),
    units: z.record(id, z.object({ name: z.string().optional(), parentId: id.nullable() })).optional(),
    rootUnit: z.object({ id, name: id }).optional(),
    jabatanTypes: z.record(z.string(), z.enum(JABATAN_TYPES)).optional(),
  })
  .superRefine((m, ctx) => {
    const known = new Set([...Object.keys(m.units ?? {}), ...(m.rootUnit ? [m.rootUnit.id] : [])]);
    for (const [unitId, unit] of Object.entries(m.units ?? {})) {
      if (unit.parentId !== null && !known.has(unit.parentId)) {
        ctx.addIssue({ code: "custom", path: ["units", unitId, "parentId"], message: `unknown parent unit "${unit.parentId}"` });
      }
    }
  });

/** A unit id from a department name: lower case ASCII, words joined by dashes ("Dinas Kesehatan" -> "dinas-kesehatan"). */
export function slugUnitId(department: string): string {
  return department
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
