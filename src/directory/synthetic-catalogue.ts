/**
 * Perangkat daerah (OPD) of a synthetic Pemerintah Kota Pontianak. The first entries follow the city's real
 * OPD names; the tail (split or merged variants seen in other Kalimantan cities) only exists so a caller can
 * ask for more than 40. Order matters: the generator takes the first `opds` entries, so BKPSDM (the admins),
 * the large services and the six kecamatan come first. Divisions are listed most important first, because
 * an OPD gets the first 2-4 of them (BKPSDM's first two carry the admin and kompetensi roles).
 */
import type { Role } from "../domain/org";

export type StaffKind = "hr" | "education" | "health" | "works" | "civil" | "planning" | "audit" | "satpol"
  | "transport" | "finance" | "ict" | "social" | "library" | "agriculture" | "fire" | "environment" | "general";

export interface OpdTemplate {
  id: string;
  name: string;
  kind: StaffKind;
  /** Share of the staff (Fungsional and Pelaksana) relative to other OPDs. */
  weight: number;
  divisions: string[];
  /** Defaults: "Kepala <name>" (JPT), "Sekretariat <name>". */
  head?: string;
  secretariat?: string;
  kecamatan?: boolean;
  divisionRoles?: Partial<Record<string, Role>>;
}

const kecamatan = (id: string, area: string, kelurahan: string[]): OpdTemplate => ({
  id, name: `Kecamatan Pontianak ${area}`, kind: "general", weight: 2, kecamatan: true,
  head: `Camat Pontianak ${area}`, divisions: kelurahan.map((k) => `Kelurahan ${k}`),
});

