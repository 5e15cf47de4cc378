import { BERAKHLAK } from "../../src/domain/berakhlak";
import { renderSkpPdf } from "../../src/export/skp-pdf";
import { firstOutOfOrder, flat, pdfPages } from "./pdf-text";
import { input, jptSkp, kabid, kadis, LONG_RHK, nonJptSkp, pelaksana, sekda } from "./skp-pdf-fixtures";

const SUPERVISOR_RHKS = { s1: "Terlaksananya layanan mutasi pegawai tepat waktu", s2: "Tersedianya data kepegawaian yang mutakhir" };
const INDICATORS = { "ind-1": "Indeks Profesionalitas ASN", "ind-2": "Persentase jabatan terisi sesuai rencana suksesi" };

const valueTexts = () => BERAKHLAK.flatMap((v) => [v.name, ...v.panduanPerilaku]);
const signatures = (pegawai: { displayName: string }, nip: string, penilai: { displayName: string }, penilaiNip: string) => [
  "Pontianak, 2 Januari 2026",
  "Pegawai yang Dinilai",
  pegawai.displayName,
  `NIP. ${nip}`,
  "Pejabat Penilai Kinerja",
  penilai.displayName,
  `NIP. ${penilaiNip}`,
];

describe("SKP as PDF in the layout of the official form", () => {
  test("JPT form: identities with spaced NIPs, RHK with the organisation indicator, IKI, target, perspektif, perilaku, lampiran, signatures", async () => {
    const pdf = await renderSkpPdf(input(jptSkp(), kadis, sekda, INDICATORS));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pdfPages(pdf);
    const text = flat(pages.join("\n"));
    const missing = firstOutOfOrder(text, [
      "SASARAN KINERJA PEGAWAI",
      "BAGI PEJABAT PIMPINAN TINGGI",
      "PERIODE PENILAIAN: 1 Januari 2026 s.d. 31 Desember 2026",
      "PEGAWAI YANG DINILAI",
      "PEJABAT PENILAI KINERJA",
      "Nama", kadis.displayName, "Nama", sekda.displayName,
      "NIP", "19720315 199803 2 004", "NIP", "19680101 199303 1 010",
      "Pangkat/Gol", "Pembina Utama Muda (IV/c)", "Pangkat/Gol", "-",
      "Jabatan", kadis.jobTitle, "Jabatan", sekda.jobTitle,
      "Unit Kerja", kadis.unitName, "Unit Kerja", sekda.unitName,
      "HASIL KERJA",
      "A. Utama",
      "No Rencana Hasil Kerja Indikator Kinerja Individu Target Perspektif",
      "1", "Meningkatnya kualitas pelayanan kepegawaian", "(Indikator Kinerja Organisasi: Indeks Profesionalitas ASN)",
      "Indeks kepuasan layanan kepegawaian", "85,5 indeks", "Perspektif Penerima Layanan",
      "Persentase layanan selesai tepat waktu", "95 persen", "Perspektif Proses Bisnis",
      "2", "Terwujudnya manajemen talenta ASN", "Persentase jabatan terisi sesuai rencana suksesi",
      "Dokumen rencana suksesi yang ditetapkan", "Rencana suksesi ditetapkan Wali Kota sebelum Juni", "Perspektif Penguatan Internal",
      "B. Tambahan",
      "Menjadi narasumber forum kepegawaian provinsi", "(Indikator Kinerja Organisasi: -)", "2 kali", "Perspektif Anggaran",
      "PERILAKU KERJA",
      "No Perilaku Kerja Ekspektasi Khusus Pimpinan",
      ...valueTexts(),
      ...signatures(kadis, "19720315 199803 2 004", sekda, "19680101 199303 1 010"),
      "LAMPIRAN SASARAN KINERJA PEGAWAI",
      "DUKUNGAN SUMBER DAYA", "Aplikasi SIASN dan akses internet kantor", "Anggaran perjalanan dinas koordinasi ke Kanreg V BKN",
      "SKEMA PERTANGGUNGJAWABAN", "Laporan bulanan kepada Kepala Bidang Mutasi",
      "KONSEKUENSI", "Keterlambatan verifikasi dicatat sebagai catatan kinerja triwulan",
      ...signatures(kadis, "19720315 199803 2 004", sekda, "19680101 199303 1 010"),
    ]);
    expect(missing).toBeUndefined();
    // The supervisor's specific expectation sits on the row of its value (Adaptif), after its three behaviours.
    expect(firstOutOfOrder(text, ["Adaptif", "bertindak proaktif", "Memimpin digitalisasi layanan kepegawaian", "Kolaboratif"])).toBeUndefined();
    expect(text).not.toContain("Rencana Hasil Kerja Pimpinan yang Diintervensi");
  });

  test("non-JPT form over several pages: every RHK with the supervisor's RHK and aspek, header repeated on every page of the table", async () => {
    const skp = nonJptSkp(24);
    const pages = await pdfPages(await renderSkpPdf(input(skp, pelaksana, kabid, SUPERVISOR_RHKS)));
    expect(pages.length).toBeGreaterThan(2);
    const text = flat(pages.join("\n"));
    const header = "No Rencana Hasil Kerja Pimpinan yang Diintervensi Rencana Hasil Kerja Aspek Indikator Kinerja Individu Target";
    const rows = skp.rhks.filter((r) => r.group === "UTAMA").flatMap((r, i) => [
      String(i + 1), SUPERVISOR_RHKS[i % 2 === 0 ? "s1" : "s2"], r.text,
      "Kuantitas", `Jumlah berkas terverifikasi rencana ${i + 1}`, `${(1200 + i).toLocaleString("id-ID")} berkas`,
      "Waktu", `Ketepatan waktu penyelesaian rencana ${i + 1}`, "12 bulan",
    ]);
    const missing = firstOutOfOrder(text, [
      "SASARAN KINERJA PEGAWAI",
      "Eko Kusuma", "Utin Wijaya, S.E.", "19900315 202321 1 001", "19800101 200502 2 001",
      "HASIL KERJA", "A. Utama", header, ...rows,
      "B. Tambahan", header, "Membantu sosialisasi aplikasi Kinerja ASN <= 3 kali – dengan café daring", "3 sesi",
      "PERILAKU KERJA", ...valueTexts(),
      ...signatures(pelaksana, "19900315 202321 1 001", kabid, "19800101 200502 2 001"),
      "LAMPIRAN SASARAN KINERJA PEGAWAI", "DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI",
      ...signatures(pelaksana, "19900315 202321 1 001", kabid, "19800101 200502 2 001"),
    ]);
    expect(missing).toBeUndefined();
    // The long RHK is wrapped inside its cell: whole in the text, never as one line.
    expect(text).toContain(LONG_RHK);
    expect(pages.some((p) => p.split("\n").includes(LONG_RHK))).toBe(false);
    // Every page that carries rows of table A starts them under the repeated header.
    const tableAPages = pages.map(flat).filter((p) => /Tersusunnya laporan pengolahan data kepegawaian nomor \d+/.test(p));
    expect(tableAPages.length).toBeGreaterThan(1);
    for (const page of tableAPages) {
      expect(page.indexOf(header)).toBeGreaterThanOrEqual(0);
      expect(page.indexOf(header)).toBeLessThan(page.search(/Tersusunnya laporan pengolahan data kepegawaian nomor \d+/));
    }
    // Nothing dropped or printed twice: the RHK of each row appears once.
    for (let i = 2; i <= 24; i++) expect(text.split(`kepegawaian nomor ${i} `).length - 1).toBe(1);
    expect(pages.at(-1)).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });

  test("a target longer than a page is split over pages, under the repeated header, with no word lost", async () => {
    const skp = nonJptSkp(1);
    const words = Array.from({ length: 300 }, (_, i) => `kata${i + 1}`);
    skp.rhks[0]!.indicators[0]!.target = { approach: "KUALITATIF", narrative: words.join(" ") };
    const pages = await pdfPages(await renderSkpPdf(input(skp, pelaksana, null, {})));
    const pagesWithWords = pages.map(flat).filter((p) => /kata\d+/.test(p));
    expect(pagesWithWords.length).toBeGreaterThan(1);
    for (const page of pagesWithWords) expect(page.indexOf("Rencana Hasil Kerja Pimpinan yang Diintervensi")).toBeLessThan(page.search(/kata\d+/));
    expect(flat(pages.join("\n")).match(/kata\d+/g)).toEqual(words);
    // No pejabat penilai known: the form still prints, with "-".
    expect(flat(pages[0]!)).toContain("PEJABAT PENILAI KINERJA");
    expect(flat(pages.join("\n"))).toContain("Pejabat Penilai Kinerja - NIP. -");
  });
});
