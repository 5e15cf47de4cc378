import ExcelJS from "exceljs";
import { createSkpDraft } from "../../src/domain/skp";
import { DEMO_ORG_FILE, seedDemoIndicatorsAtStart } from "../../src/import/demo-indicators";
import { SHEET_TYPES } from "../../src/import/sheet-reader";
import { DEMO_ORG } from "../support/app-harness";
import { startApp, type AppHarness } from "../support/app-harness";

const NOW = new Date("2026-02-10T03:00:00Z");
const HEAD = "ae433d84-9950-4030-ae27-6d6c733171b5"; // Gusti Rahman, head of Disdukcapil
const ADMIN = "0794a750-6cc3-4a50-b183-5d1d3933dffe"; // Sri Simanjuntak, Admin Kinerja (BKPSDM)
const MEMBER = "da8e4e5f-b2ec-487f-bfea-f6249873d589"; // Taufik Kusuma, Pelaksana at Disdukcapil
const OTHER_OPD = "945434d8-44a5-45c1-a151-292e51d19f7d"; // Hendra Kurniawan, Dinkes
const BASE = "/api/opds/disdukcapil/indicators";

let app: AppHarness;
beforeAll(async () => {
  app = await startApp({ clock: { now: () => NOW } });
});
afterAll(() => app.stop());

