import ExcelJS from "exceljs";
import { randomUUID } from "node:crypto";
import type { Person } from "../../src/domain/org";
import { RECAP_HEADERS, RECAP_SHEET } from "../../src/export/evaluation-xlsx";
import type { AppHarness } from "../support/app-harness";
import { firstOutOfOrder, flat, pdfPages } from "../export/pdf-text";
import { PERIOD, UNIT, api, approvedSkp, cast, ratingBody, rhkIds, selfBody, startEvaluationApp } from "./eval-support";

// Exports of issue 4 item 9 for the unit of Dewi Anggraini (8 staff) in March 2026.
let app: AppHarness;
let people: ReturnType<typeof cast>;
let andi: Person;

async function download(actor: Person, path: string) {
  const res = await fetch(app.server.url + path, { headers: { "X-Dev-User": actor.id } });
  return { status: res.status, type: res.headers.get("content-type") ?? "", bytes: Buffer.from(await res.arrayBuffer()) };
}
const pdfText = async (actor: Person) => {
  const res = await download(actor, `/api/evaluations/${PERIOD}/${andi.id}/pdf`);
  expect(res.status).toBe(200);
  expect(res.type).toBe("application/pdf");
  return flat((await pdfPages(res.bytes)).join("\n"));
};

beforeAll(async () => {
  app = await startEvaluationApp();
  people = cast(app);
  andi = people.staff[0]!;
  expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  for (const p of people.staff) await approvedSkp(app, p);
  const report = { formId: randomUUID(), date: "2026-03-10", activity: "Verifikasi berkas izin", quantity: 42, unit: "berkas", rhkId: rhkIds(andi)[0] };
  expect((await api(app, andi, "POST", "/api/reports", report)).status).toBe(201);
  const self = { ...selfBody(andi), realisasi: rhkIds(andi).map((rhkId, i) => ({ rhkId, text: i === 0 ? "42 berkas izin terverifikasi" : "Laporan Maret selesai", evidenceUrls: ["https://pontianak.sharepoint.com/bukti/maret.pdf"] })) };
  expect((await api(app, andi, "POST", `/api/evaluations/${PERIOD}/${andi.id}/self-assessment`, self)).status).toBe(200);
  const rating = ratingBody(andi, "DI_ATAS", "DI_ATAS", "DI_ATAS", { perilakuFeedback: [{ valueId: "harmonis", text: "Menjaga suasana kerja yang kondusif." }] });
  expect((await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${andi.id}/rating`, rating)).status).toBe(200);
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

test("the supervisor's PDF: official identities, the period, realisasi with judgement and umpan balik per RHK, feedback per value, both ratings, predikat, signatures", async () => {
  const text = await pdfText(people.head);
  const missing = firstOutOfOrder(text, [
    "DOKUMEN EVALUASI KINERJA PEGAWAI",
    "PERIODE: MARET 2026",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "PERIODE PENILAIAN: 1 Maret 2026 s.d. 31 Maret 2026",
    "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
    "Nama", "Andi Pratama", "Nama", "Dewi Anggraini",
    "NIP", "19850615 201506 1 005", "NIP", "19840514 201405 2 004",
    "Jabatan", "Penata Layanan Perizinan", "Jabatan", "Kepala Bidang Pelayanan Perizinan",
    "Unit Kerja", "Bidang Pelayanan Perizinan",
    "HASIL KERJA", "A. Utama",
    "Terverifikasinya berkas permohonan izin", "Jumlah berkas izin yang diverifikasi: 100 berkas", "42 berkas izin terverifikasi",
    // A long link wraps inside its cell, so only its end is matched whole.
    "Bukti dukung:", "bukti/maret.pdf", "Di Atas Ekspektasi", "Pertahankan ketelitian.",
    "B. Tambahan", "Tersusunnya laporan layanan bulanan", "Laporan Maret selesai",
    "PERILAKU KERJA", "Harmonis", "Membantu rekan baru.", "Menjaga suasana kerja yang kondusif.",
    "PREDIKAT KINERJA PEGAWAI",
    "Rating Hasil Kerja", "Di Atas Ekspektasi", "Rating Perilaku Kerja", "Di Atas Ekspektasi", "Predikat Kinerja Pegawai", "Sangat Baik",
    "Pontianak, 31 Maret 2026", "Pegawai yang Dinilai", "Andi Pratama", "NIP. 19850615 201506 1 005",
    "Pejabat Penilai Kinerja", "Dewi Anggraini", "NIP. 19840514 201405 2 004",
  ]);
  expect(missing).toBeUndefined();
});

test("before penetapan the employee's own PDF shows no rating; a peer gets no PDF at all", async () => {
  const own = await pdfText(andi);
  expect(own).toContain("42 berkas izin terverifikasi");
  expect(own).toContain("Belum dinilai");
  expect(own).not.toContain("Sangat Baik");
  expect(own).not.toContain("Pertahankan ketelitian.");
  expect((await download(people.staff[1]!, `/api/evaluations/${PERIOD}/${andi.id}/pdf`)).status).toBe(403);
  expect((await download(people.head, `/api/evaluations/2026-bulanan-13/${andi.id}/pdf`)).status).toBe(404);
});

test("the unit recap .xlsx: one row per employee with NIP as text, both ratings, predikat and state; after penetapan the employee's PDF shows the predikat", async () => {
  const others = people.staff.slice(1);
  for (const [i, p] of others.entries()) {
    const body = i >= 5 ? ratingBody(p, "DI_BAWAH", "DI_BAWAH", "SESUAI") : ratingBody(p, "SESUAI", "SESUAI", "SESUAI");
    expect((await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, body)).status).toBe(200);
  }
  expect((await api(app, people.kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "BAIK" })).status).toBe(200);
  expect((await api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/tetapkan`)).status).toBe(200);

  const res = await download(people.head, `/api/calibration/${PERIOD}/${UNIT}/recap.xlsx`);
  expect(res.status).toBe(200);
  expect(res.type).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(RECAP_SHEET)!;
  const rows = ws.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
  expect(rows[0]).toEqual([...RECAP_HEADERS]);
  expect(rows).toHaveLength(9);
  expect(rows[1]).toEqual([1, "Andi Pratama", "198506152015061005", "Penata Layanan Perizinan", "Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik", "Ditetapkan"]);
  expect(rows[8]).toEqual([8, "Hadi Saputra", "199204132012042012", "Penata Layanan Perizinan", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan", "Ditetapkan"]);
  expect(rows.slice(1).filter((r) => r[6] === "Baik")).toHaveLength(5);
  expect(wb.getWorksheet("Keterangan")!.getRow(3).values).toEqual([undefined, "Predikat Kinerja Organisasi", "Baik"]);

  // Staff may not read the unit's calibration, so not its recap either; the leader above may.
  expect((await download(andi, `/api/calibration/${PERIOD}/${UNIT}/recap.xlsx`)).status).toBe(403);
  expect((await download(people.kadis, `/api/calibration/${PERIOD}/${UNIT}/recap.xlsx`)).status).toBe(200);

  const own = await pdfText(andi);
  expect(own).toContain("Predikat Kinerja Pegawai Sangat Baik");
  expect(own).not.toContain("Belum dinilai");
});
