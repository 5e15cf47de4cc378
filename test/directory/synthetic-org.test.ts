import { generateSyntheticOrg, InMemoryDirectory, parseOrgFile } from "../../src/directory";
import { validateNip } from "../../src/domain/nip";
import { OPD_CATALOGUE } from "../../src/directory/synthetic-catalogue";

describe("a synthetic organisation of 6,000 (the default 40 OPD, seed 42)", () => {
  const file = generateSyntheticOrg({ employees: 6000, seed: 42 });
  // Through JSON, as the script writes it and the app reads it.
  const data = parseOrgFile(JSON.parse(JSON.stringify(file)));
  const dir = new InMemoryDirectory(data);
  const sekda = data.people.filter((p) => p.managerId === null);

  test("is a valid org file with exactly 6,000 people", () => {
    expect(data.people).toHaveLength(6000);
  });

  test("has one root unit, the Sekretariat Daerah, with 40 OPD directly below it", () => {
    const roots = data.units.filter((u) => u.parentId === null);
    expect(roots.map((u) => u.id)).toEqual(["setda"]);
    const opds = data.units.filter((u) => u.parentId === "setda");
    expect(opds).toHaveLength(40);
    expect(opds.map((u) => u.name)).toEqual(expect.arrayContaining([
      "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", "Dinas Pekerjaan Umum dan Penataan Ruang",
      "Dinas Kependudukan dan Pencatatan Sipil", "Badan Perencanaan Pembangunan Daerah", "Inspektorat",
      "Satuan Polisi Pamong Praja", "Rumah Sakit Umum Daerah Sultan Syarif Mohamad Alkadrie", "Dinas Perhubungan",
      ...["Kota", "Barat", "Timur", "Selatan", "Tenggara", "Utara"].map((k) => `Kecamatan Pontianak ${k}`),
    ]));
    expect(new Set(data.units.map((u) => dir.getOpdOf(u.id)?.id)).size).toBe(41); // the 40 and setda itself
  });

  test("one root person, the Sekretaris Daerah, above everyone; every OPD head reports to them", () => {
    expect(sekda).toHaveLength(1);
    const root = sekda[0]!;
    expect(root).toMatchObject({ jobTitle: "Sekretaris Daerah", jabatanType: "JPT", unitId: "setda" });
    expect(dir.getDirectReports(root.id)).toHaveLength(40);
    expect(data.people.filter((p) => p.id !== root.id).every((p) => dir.isAbove(root.id, p.id))).toBe(true);
    expect(dir.getUnitMembers("setda", { recursive: true })).toHaveLength(6000);
  });

  test("OPD heads are JPT (a Camat is Administrator); each OPD has a Sekretariat and 2-4 divisions led by its head", () => {
    for (const head of dir.getDirectReports(sekda[0]!.id)) {
      expect(head.jabatanType).toBe(head.jobTitle.startsWith("Camat ") ? "Administrator" : "JPT");
      const divisions = dir.listUnits().filter((u) => u.parentId === head.unitId);
      expect(divisions.length).toBeGreaterThanOrEqual(3);
      expect(divisions.length).toBeLessThanOrEqual(5);
      expect(divisions.filter((u) => u.id === `${head.unitId}-sekretariat`)).toHaveLength(1);
      const divisionHeads = dir.getDirectReports(head.id);
      expect(divisionHeads.map((p) => p.unitId).sort()).toEqual(divisions.map((u) => u.id).sort());
    }
  });

  test("has all five jabatan types, mostly Fungsional and Pelaksana", () => {
    const count = (t: string) => data.people.filter((p) => p.jabatanType === t).length;
    expect(count("JPT")).toBeGreaterThan(30);
    expect(count("Administrator")).toBeGreaterThan(100);
    expect(count("Pengawas")).toBeGreaterThan(200);
    expect(count("Fungsional") + count("Pelaksana")).toBeGreaterThan(5000);
  });

  test("every NIP is a plausible PNS NIP whose gender digit is 1 or 2; UPNs are unique", () => {
    expect(data.people.every((p) => validateNip(p.nip).ok)).toBe(true);
    expect(new Set(data.people.map((p) => p.userPrincipalName)).size).toBe(6000);
  });

  test("a few Admin Kinerja and Pengelola Kompetensi, all in BKPSDM", () => {
    const admins = dir.listByRole("admin");
    const kompetensi = dir.listByRole("kompetensi");
    expect(admins).toHaveLength(3);
    expect(kompetensi).toHaveLength(2);
    expect([...admins, ...kompetensi].every((p) => dir.getOpdOf(p.unitId)?.id === "bkpsdm")).toBe(true);
    expect(admins[0]?.jobTitle).toBe("Kepala Bidang Penilaian Kinerja dan Penghargaan");
  });

  test("is deterministic for a seed and differs between seeds", () => {
    expect(generateSyntheticOrg({ employees: 6000, seed: 42 })).toEqual(file);
    const other = generateSyntheticOrg({ employees: 6000, seed: 7 });
    expect(other.users).toHaveLength(6000);
    expect(other.users[0]?.id).not.toBe(file.users[0]?.id);
  });
});

test.each([1, 2, 41, 150, 600, 1234])("exactly %i people, still one connected hierarchy", (employees) => {
  const data = parseOrgFile(generateSyntheticOrg({ employees, seed: employees }));
  expect(data.people).toHaveLength(employees);
  expect(data.people.filter((p) => p.managerId === null)).toHaveLength(1);
});

test("fewer or more OPD on request; out-of-range options are refused", () => {
  const small = generateSyntheticOrg({ employees: 300, opds: 5 });
  expect(small.units.filter((u) => u.parentId === "setda")).toHaveLength(5);
  expect(generateSyntheticOrg({ employees: 300, opds: OPD_CATALOGUE.length }).users).toHaveLength(300);
  expect(() => generateSyntheticOrg({ employees: 0 })).toThrow(RangeError);
  expect(() => generateSyntheticOrg({ employees: 10.5 })).toThrow(RangeError);
  expect(() => generateSyntheticOrg({ employees: 10, opds: OPD_CATALOGUE.length + 1 })).toThrow(RangeError);
});

test("the catalogue has unique OPD ids and more than 40 entries", () => {
  expect(OPD_CATALOGUE.length).toBeGreaterThan(40);
  expect(new Set(OPD_CATALOGUE.map((o) => o.id)).size).toBe(OPD_CATALOGUE.length);
});
