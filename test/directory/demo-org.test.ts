import { existsSync } from "node:fs";
import path from "node:path";
import { createFileDirectory, InMemoryDirectory, loadOrgFile } from "../../src/directory";

const DEMO = path.resolve(__dirname, "../../data/org-demo.json");
const SHARED_DEMO = "/work/shared/fixtures/org-demo.json";

const FELICIA = "186c39e8-c7bb-49f6-a2a2-14e8bbe9c675"; // Sekretaris Daerah
const EKO_HALIM = "e2e90528-a4e0-489e-9888-df205bd0f521"; // Kepala BKPSDM
const UTIN = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Kepala Bidang PK, admin
const EKO_KUSUMA = "449ab166-8186-4856-8c52-9b4839c340b3";
const PUTRI_PERMATA = "37ef1c35-9b20-431f-8e78-e7aa3569ad45";
const GUSTI_RAHMAN = "ae433d84-9950-4030-ae27-6d6c733171b5"; // Kepala Disdukcapil

const names = (people: { displayName: string }[]) => people.map((p) => p.displayName);

describe("the bundled demo organisation (data/org-demo.json)", () => {
  let dir: InMemoryDirectory;
  beforeAll(async () => {
    dir = await createFileDirectory(DEMO);
  });

  test("loads every unit and person", () => {
    expect(dir.organization).toEqual({ id: "pemkot-pontianak", name: "Pemerintah Kota Pontianak", timeZone: "Asia/Jakarta" });
    expect(dir.listUnits()).toHaveLength(10);
    expect(dir.listPeople()).toHaveLength(28);
  });

  test("maps employeeId to nip and defaults roles to []", () => {
    expect(dir.getPerson(EKO_KUSUMA)).toEqual({
      id: EKO_KUSUMA, displayName: "Eko Kusuma", userPrincipalName: "eko.kusuma@pontianak.go.id",
      nip: "199708262024041005", jobTitle: "Pengolah Data dan Informasi", jabatanType: "Pelaksana",
      unitId: "bkpsdm-pk", managerId: UTIN, roles: [],
    });
  });

  test("Eko Kusuma's manager is Utin Wijaya, whose manager is Eko Halim", () => {
    expect(dir.getManager(EKO_KUSUMA)?.displayName).toBe("Utin Wijaya");
    expect(dir.getManager(UTIN)?.id).toBe(EKO_HALIM);
    expect(dir.getManager(FELICIA)).toBeUndefined();
  });

  test("Utin's direct reports, in file order", () => {
    expect(names(dir.getDirectReports(UTIN))).toEqual(["Sri Simanjuntak", "Eko Kusuma", "Eko Lestari", "Ahmad Susanto"]);
    expect(dir.getDirectReports(EKO_KUSUMA)).toEqual([]);
  });

  test("members of bkpsdm: only the Kepala directly, eleven people with the bidang below", () => {
    expect(names(dir.getUnitMembers("bkpsdm"))).toEqual(["Eko Halim"]);
    const all = dir.getUnitMembers("bkpsdm", { recursive: true });
    expect(all).toHaveLength(11);
    expect(new Set(all.map((p) => p.unitId))).toEqual(new Set(["bkpsdm", "bkpsdm-pk", "bkpsdm-psda"]));
    expect(dir.getUnitMembers("setda", { recursive: true })).toHaveLength(28);
  });

  test("getOpdOf: setda is its own OPD, a bidang belongs to its dinas or badan", () => {
    expect(dir.getOpdOf("bkpsdm-pk")?.id).toBe("bkpsdm");
    expect(dir.getOpdOf("bkpsdm")?.id).toBe("bkpsdm");
    expect(dir.getOpdOf("setda")?.id).toBe("setda");
    expect(dir.getOpdOf("dinkes-yankes")?.id).toBe("dinkes");
    expect(dir.getOpdOf("disdikbud-sd")?.id).toBe("disdikbud");
  });

  test("isAbove follows the management chain, excluding the person themself and other branches", () => {
    expect(dir.isAbove(UTIN, EKO_KUSUMA)).toBe(true);
    expect(dir.isAbove(EKO_HALIM, EKO_KUSUMA)).toBe(true);
    expect(dir.isAbove(FELICIA, EKO_KUSUMA)).toBe(true);
    expect(dir.isAbove(EKO_KUSUMA, UTIN)).toBe(false);
    expect(dir.isAbove(UTIN, UTIN)).toBe(false);
    expect(dir.isAbove(GUSTI_RAHMAN, EKO_KUSUMA)).toBe(false);
    expect(dir.isAbove(PUTRI_PERMATA, EKO_KUSUMA)).toBe(false);
  });

  test("roles: two Admin Kinerja, and Putri Permata as Pengelola Kompetensi", () => {
    expect(names(dir.listByRole("admin"))).toEqual(["Utin Wijaya", "Sri Simanjuntak"]);
    expect(dir.listByRole("kompetensi").map((p) => p.id)).toEqual([PUTRI_PERMATA]);
  });

  test("the added Dinas Pendidikan dan Kebudayaan hangs under the Sekretaris Daerah", () => {
    const members = dir.getUnitMembers("disdikbud", { recursive: true });
    expect(members.map((p) => p.jabatanType)).toEqual(["JPT", "Administrator", "Fungsional", "Pelaksana"]);
    expect(members.every((p) => dir.isAbove(FELICIA, p.id))).toBe(true);
  });
});

// The shared fixture lives outside the repository: checked where it exists (the dev machines), skipped elsewhere.
const testWhereShared = existsSync(SHARED_DEMO) ? test : test.skip;

testWhereShared("the shared fixture (/work/shared/fixtures/org-demo.json) loads too", async () => {
  const data = await loadOrgFile(SHARED_DEMO);
  expect(data.units).toHaveLength(8);
  expect(data.people).toHaveLength(24);
  const dir = new InMemoryDirectory(data);
  expect(dir.getManager(EKO_KUSUMA)?.id).toBe(UTIN);
});