async function call(method: string, path: string, as: string, body?: unknown, contentType = "application/json") {
  const init: RequestInit = { method, headers: { "X-Dev-User": as, "Content-Type": contentType } };
  if (body !== undefined) init.body = Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body);
  const res = await fetch(`${app.server.url}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const kependudukan = (indicator: string, value = 98.5) => ({
  sasaran: "Meningkatnya kualitas layanan administrasi kependudukan",
  indicator,
  target: { approach: "KUANTITATIF", value, unit: "persen" },
});

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Indikator").addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("organisation indicators over HTTP", () => {
  test("the head records, an admin changes, members read; a peer or another OPD cannot; every change is audited", async () => {
    const created = await call("POST", `${BASE}?year=2026`, HEAD, kependudukan("Persentase kepemilikan KTP-el"));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ opdId: "disdukcapil", year: 2026, indicator: "Persentase kepemilikan KTP-el" });
    const id = created.body.id as string;

    const changed = await call("PUT", `${BASE}/${id}?year=2026`, ADMIN, kependudukan("Persentase kepemilikan KTP-el", 99));
    expect(changed.status).toBe(200);
    const listed = await call("GET", `${BASE}?year=2026`, MEMBER);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([{ id, opdId: "disdukcapil", year: 2026, ...kependudukan("Persentase kepemilikan KTP-el", 99) }]);

    expect((await call("POST", `${BASE}?year=2026`, MEMBER, kependudukan("Lain"))).status).toBe(403);
    expect((await call("PUT", `${BASE}/${id}?year=2026`, MEMBER, kependudukan("Lain"))).status).toBe(403);
    expect((await call("DELETE", `${BASE}/${id}?year=2026`, MEMBER)).status).toBe(403);
    expect((await call("GET", `${BASE}?year=2026`, OTHER_OPD)).status).toBe(403);
    expect((await call("GET", `${BASE}?year=2026`, MEMBER)).body).toHaveLength(1);

    const audit = await app.repositories.audit.listForOwner("opd:disdukcapil");
    // The test clock stands still, so both entries carry the same instant: compare them as a set.
    expect(audit.filter((e) => e.subjectId === `2026/${id}`).map((e) => `${e.actorId} ${e.action}`).sort()).toEqual(
      [`${HEAD} indicator.create`, `${ADMIN} indicator.update`].sort(),
    );
  });

  test("bad input gets a precise answer and stores nothing", async () => {
    const before = (await call("GET", `${BASE}?year=2027`, ADMIN)).body;
    const noUnit = await call("POST", `${BASE}?year=2027`, ADMIN, { ...kependudukan("X"), target: { approach: "KUANTITATIF", value: 0, unit: " " } });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error.fields.map((f: { field: string; code: string }) => [f.field, f.code])).toEqual([
      ["target.value", "target_value_not_positive"],
      ["target.unit", "target_unit_required"],
    ]);
    expect(noUnit.body.error.fields[1].message.id).toMatch(/\S/);
    const wrongShape = await call("POST", `${BASE}?year=2027`, ADMIN, { sasaran: 5, target: { approach: "X" } });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body.error.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(["sasaran", "indicator"]));
    expect((await call("GET", `${BASE}?year=20266`, ADMIN)).status).toBe(400);
    expect((await call("GET", `${BASE}`, ADMIN)).status).toBe(400);
    expect((await call("GET", "/api/opds/tidak-ada/indicators?year=2027", ADMIN)).status).toBe(404);
    expect((await call("PUT", `${BASE}/ind-none?year=2027`, ADMIN, kependudukan("X"))).status).toBe(404);
    expect((await call("GET", `${BASE}?year=2027`, ADMIN)).body).toEqual(before);

    await call("POST", `${BASE}?year=2027`, ADMIN, kependudukan("Cakupan akta kelahiran"));
    const twin = await call("POST", `${BASE}?year=2027`, HEAD, kependudukan("  cakupan AKTA   kelahiran "));
    expect(twin.status).toBe(409);
    expect(twin.body.error.code).toBe("indicator_duplicate");
  });

  test("an indicator an SKP RHK points to cannot be deleted; an unused one can", async () => {
    const used = (await call("POST", `${BASE}?year=2028`, HEAD, kependudukan("Dipakai"))).body.id as string;
    const unused = (await call("POST", `${BASE}?year=2028`, HEAD, kependudukan("Tidak dipakai"))).body.id as string;
    const draft = createSkpDraft({ id: "skp-head-2028", employeeId: HEAD, jabatanType: "JPT", year: 2028, now: NOW });
    await app.repositories.skps.create({
      ...draft,
      opdId: "disdukcapil",
      rhks: [{ id: "head-rhk-1", group: "UTAMA", text: "Terwujudnya layanan adminduk prima", parent: { kind: "ORG_INDICATOR", indicatorId: used }, indicators: [] }],
    });
    const refused = await call("DELETE", `${BASE}/${used}?year=2028`, ADMIN);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "indicator_in_use" });
    expect(refused.body.error.message.id).toContain("1 RHK");
    expect((await call("DELETE", `${BASE}/${unused}?year=2028`, HEAD)).status).toBe(204);
    expect((await call("DELETE", `${BASE}/${unused}?year=2028`, HEAD)).status).toBe(404);
    expect((await call("GET", `${BASE}?year=2028`, HEAD)).body.map((i: { id: string }) => i.id)).toEqual([used]);
  });
});

describe("importing indicators from a spreadsheet", () => {
  const IMPORT = `${BASE}/import?year=2029`;

  test("an .xlsx with Indonesian headers in any case, a title line, numbers and a qualitative row imports every row", async () => {
    const file = await xlsx([
      ["Indikator Kinerja Dinas Kependudukan dan Pencatatan Sipil 2029"],
      ["No", "SASARAN", "Indikator Kinerja", "Pendekatan (kuantitatif/kualitatif)", "Target", "Satuan", "Target Kualitatif"],
      [1, "Meningkatnya layanan adminduk", "Persentase kepemilikan KTP-el", "Kuantitatif", 98.5, "persen", null],
      [2, "Meningkatnya layanan adminduk", "Jumlah dokumen kependudukan terbit", "kuantitatif", "1.500", "dokumen", null],
      [3, "Meningkatnya layanan adminduk", "Kualitas layanan loket", "KUALITATIF", null, null, "Layanan loket tanpa antre lebih dari 30 menit"],
    ]);
    const res = await call("POST", IMPORT, HEAD, file, SHEET_TYPES.xlsx);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 3, updated: 0 });
    const stored = (await call("GET", `${BASE}?year=2029`, MEMBER)).body as Array<{ indicator: string; target: unknown }>;
    expect(Object.fromEntries(stored.map((i) => [i.indicator, i.target]))).toEqual({
      "Persentase kepemilikan KTP-el": { approach: "KUANTITATIF", value: 98.5, unit: "persen" },
      "Jumlah dokumen kependudukan terbit": { approach: "KUANTITATIF", value: 1500, unit: "dokumen" },
      "Kualitas layanan loket": { approach: "KUALITATIF", narrative: "Layanan loket tanpa antre lebih dari 30 menit" },
    });

    // The same file again updates the same indicators: no duplicates.
    const again = await call("POST", IMPORT, ADMIN, file, SHEET_TYPES.xlsx);
    expect(again.body).toMatchObject({ created: 0, updated: 3 });
    expect((await call("GET", `${BASE}?year=2029`, MEMBER)).body).toHaveLength(3);
    const audit = await app.repositories.audit.listForOwner("opd:disdukcapil");
    expect(audit.filter((e) => e.action === "indicator.import")).toHaveLength(6);
  });

  test("a ';' CSV from Excel (BOM, decimal comma) imports", async () => {
    const csv = "\uFEFFsasaran;indikator;pendekatan;target;satuan;target kualitatif\r\n" +
      "Tertib administrasi;Cakupan akta kematian;kuantitatif;92,5;persen;\r\n" +
      "Tertib administrasi;\"Integrasi data; NIK\";kualitatif;;;Data terpadu dengan BPJS\r\n";
    const res = await call("POST", `${BASE}/import?year=2030`, ADMIN, Buffer.from(csv, "utf8"), "text/csv; charset=utf-8");
    expect(res.status).toBe(200);
    const stored = (await call("GET", `${BASE}?year=2030`, ADMIN)).body as Array<{ indicator: string; target: unknown }>;
    expect(Object.fromEntries(stored.map((i) => [i.indicator, i.target]))).toEqual({
      "Cakupan akta kematian": { approach: "KUANTITATIF", value: 92.5, unit: "persen" },
      "Integrasi data; NIK": { approach: "KUALITATIF", narrative: "Data terpadu dengan BPJS" },
    });
  });

  test("a file with bad rows imports nothing and names every bad row, column and reason", async () => {
    const file = await xlsx([
      ["Sasaran", "Indikator", "Pendekatan", "Target", "Satuan", "Target kualitatif"],
      ["Sasaran A", "Indikator baik", "kuantitatif", 10, "dokumen", null],
      ["Sasaran A", "", "kuantitatif", "sepuluh", "dokumen", null],
      ["", "Tanpa sasaran", "kualitatif", null, null, ""],
      ["Sasaran A", "Tanpa satuan", "kuantitatif", -3, "", null],
      ["Sasaran A", "Indikator baik", "kuantitatif", 12, "dokumen", null],
      ["Sasaran A", "Pendekatan aneh", "campuran", 1, "x", null],
    ]);
    const res = await call("POST", `${BASE}/import?year=2031`, HEAD, file, SHEET_TYPES.xlsx);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("import_invalid");
    expect(res.body.error.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code])).toEqual([
      [3, "Target", "import.targetNotNumber"],
      [3, "Indikator", "indicator_text_required"],
      [4, "Sasaran", "indicator_sasaran_required"],
      [4, "Target kualitatif", "target_narrative_required"],
      [5, "Target", "target_value_not_positive"],
      [5, "Satuan", "target_unit_required"],
      [6, "Indikator", "import.duplicateRow"],
      [7, "Pendekatan", "import.approachInvalid"],
    ]);
    for (const p of res.body.error.problems) expect(p.message.id !== "" && p.message.en !== "" && p.message.id !== p.message.en).toBe(true);
    expect(res.body.error.message.id).toContain("8");
    expect((await call("GET", `${BASE}?year=2031`, HEAD)).body).toEqual([]);
  });

  test("files that are too big, too long, unreadable, of another type, or from a peer are refused whole", async () => {
    const header = ["Sasaran", "Indikator", "Target", "Satuan"];
    const tooMany = await xlsx([header, ...Array.from({ length: 101 }, (_, i) => ["S", `Indikator ${i}`, 1, "x"])]);
    const longFile = await call("POST", `${BASE}/import?year=2032`, HEAD, tooMany, SHEET_TYPES.xlsx);
    expect(longFile.status).toBe(400);
    expect(longFile.body.error.problems[0]).toMatchObject({ code: "import.tooManyRows" });
    expect(longFile.body.error.message.en).toContain("101");

    const big = await call("POST", `${BASE}/import?year=2032`, HEAD, Buffer.alloc(3 * 1024 * 1024, 65), "text/csv");
    expect(big.status).toBe(413);
    expect(big.body.error.message.id).toContain("2 MB");
    const junk = await call("POST", `${BASE}/import?year=2032`, HEAD, Buffer.from("bukan excel"), SHEET_TYPES.xlsx);
    expect(junk.status).toBe(400);
    expect(junk.body.error.problems[0].code).toBe("import.unreadable");
    const noHeader = await call("POST", `${BASE}/import?year=2032`, HEAD, Buffer.from("a,b\n1,2\n"), "text/csv");
    expect(noHeader.body.error.problems[0].code).toBe("import.headerMissing");
    const pdf = await call("POST", `${BASE}/import?year=2032`, HEAD, Buffer.from("%PDF-1.4"), "application/pdf");
    expect(pdf.status).toBe(415);
    const csv = Buffer.from("sasaran,indikator,target,satuan\nS,I,1,x\n");
    expect((await call("POST", `${BASE}/import?year=2032`, MEMBER, csv, "text/csv")).status).toBe(403);
    expect((await call("GET", `${BASE}?year=2032`, HEAD)).body).toEqual([]);
  });
});

describe("demo indicators at start", () => {
  test("every demo OPD without indicators for the year gets them once; recorded indicators are never touched", async () => {
    expect(DEMO_ORG_FILE).toBe(DEMO_ORG);
    const at = new Date("2034-12-31T18:00:00Z"); // already 1 January 2035 in WIB
    await call("POST", `${BASE}?year=2035`, HEAD, kependudukan("Milik OPD sendiri"));
    const args = { orgDirectoryFile: DEMO_ORG, indicators: app.repositories.indicators, directory: app.directory, now: at };
    expect((await seedDemoIndicatorsAtStart(args)).sort()).toEqual(["bkpsdm", "dinkes", "disdikbud", "setda"]);
    expect(await seedDemoIndicatorsAtStart(args)).toEqual([]);
    expect((await call("GET", `${BASE}?year=2035`, HEAD)).body.map((i: { indicator: string }) => i.indicator)).toEqual(["Milik OPD sendiri"]);
    expect((await app.repositories.indicators.listByOpd(2035, "dinkes")).length).toBeGreaterThanOrEqual(2);
    expect(await seedDemoIndicatorsAtStart({ ...args, orgDirectoryFile: "/tmp/other-org.json" })).toEqual([]);
  });
});
