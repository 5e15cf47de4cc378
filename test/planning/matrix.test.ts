import { startApp, type AppHarness } from "../support/app-harness";
import { api, approvedSkp, ikiOf, IDS, INDICATORS, jptContent, nonJptContent, tickingClock, YEAR } from "./skp-support";

/** Matriks Peran Hasil of Utin Wijaya (Bidang PK): columns = Utin's RHKs, rows = the four direct reports. */
let app: AppHarness;
let columns: string[];
const path = `/api/matrix/${IDS.utin}?year=${YEAR}`;

beforeAll(async () => {
  app = await startApp({ clock: tickingClock() });
  await app.repositories.indicators.upsertAll(YEAR, "bkpsdm", INDICATORS);
  const head = await approvedSkp(app, IDS.head, IDS.sekda, jptContent(INDICATORS[0]!.id));
  const utin = await approvedSkp(app, IDS.utin, IDS.head, nonJptContent([head.rhks[0].id, head.rhks[0].id]));
  columns = utin.rhks.map((r: any) => r.id);
});
afterAll(() => app.stop());

const rhksOf = async (id: string) => (await api(app, id, "GET", `/api/skp/${id}?year=${YEAR}`)).body.current?.rhks ?? [];

describe("Matriks Peran Hasil", () => {
  test("GET shows the supervisor's RHKs as columns and the direct reports as rows", async () => {
    const res = await api(app, IDS.utin, "GET", path);
    expect(res.status).toBe(200);
    expect(res.body.columns.map((c: any) => [c.rhkId, c.approved])).toEqual(columns.map((id) => [id, true]));
    expect(res.body.rows.map((r: any) => r.subordinate.displayName).sort()).toEqual(["Ahmad Susanto", "Eko Kusuma", "Eko Lestari", "Sri Simanjuntak"]);
    expect(res.body.cells).toEqual([]);
  });

  test("only the supervisor fills it, with their own RHKs and their own direct reports", async () => {
    const cell = { supervisorRhkId: columns[0], subordinateId: IDS.eko, text: "Terverifikasinya berkas" };
    for (const other of [IDS.head, IDS.eko, IDS.putri]) expect((await api(app, other, "PUT", path, { cells: [cell] })).status).toBe(403);
    const bad = await api(app, IDS.utin, "PUT", path, {
      cells: [
        { ...cell, supervisorRhkId: "rhk-of-someone-else" },
        { ...cell, subordinateId: IDS.hendra },
        { ...cell, subordinateId: IDS.lestari, text: "  " },
        cell,
        cell,
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: any) => [f.field, f.code])).toEqual([
      ["cells.0.supervisorRhkId", "matrix_rhk_not_yours"],
      ["cells.1.subordinateId", "matrix_not_direct_report"],
      ["cells.2.text", "rhk_text_required"],
      ["cells.4", "matrix_duplicate_cell"],
    ]);
    expect(bad.body.error.fields[1].message.id).toContain("bukan bawahan langsung");
    expect((await api(app, IDS.utin, "PUT", path, { cells: [{ ...cell, text: 42 }] })).status).toBe(400);
    expect(await rhksOf(IDS.eko)).toEqual([]);
  });

  test("cells become draft RHKs linked to the supervisor's RHK; saving again updates them, never duplicates", async () => {
    const cells = [
      { supervisorRhkId: columns[0], subordinateId: IDS.eko, text: "Terverifikasinya berkas penilaian" },
      { supervisorRhkId: columns[1], subordinateId: IDS.eko, text: "Tersusunnya laporan capaian" },
      { supervisorRhkId: columns[0], subordinateId: IDS.ahmad, text: "Terarsipnya dokumen penilaian" },
    ];
    const first = await api(app, IDS.utin, "PUT", path, { cells });
    expect(first.status).toBe(200);
    expect(first.body.applied.sort()).toEqual([IDS.ahmad, IDS.eko].sort());
    const eko = await rhksOf(IDS.eko);
    expect(eko.map((r: any) => [r.text, r.parent.rhkId])).toEqual([
      ["Terverifikasinya berkas penilaian", columns[0]],
      ["Tersusunnya laporan capaian", columns[1]],
    ]);

    // Eko adds an IKI to the first row; the supervisor then rewords a cell, drops another, saves twice.
    await api(app, IDS.eko, "PUT", `/api/skp/${IDS.eko}/draft?year=${YEAR}`, { ...nonJptContent([]), rhks: [{ ...eko[0], indicators: [ikiOf("berkas")] }, eko[1]] });
    const reworded = [{ ...cells[0]!, text: "Terverifikasinya 150 berkas penilaian" }, cells[2]!];
    expect((await api(app, IDS.utin, "PUT", path, { cells: reworded, etag: first.body.matrix.etag })).status).toBe(200);
    const stale = await api(app, IDS.utin, "PUT", path, { cells: reworded, etag: first.body.matrix.etag });
    expect(stale.status).toBe(412);
    const current = await api(app, IDS.utin, "GET", path);
    expect((await api(app, IDS.utin, "PUT", path, { cells: reworded, etag: current.body.etag })).status).toBe(200);
    const after = await rhksOf(IDS.eko);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: eko[0].id, text: "Terverifikasinya 150 berkas penilaian", indicators: [expect.objectContaining({ aspek: "KUANTITAS" })] });
    expect(await rhksOf(IDS.ahmad)).toHaveLength(1);
  });

  test("a subordinate whose SKP is submitted is not changed and is listed as needing a revision", async () => {
    const ahmad = await rhksOf(IDS.ahmad);
    await api(app, IDS.ahmad, "PUT", `/api/skp/${IDS.ahmad}/draft?year=${YEAR}`, { ...nonJptContent([]), rhks: [{ ...ahmad[0], indicators: [ikiOf("dokumen")] }] });
    expect((await api(app, IDS.ahmad, "POST", `/api/skp/${IDS.ahmad}/submit`, { year: YEAR })).status).toBe(200);
    const current = await api(app, IDS.utin, "GET", path);
    const cells = [...current.body.cells.filter((c: any) => c.subordinateId !== IDS.ahmad), { supervisorRhkId: columns[1], subordinateId: IDS.ahmad, text: "Tersusunnya rekap arsip" }];
    const res = await api(app, IDS.utin, "PUT", path, { cells, etag: current.body.etag });
    expect(res.body.needsRevision).toEqual([{ subordinateId: IDS.ahmad, state: "diajukan" }]);
    const stored = (await api(app, IDS.ahmad, "GET", `/api/skp/${IDS.ahmad}?year=${YEAR}`)).body.current;
    expect(stored.state).toBe("diajukan");
    expect(stored.rhks.map((r: any) => r.text)).toEqual(["Terarsipnya dokumen penilaian"]);
    expect(res.body.matrix.rows.find((r: any) => r.subordinate.id === IDS.ahmad).skpState).toBe("diajukan");
  });
});
