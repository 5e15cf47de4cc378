/**
 * Shape of the org-directory file (/work/shared/fixtures/README.md): the Graph-like `users[]` the local `file`
 * directory reads. Only shape lives here; references between entries are checked in org-file-checks.ts.
 * Entries are parsed one by one (not the whole file at once) so a broken entry does not hide the others.
 */
import { z } from "zod";
import { JABATAN_TYPES, ROLES } from "../domain/org";
import { NIP_PATTERN } from "./nip";

const nonEmpty = z.string().trim().min(1, "must not be empty");

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const organizationSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  timeZone: z.string().refine(isTimeZone, "must be an IANA time zone such as Asia/Jakarta"),
});

export const unitFileSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  // Required (null for a root) so that a misspelt key is refused instead of silently making a new root.
  parentId: nonEmpty.nullable(),
});

const choices = (values: readonly string[]) => values.join(" | ");

export const userFileSchema = z.object({
  id: nonEmpty,
  displayName: nonEmpty,
  userPrincipalName: z.string().regex(/^[^@\s]+@[^@\s]+$/, "must look like name@domain"),
  employeeId: z.string().regex(NIP_PATTERN, "NIP must be exactly 18 digits"),
  jobTitle: nonEmpty,
  jabatanType: z.enum(JABATAN_TYPES, {
    error: (iss) => `unknown jabatanType ${JSON.stringify(iss.input)} (expected ${choices(JABATAN_TYPES)})`,
  }),
  unitId: nonEmpty,
  // Required for the same reason as Unit.parentId: a missing manager would silently end a reporting line.
  managerId: nonEmpty.nullable(),
  roles: z
    .array(z.enum(ROLES, { error: (iss) => `unknown role ${JSON.stringify(iss.input)} (expected ${choices(ROLES)})` }))
    .default([]),
});

export type UnitFileEntry = z.infer<typeof unitFileSchema>;
export type UserFileEntry = z.input<typeof userFileSchema>;

/** The file as written (what the synthetic generator produces and `parseOrgFile` reads). */
export interface OrgFileJson {
  organization: z.infer<typeof organizationSchema>;
  units: UnitFileEntry[];
  users: UserFileEntry[];
}
