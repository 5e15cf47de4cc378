import ExcelJS from "exceljs";
import type { OrgIndicator, RhkParentRef } from "../../src/domain/cascading";
import { createSkpDraft, type Rhk, type SkpState } from "../../src/domain/skp";
import type { StoredSkp } from "../../src/services/planning-ports";
import { startApp, type AppHarness } from "../support/app-harness";

const NOW = new Date("2026-03-02T03:00:00Z");
const YEAR = 2026;
const P = {
  head: "ae433d84-9950-4030-ae27-6d6c733171b5", // Gusti Rahman, JPT, head of Disdukcapil
  kabid: "878c176b-5590-455c-af46-f7f0139c9320", // Agus Maulana, Administrator, reports to the head
  nur: "87e9d220-cfd5-4872-bb95-c97fae96da58", // Nur Anggraini, Fungsional, reports to Agus
  putri: "c83d7424-2306-4ac7-b60f-1b1d27bacbd6", // Putri Lim, Pelaksana, reports to Agus
  taufik: "da8e4e5f-b2ec-487f-bfea-f6249873d589", // Taufik Kusuma: SKP submitted, not approved
  abang: "88c69d4b-f052-4878-bbc6-41d470623873", // Abang Hamid: no SKP at all
  admin: "0794a750-6cc3-4a50-b183-5d1d3933dffe", // Sri Simanjuntak, Admin Kinerja
};
const OPD = "disdukcapil";

let app: AppHarness;
const toInd = (indicatorId: string): RhkParentRef => ({ kind: "ORG_INDICATOR", indicatorId });
const toSup = (rhkId: string): RhkParentRef => ({ kind: "SUPERVISOR_RHK", rhkId });
const rhk = (id: string, parent: RhkParentRef | null): Rhk => ({ id, group: "UTAMA", text: `Hasil ${id}`, parent, indicators: [] });
const indicator = (id: string, text: string): OrgIndicator => ({
  id, opdId: OPD, year: YEAR, sasaran: "Meningkatnya kualitas layanan adminduk", indicator: text, target: { approach: "KUANTITATIF", value: 95, unit: "persen" },
});

async function seedSkp(employeeId: string, state: SkpState, rhks: Rhk[], revision = 1) {
  const draft = createSkpDraft({ id: `skp-${employeeId}-${revision}`, employeeId, jabatanType: employeeId === P.head ? "JPT" : "Pelaksana", year: YEAR, now: NOW });
  const skp: StoredSkp = { ...draft, revision, state, opdId: OPD, rhks };
  await app.repositories.skps.create(skp);
}

beforeAll(async () => {
  app = await startApp({ clock: { now: () => NOW } });
  await app.repositories.indicators.upsertAll(YEAR, OPD, [
    indicator("ind-ktp", "Persentase kepemilikan KTP-el"),
    indicator("ind-akta", "Cakupan akta kelahiran"),
    indicator("ind-ikm", "Indeks kepuasan masyarakat"),
  ]);
  await seedSkp(P.head, "disetujui", [rhk("g1", toInd("ind-ktp")), rhk("g2", toInd("ind-akta"))]);
  // A revision under way does not replace the approved plan: its new RHK on ind-ikm does not count yet.
  await seedSkp(P.head, "draft", [rhk("g1", toInd("ind-ktp")), rhk("g2", toInd("ind-akta")), rhk("g3", toInd("ind-ikm"))], 2);
  await seedSkp(P.kabid, "disetujui", [rhk("a1", toSup("g1")), rhk("a2", toSup("g2"))]);
  await seedSkp(P.nur, "disetujui", [rhk("n1", toSup("a1"))]);
  await seedSkp(P.putri, "disetujui", [rhk("p1", toSup("a1")), rhk("p2", toSup("a2")), rhk("p3", toSup("t1"))]);
  await seedSkp(P.taufik, "diajukan", [rhk("t1", toSup("a1"))]);
});
afterAll(() => app.stop());

async function get(path: string, as: string) {
  return fetch(`${app.server.url}${path}`, { headers: { "X-Dev-User": as } });
}