export const OPD_CATALOGUE: readonly OpdTemplate[] = [
  { id: "bkpsdm", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: "hr", weight: 2,
    divisions: ["Bidang Penilaian Kinerja dan Penghargaan", "Bidang Pengembangan Sumber Daya Aparatur",
      "Bidang Mutasi dan Promosi", "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian"],
    divisionRoles: { "Bidang Penilaian Kinerja dan Penghargaan": "admin", "Bidang Pengembangan Sumber Daya Aparatur": "kompetensi" } },
  { id: "disdikbud", name: "Dinas Pendidikan dan Kebudayaan", kind: "education", weight: 14,
    divisions: ["Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama",
      "Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal", "Bidang Kebudayaan"] },
  { id: "dinkes", name: "Dinas Kesehatan", kind: "health", weight: 7,
    divisions: ["Bidang Pelayanan Kesehatan", "Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit",
      "Bidang Sumber Daya Kesehatan"] },
  { id: "rsud-ssma", name: "Rumah Sakit Umum Daerah Sultan Syarif Mohamad Alkadrie", kind: "health", weight: 6,
    head: "Direktur RSUD Sultan Syarif Mohamad Alkadrie", secretariat: "Bagian Umum dan Keuangan",
    divisions: ["Bidang Pelayanan Medik", "Bidang Keperawatan", "Bidang Penunjang Medik dan Nonmedik"] },
  { id: "pupr", name: "Dinas Pekerjaan Umum dan Penataan Ruang", kind: "works", weight: 3,
    divisions: ["Bidang Bina Marga", "Bidang Sumber Daya Air", "Bidang Penataan Ruang", "Bidang Bina Konstruksi"] },
  { id: "disdukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "civil", weight: 2,
    divisions: ["Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil",
      "Bidang Pengelolaan Informasi Administrasi Kependudukan", "Bidang Pemanfaatan Data dan Inovasi Pelayanan"] },
  { id: "bappeda", name: "Badan Perencanaan Pembangunan Daerah", kind: "planning", weight: 1.5,
    divisions: ["Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan", "Bidang Perekonomian dan Sumber Daya Alam",
      "Bidang Pemerintahan dan Pembangunan Manusia", "Bidang Infrastruktur dan Kewilayahan"] },
  { id: "inspektorat", name: "Inspektorat", kind: "audit", weight: 1.5, head: "Inspektur",
    divisions: ["Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II", "Inspektur Pembantu Wilayah III",
      "Inspektur Pembantu Wilayah IV"] },
  { id: "satpolpp", name: "Satuan Polisi Pamong Praja", kind: "satpol", weight: 3,
    divisions: ["Bidang Penegakan Peraturan Daerah", "Bidang Ketenteraman dan Ketertiban Umum",
      "Bidang Perlindungan Masyarakat", "Bidang Sumber Daya Aparatur"] },
  kecamatan("kec-kota", "Kota", ["Darat Sekip", "Tengah", "Mariana", "Sungai Bangkong", "Sungai Jawi"]),
  kecamatan("kec-barat", "Barat", ["Pal Lima", "Sungai Jawi Dalam", "Sungai Jawi Luar", "Sungai Beliung"]),
  kecamatan("kec-timur", "Timur", ["Dalam Bugis", "Tanjung Hilir", "Tambelan Sampit", "Banjar Serasan", "Parit Mayor"]),
  kecamatan("kec-selatan", "Selatan", ["Benua Melayu Darat", "Benua Melayu Laut", "Parit Tokaya", "Akcaya", "Kota Baru"]),
  kecamatan("kec-tenggara", "Tenggara", ["Bansir Darat", "Bansir Laut", "Bangka Belitung Darat", "Bangka Belitung Laut"]),
  kecamatan("kec-utara", "Utara", ["Siantan Hulu", "Siantan Tengah", "Siantan Hilir", "Batu Layang"]),
  { id: "dishub", name: "Dinas Perhubungan", kind: "transport", weight: 2,
    divisions: ["Bidang Lalu Lintas", "Bidang Angkutan", "Bidang Prasarana dan Keselamatan", "Bidang Perparkiran"] },
  { id: "bkd", name: "Badan Keuangan Daerah", kind: "finance", weight: 1.5,
    divisions: ["Bidang Anggaran", "Bidang Perbendaharaan", "Bidang Akuntansi", "Bidang Aset Daerah"] },
  { id: "bapenda", name: "Badan Pendapatan Daerah", kind: "finance", weight: 1.5,
    divisions: ["Bidang Pendataan dan Penetapan", "Bidang Penagihan dan Keberatan", "Bidang Pajak Bumi dan Bangunan"] },
  { id: "diskominfo", name: "Dinas Komunikasi dan Informatika", kind: "ict", weight: 1,
    divisions: ["Bidang Aplikasi Informatika", "Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
      "Bidang Informasi dan Komunikasi Publik", "Bidang Statistik dan Persandian"] },
  { id: "dinsos", name: "Dinas Sosial", kind: "social", weight: 1.5,
    divisions: ["Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial", "Bidang Pemberdayaan Sosial"] },
  { id: "dlh", name: "Dinas Lingkungan Hidup", kind: "environment", weight: 3,
    divisions: ["Bidang Pengelolaan Sampah", "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
      "Bidang Pertamanan dan Ruang Terbuka Hijau", "Bidang Penataan dan Penaatan Lingkungan"] },
  { id: "disperkim", name: "Dinas Perumahan Rakyat dan Kawasan Permukiman", kind: "works", weight: 1.5,
    divisions: ["Bidang Perumahan", "Bidang Kawasan Permukiman", "Bidang Pertanahan", "Bidang Penerangan Jalan Umum"] },
  { id: "dpmptsp", name: "Dinas Penanaman Modal, Tenaga Kerja dan Pelayanan Terpadu Satu Pintu", kind: "general", weight: 1.5,
    divisions: ["Bidang Pelayanan Perizinan", "Bidang Penanaman Modal", "Bidang Tenaga Kerja", "Bidang Pengaduan dan Informasi"] },
  { id: "dkumdag", name: "Dinas Koperasi, Usaha Mikro dan Perdagangan", kind: "general", weight: 1.5,
    divisions: ["Bidang Perdagangan", "Bidang Koperasi", "Bidang Usaha Mikro", "Bidang Metrologi Legal"] },
  { id: "disporapar", name: "Dinas Kepemudaan, Olahraga dan Pariwisata", kind: "general", weight: 1,
    divisions: ["Bidang Pariwisata", "Bidang Kepemudaan", "Bidang Olahraga", "Bidang Ekonomi Kreatif"] },
  { id: "dp2kbp3a", name: "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak",
    kind: "social", weight: 1.5,
    divisions: ["Bidang Keluarga Berencana", "Bidang Perlindungan Anak", "Bidang Pemberdayaan Perempuan", "Bidang Pengendalian Penduduk"] },
  { id: "dispusip", name: "Dinas Perpustakaan dan Kearsipan", kind: "library", weight: 1,
    divisions: ["Bidang Layanan Perpustakaan", "Bidang Kearsipan", "Bidang Pengembangan Koleksi"] },
  { id: "dpp", name: "Dinas Pangan, Pertanian dan Perikanan", kind: "agriculture", weight: 2,
    divisions: ["Bidang Ketahanan Pangan", "Bidang Pertanian", "Bidang Perikanan", "Bidang Peternakan dan Kesehatan Hewan"] },
  { id: "bpbd", name: "Badan Penanggulangan Bencana Daerah", kind: "fire", weight: 1,
    head: "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
    divisions: ["Bidang Kedaruratan dan Logistik", "Bidang Pencegahan dan Kesiapsiagaan", "Bidang Rehabilitasi dan Rekonstruksi"] },
  { id: "kesbangpol", name: "Badan Kesatuan Bangsa dan Politik", kind: "general", weight: 1,
    divisions: ["Bidang Politik Dalam Negeri", "Bidang Ideologi dan Wawasan Kebangsaan", "Bidang Ketahanan Sosial dan Ekonomi"] },
  { id: "setwan", name: "Sekretariat Dewan Perwakilan Rakyat Daerah", kind: "general", weight: 1,
    head: "Sekretaris DPRD", secretariat: "Bagian Umum dan Keuangan",
    divisions: ["Bagian Persidangan dan Perundang-undangan", "Bagian Fasilitasi Penganggaran dan Pengawasan",
      "Bagian Hubungan Masyarakat dan Protokol"] },
  { id: "damkar", name: "Dinas Pemadam Kebakaran dan Penyelamatan", kind: "fire", weight: 2,
    divisions: ["Bidang Pemadaman dan Penyelamatan", "Bidang Pencegahan Kebakaran", "Bidang Sarana dan Prasarana"] },
  { id: "brida", name: "Badan Riset dan Inovasi Daerah", kind: "planning", weight: 0.8,
    divisions: ["Bidang Riset", "Bidang Inovasi Daerah", "Bidang Pengembangan Teknologi"] },
  { id: "disperin", name: "Dinas Perindustrian", kind: "general", weight: 0.8,
    divisions: ["Bidang Industri Kecil dan Menengah", "Bidang Industri Agro", "Bidang Sarana dan Prasarana Industri"] },
  { id: "dpmk", name: "Dinas Pemberdayaan Masyarakat dan Kelurahan", kind: "social", weight: 0.8,
    divisions: ["Bidang Pemberdayaan Masyarakat", "Bidang Pemerintahan Kelurahan", "Bidang Kelembagaan Masyarakat"] },
  { id: "distamkam", name: "Dinas Pertamanan dan Pemakaman", kind: "environment", weight: 1.5,
    divisions: ["Bidang Pertamanan", "Bidang Pemakaman", "Bidang Dekorasi Kota"] },
  { id: "disnaker", name: "Dinas Tenaga Kerja", kind: "general", weight: 0.8,
    divisions: ["Bidang Hubungan Industrial", "Bidang Penempatan Tenaga Kerja", "Bidang Pelatihan dan Produktivitas"] },
  { id: "dkp", name: "Dinas Ketahanan Pangan", kind: "agriculture", weight: 0.8,
    divisions: ["Bidang Ketersediaan dan Distribusi Pangan", "Bidang Konsumsi dan Keamanan Pangan", "Bidang Kerawanan Pangan"] },
  { id: "bpkad", name: "Badan Pengelolaan Aset Daerah", kind: "finance", weight: 0.8,
    divisions: ["Bidang Penatausahaan Aset", "Bidang Pemanfaatan Aset", "Bidang Pengamanan Aset"] },
  { id: "dispar", name: "Dinas Pariwisata dan Ekonomi Kreatif", kind: "general", weight: 0.8,
    divisions: ["Bidang Destinasi Pariwisata", "Bidang Pemasaran Pariwisata", "Bidang Ekonomi Kreatif"] },
  { id: "dispasar", name: "Dinas Pengelolaan Pasar", kind: "general", weight: 0.8,
    divisions: ["Bidang Pengelolaan Pasar Rakyat", "Bidang Ketertiban Pasar", "Bidang Sarana Pasar"] },
  { id: "disarsip", name: "Dinas Kearsipan Daerah", kind: "library", weight: 0.5,
    divisions: ["Bidang Pengelolaan Arsip", "Bidang Pembinaan Kearsipan"] },
  { id: "dinkop", name: "Dinas Koperasi dan Usaha Kecil", kind: "general", weight: 0.5,
    divisions: ["Bidang Koperasi", "Bidang Usaha Kecil", "Bidang Pembiayaan dan Kemitraan"] },
];
