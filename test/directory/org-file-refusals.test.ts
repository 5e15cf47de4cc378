import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadOrgFile, OrgFileError, parseOrgFile } from "../../src/directory";

interface RawUser { [key: string]: unknown; id: string; managerId: string | null }
interface RawFile { organization: Record<string, unknown>; units: Record<string, unknown>[]; users: RawUser[] }

const DEMO_TEXT = readFileSync(path.resolve(__dirname, "../../data/org-demo.json"), "utf8");
const demo = (): RawFile => JSON.parse(DEMO_TEXT) as RawFile;

/** Index of a demo user by display name, so a test reads like the people it breaks. */
function at(file: RawFile, displayName: string): number {
  const index = file.users.findIndex((u) => u.displayName === displayName);
  if (index < 0) throw new Error(`no ${displayName} in the demo`);
  return index;
}
const user = (file: RawFile, displayName: string) => file.users[at(file, displayName)] as RawUser;
const label = (file: RawFile, displayName: string) =>
  `users[${at(file, displayName)}] (id "${user(file, displayName).id}", "${displayName}")`;

function refusal(file: unknown): OrgFileError {
  try {
    parseOrgFile(file);
  } catch (err) {
    if (err instanceof OrgFileError) return err;
    throw err;
  }
  throw new Error("the file was accepted");
}

test("the unbroken demo is accepted (the baseline every case below breaks)", () => {
  expect(parseOrgFile(demo()).people).toHaveLength(28);
});

test("bad shapes name the user, by index, id and name, and the field", () => {
  const file = demo();
  delete user(file, "Utin Wijaya").jobTitle;
  user(file, "Eko Kusuma").employeeId = "19970826202404100";
  user(file, "Eko Lestari").employeeId = "19731012199612100X";
  user(file, "Ahmad Susanto").jabatanType = "Eselon II";
  user(file, "Sri Simanjuntak").roles = ["admin", "superuser"];
  const err = refusal(file);
  expect(err.problems).toEqual([
    `${label(file, "Utin Wijaya")}: jobTitle: Invalid input: expected string, received undefined`,
    `${label(file, "Sri Simanjuntak")}: roles[1]: unknown role "superuser" (expected admin | kompetensi)`,
    `${label(file, "Eko Kusuma")}: employeeId: NIP must be exactly 18 digits`,
    `${label(file, "Eko Lestari")}: employeeId: NIP must be exactly 18 digits`,
    `${label(file, "Ahmad Susanto")}: jabatanType: unknown jabatanType "Eselon II" (expected JPT | Administrator | Pengawas | Fungsional | Pelaksana)`,
  ]);
  // Utin's reports are not also reported as "unknown manager": Utin exists, only her entry is broken.
  expect(err.message).not.toContain("is not a user");
  expect(err.message).toContain("organisation file refused (5 problems):");
});

test("a user without an id is named by its index", () => {
  const file = demo();
  delete (file.users[0] as Partial<RawUser>).id;
  expect(refusal(file).problems).toContain("users[0]: id: Invalid input: expected string, received undefined");
});

test("unknown managers are all named", () => {
  const file = demo();
  user(file, "Eko Kusuma").managerId = "no-such-person";
  user(file, "Nur Pratama").managerId = "another-ghost";
  expect(refusal(file).problems).toEqual([
    `${label(file, "Eko Kusuma")}: managerId "no-such-person" is not a user in this file`,
    `${label(file, "Nur Pratama")}: managerId "another-ghost" is not a user in this file`,
  ]);
});

test("every management cycle is named with the people in it", () => {
  const file = demo();
  user(file, "Felicia Wijaya").managerId = user(file, "Eko Kusuma").id; // Sekda -> Eko Kusuma -> Utin -> Eko Halim -> Sekda
  user(file, "Gusti Hidayat").managerId = user(file, "Gusti Hidayat").id; // manages himself
  const problems = refusal(file).problems;
  expect(problems).toEqual([
    `management cycle: ${["Felicia Wijaya", "Eko Kusuma", "Utin Wijaya", "Eko Halim"].map((n) => label(file, n)).join(" -> ")}` +
      ` -> back to ${label(file, "Felicia Wijaya")}`,
    `management cycle: ${label(file, "Gusti Hidayat")} -> back to ${label(file, "Gusti Hidayat")}`,
  ]);
});