async function readXlsx(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

/** Rows of a sheet as arrays of cell values, header first. */
function rows(wb: ExcelJS.Workbook, name: string): unknown[][] {
  const out: unknown[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("coverage of a seeded OPD", () => {
  test("JSON: chains per indicator, contributors, the uncovered indicator, the orphan and who lacks an approved SKP", async () => {
    const res = await get(`/api/opds/${OPD}/coverage?year=${YEAR}`, P.head);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.summary).toEqual({
      indicators: 3, coveredIndicators: 2, approvedRhks: 8, orphanRhks: 1, employees: 6, employeesWithApprovedSkp: 4, indicatorCoveragePercent: 66.7,
    });
    const byIndicator = Object.fromEntries(
      body.indicators.map((c: any) => [
        c.indicator.id,
        { contributors: c.contributorCount, ids: [...c.contributorIds].sort(), rhks: c.rhks.map((r: any) => `${r.rhkId}<${r.parentRhkId ?? "-"}@${r.depth}`).sort() },
      ]),
    );
    expect(byIndicator).toEqual({
      "ind-ktp": { contributors: 4, ids: [P.head, P.kabid, P.nur, P.putri].sort(), rhks: ["a1<g1@2", "g1<-@1", "n1<a1@3", "p1<a1@3"] },
      "ind-akta": { contributors: 3, ids: [P.head, P.kabid, P.putri].sort(), rhks: ["a2<g2@2", "g2<-@1", "p2<a2@3"] },
      "ind-ikm": { contributors: 0, ids: [], rhks: [] },
    });
    expect(body.indicators.find((c: any) => c.indicator.id === "ind-ktp").rhks.find((r: any) => r.rhkId === "n1")).toMatchObject({ employeeName: "Nur Anggraini", text: "Hasil n1" });
    expect(body.uncoveredIndicators.map((i: OrgIndicator) => i.id)).toEqual(["ind-ikm"]);
    expect(body.orphanRhks).toEqual([
      { rhkId: "p3", text: "Hasil p3", employeeId: P.putri, employeeName: "Putri Lim", reason: "parent_not_approved", brokenAtRhkId: "p3" },
    ]);
    expect(body.employeesWithoutApprovedSkp.map((e: any) => [e.displayName, e.skpState]).sort()).toEqual([
      ["Abang Hamid", null],
      ["Taufik Kusuma", "diajukan"],
    ]);
  });

  test("xlsx: the same numbers in the Indikator, Rantai RHK, RHK yatim and Pegawai tanpa SKP sheets", async () => {
    const res = await get(`/api/opds/${OPD}/coverage.xlsx?year=${YEAR}`, P.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toContain(`cakupan-${OPD}-${YEAR}.xlsx`);
    const wb = await readXlsx(res);
    const indicators = rows(wb, "Indikator");
    expect(indicators[0]).toEqual(["Sasaran", "Indikator", "Target", "Satuan", "Target kualitatif", "Jumlah RHK", "Pegawai berkontribusi", "Status"]);
    expect(indicators.slice(1).map((r) => [r[1], r[2], r[3], r[5], r[6], r[7]])).toEqual([
      ["Cakupan akta kelahiran", 95, "persen", 3, 3, "Tercakup"],
      ["Indeks kepuasan masyarakat", 95, "persen", 0, 0, "Belum ada yang mengerjakan"],
      ["Persentase kepemilikan KTP-el", 95, "persen", 4, 4, "Tercakup"],
    ]);
    const chains = rows(wb, "Rantai RHK").slice(1);
    expect(chains).toHaveLength(7);
    expect(chains).toContainEqual(["Persentase kepemilikan KTP-el", 3, "Hasil n1", "Nur Anggraini", "Hasil a1"]);
    expect(rows(wb, "RHK yatim").slice(1)).toEqual([["Putri Lim", "Hasil p3", "RHK atasan yang diacu belum disetujui", undefined]]);
    expect(rows(wb, "Pegawai tanpa SKP").slice(1).map((r) => [r[0], r[3]]).sort()).toEqual([
      ["Abang Hamid", "Belum ada SKP"],
      ["Taufik Kusuma", "Diajukan, belum disetujui"],
    ]);
    expect(rows(wb, "Ringkasan")[1]).toEqual(["Dinas Kependudukan dan Pencatatan Sipil", 3, 2, 66.7, 8, 1, 6, 4]);
  });

  test("city-wide: every OPD once, the sums, and the xlsx with the OPD column", async () => {
    const res = await get(`/api/coverage?year=${YEAR}`, P.admin);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.opds.map((o: any) => o.opdId).sort()).toEqual(["bkpsdm", "dinkes", "disdikbud", "disdukcapil", "setda"]);
    expect(body.summary).toEqual({
      opds: 5, opdsWithoutIndicators: 4, indicators: 3, coveredIndicators: 2, approvedRhks: 8, orphanRhks: 1,
      employees: app.directory.listPeople().length, employeesWithApprovedSkp: 4, indicatorCoveragePercent: 66.7,
    });
    expect(body.opds.find((o: any) => o.opdId === "setda").summary.employees).toBe(1);
    const wb = await readXlsx(await get(`/api/coverage.xlsx?year=${YEAR}`, P.admin));
    expect(rows(wb, "RHK yatim").slice(1)).toEqual([["Dinas Kependudukan dan Pencatatan Sipil", "Putri Lim", "Hasil p3", "RHK atasan yang diacu belum disetujui", undefined]]);
    expect(rows(wb, "Pegawai tanpa SKP").length - 1).toBe(app.directory.listPeople().length - 4);
  });

  test("only the head of the OPD and admins see an OPD's coverage; only admins the city's; a year is required", async () => {
    expect((await get(`/api/opds/${OPD}/coverage?year=${YEAR}`, P.kabid)).status).toBe(403);
    expect((await get(`/api/opds/${OPD}/coverage.xlsx?year=${YEAR}`, P.putri)).status).toBe(403);
    expect((await get(`/api/opds/dinkes/coverage?year=${YEAR}`, P.head)).status).toBe(403);
    expect((await get(`/api/coverage?year=${YEAR}`, P.head)).status).toBe(403);
    expect((await get(`/api/coverage.xlsx?year=${YEAR}`, P.head)).status).toBe(403);
    expect((await get(`/api/coverage`, P.admin)).status).toBe(400);
    expect((await get(`/api/opds/${OPD}/coverage?year=abc`, P.head)).status).toBe(400);
    expect((await get(`/api/opds/nope/coverage?year=${YEAR}`, P.admin)).status).toBe(404);
  });
});
