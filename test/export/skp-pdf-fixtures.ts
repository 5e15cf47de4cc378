/** SKPs and people for the PDF export tests. */
import { createSkpDraft, type Rhk, type Skp } from "../../src/domain/skp";
import type { SkpPdfInput, SkpPdfPerson } from "../../src/export/skp-pdf";

const NOW = new Date("2026-01-02T02:00:00Z");

export const kadis: SkpPdfPerson = {
  displayName: "Dr. Hj. Siti Rahmawati, S.Sos., M.Si.",
  nip: "197203151998032004",
  jobTitle: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
  unitName: "BKPSDM Kota Pontianak",
  pangkatGolongan: "Pembina Utama Muda (IV/c)",
};
export const sekda: SkpPdfPerson = { displayName: "Ir. Mulyadi Santoso, M.T.", nip: "19680101 199303 1 010", jobTitle: "Sekretaris Daerah", unitName: "Sekretariat Daerah" };
export const kabid: SkpPdfPerson = { displayName: "Utin Wijaya, S.E.", nip: "198001012005022001", jobTitle: "Kepala Bidang Mutasi", unitName: "Bidang Mutasi dan Promosi" };
/** A PPPK number: 18 digits, not a valid PNS NIP (TMT month 21), printed in the same grouping. */
export const pelaksana: SkpPdfPerson = { displayName: "Eko Kusuma", nip: "199003152023211001", jobTitle: "Pengolah Data dan Informasi", unitName: "Bidang Mutasi dan Promosi" };

export const LONG_RHK =
  "Terlaksananya verifikasi dan validasi berkas usulan kenaikan pangkat reguler dan pilihan bagi pegawai di lingkungan " +
  "Pemerintah Kota Pontianak secara lengkap, tepat waktu, dan sesuai ketentuan peraturan perundang-undangan, termasuk " +
  "koordinasi dengan Badan Kepegawaian Negara Kantor Regional V, pemutakhiran data pada Sistem Informasi ASN, " +
  "penyusunan rekapitulasi usulan per perangkat daerah, penyampaian umpan balik atas berkas yang belum memenuhi syarat, " +
  "serta pelaporan hasil verifikasi kepada pimpinan setiap akhir bulan berjalan agar tidak ada usulan yang tertunda.";

const lampiran = {
  dukunganSumberDaya: ["Aplikasi SIASN dan akses internet kantor", "Anggaran perjalanan dinas koordinasi ke Kanreg V BKN"],
  skemaPertanggungjawaban: ["Laporan bulanan kepada Kepala Bidang Mutasi"],
  konsekuensi: ["Keterlambatan verifikasi dicatat sebagai catatan kinerja triwulan"],
};

export function jptSkp(): Skp {
  const rhks: Rhk[] = [
    { id: "k1", group: "UTAMA", text: "Meningkatnya kualitas pelayanan kepegawaian", parent: { kind: "ORG_INDICATOR", indicatorId: "ind-1" }, indicators: [
      { id: "k1a", text: "Indeks kepuasan layanan kepegawaian", perspektif: "PENERIMA_LAYANAN", target: { approach: "KUANTITATIF", value: 85.5, unit: "indeks" } },
      { id: "k1b", text: "Persentase layanan selesai tepat waktu", perspektif: "PROSES_BISNIS", target: { approach: "KUANTITATIF", value: 95, unit: "persen" } },
    ] },
    { id: "k2", group: "UTAMA", text: "Terwujudnya manajemen talenta ASN", parent: { kind: "ORG_INDICATOR", indicatorId: "ind-2" }, indicators: [
      { id: "k2a", text: "Dokumen rencana suksesi yang ditetapkan", perspektif: "PENGUATAN_INTERNAL", target: { approach: "KUALITATIF", narrative: "Rencana suksesi ditetapkan Wali Kota sebelum Juni" } },
    ] },
    { id: "k3", group: "TAMBAHAN", text: "Menjadi narasumber forum kepegawaian provinsi", parent: null, indicators: [
      { id: "k3a", text: "Jumlah forum yang diikuti", perspektif: "ANGGARAN", target: { approach: "KUANTITATIF", value: 2, unit: "kali" } },
    ] },
  ];
  const draft = createSkpDraft({ id: "skp-kadis", employeeId: "kadis", jabatanType: "JPT", year: 2026, now: NOW });
  return {
    ...draft,
    rhks,
    perilaku: draft.perilaku.map((p) => (p.valueId === "adaptif" ? { ...p, ekspektasiKhusus: "Memimpin digitalisasi layanan kepegawaian" } : p)),
    lampiran,
  };
}

/** A non-JPT SKP of `rows` Utama RHKs (two IKIs each; the first RHK very long) and one Tambahan. */
export function nonJptSkp(rows: number): Skp {
  const rhks: Rhk[] = Array.from({ length: rows }, (_, i) => ({
    id: `e${i + 1}`,
    group: "UTAMA" as const,
    text: i === 0 ? LONG_RHK : `Tersusunnya laporan pengolahan data kepegawaian nomor ${i + 1}`,
    parent: { kind: "SUPERVISOR_RHK" as const, rhkId: `s${(i % 2) + 1}` },
    indicators: [
      { id: `e${i + 1}a`, text: `Jumlah berkas terverifikasi rencana ${i + 1}`, aspek: "KUANTITAS" as const, target: { approach: "KUANTITATIF" as const, value: 1200 + i, unit: "berkas" } },
      { id: `e${i + 1}b`, text: `Ketepatan waktu penyelesaian rencana ${i + 1}`, aspek: "WAKTU" as const, target: { approach: "KUANTITATIF" as const, value: 12, unit: "bulan" } },
    ],
  }));
  rhks.push({ id: "ex", group: "TAMBAHAN", text: "Membantu sosialisasi aplikasi Kinerja ASN ≤ 3 kali – dengan café daring", parent: null, indicators: [
    { id: "exa", text: "Jumlah sesi sosialisasi", aspek: "KUANTITAS", target: { approach: "KUANTITATIF", value: 3, unit: "sesi" } },
  ] });
  const draft = createSkpDraft({ id: "skp-eko", employeeId: "eko", jabatanType: "Pelaksana", year: 2026, now: NOW });
  return { ...draft, rhks, lampiran };
}

export function input(skp: Skp, pegawai: SkpPdfPerson, pejabatPenilai: SkpPdfPerson | null, parentTexts: Record<string, string>): SkpPdfInput {
  return {
    skp,
    pegawai,
    pejabatPenilai,
    opdName: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    parentTexts,
    period: { year: 2026, from: "2026-01-01", to: "2026-12-31" },
    place: "Pontianak",
    signedOn: "2026-01-02",
  };
}