test("duplicate ids, NIPs and userPrincipalNames name every holder", () => {
  const file = demo();
  user(file, "Eko Lestari").id = user(file, "Eko Kusuma").id;
  user(file, "Siti Lestari").employeeId = user(file, "Agus Maulana").employeeId;
  user(file, "Nur Pratama").employeeId = user(file, "Agus Maulana").employeeId;
  user(file, "Putri Lim").userPrincipalName = "ABANG.HAMID@pontianak.go.id";
  const [eko, ekoL] = [at(file, "Eko Kusuma"), at(file, "Eko Lestari")];
  const ekoId = user(file, "Eko Kusuma").id;
  expect(refusal(file).problems).toEqual([
    `duplicate user id: users[${eko}] (id "${ekoId}", "Eko Kusuma"), users[${ekoL}] (id "${ekoId}", "Eko Lestari")`,
    `duplicate NIP (employeeId): ${["Siti Lestari", "Agus Maulana", "Nur Pratama"].map((n) => label(file, n)).join(", ")}`,
    `duplicate userPrincipalName: ${label(file, "Putri Lim")}, ${label(file, "Abang Hamid")}`,
  ]);
});

test("units: unknown unit of a user, unknown parent, duplicate id and cycles are all named", () => {
  const file = demo();
  user(file, "Hendra Kurniawan").unitId = "dinkes-p2p";
  file.units[2] = { ...file.units[2], parentId: "bkpsdm-lama" }; // bkpsdm-pk under a unit that does not exist
  file.units[0] = { ...file.units[0], parentId: "dinkes-yankes" }; // setda under its own grandchild
  file.units.push({ id: "bkpsdm-psda", name: "Bidang Pengembangan SDA (lama)", parentId: "bkpsdm" }); // units[10]
  expect(refusal(file).problems).toEqual([
    'duplicate unit id: units[3] (id "bkpsdm-psda"), units[10] (id "bkpsdm-psda")',
    'units[2] (id "bkpsdm-pk"): parentId "bkpsdm-lama" is not a unit in this file',
    'unit hierarchy cycle: units[0] (id "setda") -> units[7] (id "dinkes-yankes") -> units[6] (id "dinkes")' +
      ' -> back to units[0] (id "setda")',
    `${label(file, "Hendra Kurniawan")}: unitId "dinkes-p2p" is not a unit in this file`,
  ]);
});

test("all kinds of problems at once are reported together", () => {
  const file = demo();
  user(file, "Eko Kusuma").employeeId = "123";
  user(file, "Nur Pratama").managerId = "ghost";
  user(file, "Lina Permata").unitId = "nowhere";
  user(file, "Siti Lestari").id = user(file, "Rahmawati Maulana").id;
  file.units[1] = { ...file.units[1], parentId: "bkpsdm-pk" }; // bkpsdm <-> bkpsdm-pk
  const problems = refusal(file).problems;
  expect(problems).toHaveLength(5);
  for (const name of ["Eko Kusuma", "Nur Pratama", "Lina Permata", "Siti Lestari", "Rahmawati Maulana"]) {
    expect(problems.join("\n")).toContain(`"${name}"`);
  }
  expect(problems.join("\n")).toContain('unit hierarchy cycle: units[1] (id "bkpsdm") -> units[2] (id "bkpsdm-pk")');
});

test("a broken frame: not an object, missing arrays, a bad organization", () => {
  expect(refusal([]).problems).toEqual(["the file must be a JSON object with organization, units and users"]);
  expect(refusal({ organization: { id: "x", name: "X", timeZone: "Mars/Olympus" }, units: [] }).problems).toEqual([
    "organization: timeZone: must be an IANA time zone such as Asia/Jakarta",
    "users: must be an array",
  ]);
});

test("loadOrgFile names the path for a missing file, bad JSON and a refused file", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "org-file-"));
  const missing = path.join(dir, "missing.json");
  await expect(loadOrgFile(missing)).rejects.toThrow(`${missing} refused (1 problem):\n  - cannot read the file`);
  const badJson = path.join(dir, "bad.json");
  await writeFile(badJson, "{ not json");
  await expect(loadOrgFile(badJson)).rejects.toThrow(/bad\.json refused \(1 problem\):\n {2}- not valid JSON/);
  const broken = path.join(dir, "broken.json");
  const file = demo();
  user(file, "Eko Kusuma").managerId = "ghost";
  await writeFile(broken, "\uFEFF" + JSON.stringify(file)); // with a BOM, as some Windows editors save
  await expect(loadOrgFile(broken)).rejects.toThrow(/broken\.json refused \(1 problem\):\n {2}- users\[4\].*"ghost"/);
});
