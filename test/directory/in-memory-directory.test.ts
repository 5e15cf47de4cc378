import type { OrgData, Person, Unit } from "../../src/domain/org";
import { generateSyntheticOrg, InMemoryDirectory, parseOrgFile } from "../../src/directory";

const unit = (id: string, parentId: string | null): Unit => ({ id, name: id, parentId });
const person = (id: string, managerId: string | null, unitId: string, roles: Person["roles"] = []): Person => ({
  id, displayName: id, userPrincipalName: `${id}@example.test`, nip: "199001012015011001", jobTitle: "x",
  jabatanType: "Pelaksana", unitId, managerId, roles,
});
const org = { id: "o", name: "O", timeZone: "Asia/Jakarta" };

/** root -> opd -> bidang -> seksi, and a second tree without a root-level parent ("lone"). */
const data: OrgData = {
  organization: org,
  units: [unit("root", null), unit("opd", "root"), unit("bidang", "opd"), unit("seksi", "bidang"), unit("lone", null)],
  people: [
    person("a", null, "root"), person("b", "a", "opd", ["admin"]), person("c", "b", "bidang"),
    person("d", "c", "seksi", ["admin", "kompetensi"]), person("e", "c", "seksi"), person("f", null, "lone"),
  ],
};

describe("InMemoryDirectory lookups", () => {
  const dir = new InMemoryDirectory(data);

  test("unknown ids give undefined or empty answers, never throw", () => {
    expect(dir.getPerson("zz")).toBeUndefined();
    expect(dir.getManager("zz")).toBeUndefined();
    expect(dir.getDirectReports("zz")).toEqual([]);
    expect(dir.isAbove("a", "zz")).toBe(false);
    expect(dir.isAbove("zz", "d")).toBe(false);
    expect(dir.getUnit("zz")).toBeUndefined();
    expect(dir.getOpdOf("zz")).toBeUndefined();
    expect(dir.getUnitMembers("zz", { recursive: true })).toEqual([]);
  });

  test("getOpdOf walks up to the unit below the root, at any depth; a root is its own OPD", () => {
    expect(["opd", "bidang", "seksi"].map((id) => dir.getOpdOf(id)?.id)).toEqual(["opd", "opd", "opd"]);
    expect(dir.getOpdOf("root")?.id).toBe("root");
    expect(dir.getOpdOf("lone")?.id).toBe("lone");
  });

  test("recursive unit members cover every level below, non-recursive only the unit itself", () => {
    expect(dir.getUnitMembers("opd", { recursive: true }).map((p) => p.id)).toEqual(["b", "c", "d", "e"]);
    expect(dir.getUnitMembers("opd").map((p) => p.id)).toEqual(["b"]);
    expect(dir.getUnitMembers("seksi", { recursive: false }).map((p) => p.id)).toEqual(["d", "e"]);
  });

  test("isAbove across several levels, and not between separate trees", () => {
    expect(dir.isAbove("a", "e")).toBe(true);
    expect(dir.isAbove("b", "d")).toBe(true);
    expect(dir.isAbove("d", "e")).toBe(false);
    expect(dir.isAbove("f", "e")).toBe(false);
  });

  test("listByRole and listPeople keep file order", () => {
    expect(dir.listByRole("admin").map((p) => p.id)).toEqual(["b", "d"]);
    expect(dir.listByRole("kompetensi").map((p) => p.id)).toEqual(["d"]);
    expect(dir.listPeople().map((p) => p.id)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  test("answers cannot change the snapshot: arrays are copies, people and units are frozen", () => {
    dir.getDirectReports("c").pop();
    dir.listPeople().length = 0;
    expect(dir.getDirectReports("c")).toHaveLength(2);
    expect(dir.listPeople()).toHaveLength(6);
    expect(Object.isFrozen(dir.getPerson("d"))).toBe(true);
    expect(Object.isFrozen(dir.getPerson("d")?.roles)).toBe(true);
    expect(Object.isFrozen(dir.getUnit("opd"))).toBe(true);
  });

  test("the snapshot does not follow later edits of the input data", () => {
    const input = structuredClone(data);
    const snapshot = new InMemoryDirectory(input);
    (input.people[1] as Person).managerId = null;
    expect(snapshot.getManager("b")?.id).toBe("a");
  });
});

test("unvalidated data with cycles does not hang isAbove or getOpdOf", () => {
  const cyclic: OrgData = {
    organization: org,
    units: [unit("u1", "u2"), unit("u2", "u1")],
    people: [person("p", "q", "u1"), person("q", "p", "u2")],
  };
  const dir = new InMemoryDirectory(cyclic);
  expect(dir.isAbove("x", "p")).toBe(false);
  expect(dir.isAbove("p", "p")).toBe(false);
  expect(dir.getOpdOf("u1")).toBeUndefined();
  expect(dir.getUnitMembers("u1", { recursive: true }).map((p) => p.id)).toEqual(["p", "q"]);
});

test("a 6,000-person directory builds and answers from its indexes", () => {
  const data6000 = parseOrgFile(generateSyntheticOrg({ employees: 6000, seed: 3 }));
  const dir = new InMemoryDirectory(data6000);
  const deepest = data6000.people[data6000.people.length - 1]!;
  expect(dir.getPerson(deepest.id)).toEqual(deepest);
  expect(dir.getManager(deepest.id)?.id).toBe(deepest.managerId);
  expect(dir.getUnitMembers(dir.getOpdOf(deepest.unitId)!.id, { recursive: true })).toContainEqual(deepest);
  const totalReports = data6000.people.reduce((n, p) => n + dir.getDirectReports(p.id).length, 0);
  expect(totalReports).toBe(5999);
});
