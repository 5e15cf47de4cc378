/**
 * The local org-directory file (the `file` directory, used when no Graph tenant is configured).
 * A broken file is refused at start with one error that names every offending entry, so the person
 * maintaining the file can fix it in one round instead of one start per mistake.
 */
import { readFile } from "node:fs/promises";
import type { z } from "zod";
import type { OrgData, Person, Unit } from "../domain/org";
import { checkReferences, unitLabel, userLabel, type Indexed } from "./org-file-checks";
import { organizationSchema, unitFileSchema, userFileSchema, type UnitFileEntry } from "./org-file-schema";

export class OrgFileError extends Error {
  constructor(
    readonly problems: readonly string[],
    readonly source = "organisation file",
  ) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`${source} refused (${count}):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "OrgFileError";
  }
}

type ParsedUser = z.output<typeof userFileSchema>;

/** "roles.0" reads worse than "roles[0]" in a message about a JSON file. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : (i === 0 ? "" : ".") + String(k))).join("");
}

function shapeProblems(label: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${label}: ${issue.path.length ? formatPath(issue.path) + ": " : ""}${issue.message}`);
}

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** Parses entries one by one: valid ones are kept for the reference checks, ids of broken ones are remembered. */
function parseEntries<T>(raw: unknown[], schema: z.ZodType<T>, label: (i: number, e: unknown) => string,
  problems: string[]): { valid: Indexed<T>[]; looseIds: Set<string> } {
  const valid: Indexed<T>[] = [];
  const looseIds = new Set<string>();
  raw.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) {
      valid.push({ index, entry: result.data });
    } else {
      problems.push(...shapeProblems(label(index, entry), result.error));
      const id = field(entry, "id");
      if (typeof id === "string") looseIds.add(id);
    }
  });
  return { valid, looseIds };
}

function arrayField(json: unknown, key: string, problems: string[]): unknown[] {
  const value = field(json, key);
  if (Array.isArray(value)) return value;
  problems.push(`${key}: must be an array`);
  return [];
}

function toPerson(u: ParsedUser): Person {
  return {
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    nip: u.employeeId,
    jobTitle: u.jobTitle,
    jabatanType: u.jabatanType,
    unitId: u.unitId,
    managerId: u.managerId,
    roles: [...new Set(u.roles)],
  };
}

/** Validates an already-parsed JSON value; throws OrgFileError listing every problem. */
export function parseOrgFile(json: unknown, source?: string): OrgData {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new OrgFileError(["the file must be a JSON object with organization, units and users"], source);
  }
  const problems: string[] = [];
  const organization = organizationSchema.safeParse(field(json, "organization"));
  if (!organization.success) problems.push(...shapeProblems("organization", organization.error));
  const units = parseEntries<UnitFileEntry>(arrayField(json, "units", problems), unitFileSchema, (i, e) =>
    unitLabel(i, field(e, "id")), problems);
  const users = parseEntries<ParsedUser>(arrayField(json, "users", problems), userFileSchema, (i, e) =>
    userLabel(i, field(e, "id"), field(e, "displayName")), problems);
  problems.push(...checkReferences(units.valid, users.valid, units.looseIds, users.looseIds));
  if (problems.length > 0 || !organization.success) throw new OrgFileError(problems, source);
  return {
    organization: organization.data,
    units: units.valid.map(({ entry }): Unit => ({ id: entry.id, name: entry.name, parentId: entry.parentId })),
    people: users.valid.map(({ entry }) => toPerson(entry)),
  };
}

/** Reads, parses and validates an org file; I/O and JSON syntax errors become OrgFileError too. */
export async function loadOrgFile(path: string): Promise<OrgData> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new OrgFileError([`cannot read the file: ${(err as Error).message}`], path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, "")); // a BOM from a Windows editor is not an error
  } catch (err) {
    throw new OrgFileError([`not valid JSON: ${(err as Error).message}`], path);
  }
  return parseOrgFile(json, path);
}
