/**
 * Names, job titles and NIPs for synthetic people. Names mix the groups that make up Pontianak's civil
 * service: Malay (incl. the Abang/Utin/Gusti/Syarif/Sharifah titles used as given names), Dayak, Chinese-
 * Indonesian (Teochew/Hakka surnames), Javanese, Bugis, Madurese and Batak.
 */
import type { JabatanType } from "../domain/org";
import { formatPnsNip } from "./nip";
import type { Random } from "./synthetic-random";
import type { StaffKind } from "./synthetic-catalogue";

const MALE = ["Ahmad", "Muhammad", "Abang", "Gusti", "Syarif", "Uray", "Agus", "Budi", "Hendra", "Rudi", "Eko", "Taufik",
  "Rizky", "Fajar", "Dedi", "Iwan", "Arif", "Bambang", "Yohanes", "Agustinus", "Fransiskus", "Antonius", "Stefanus",
  "Paulus", "Yosef", "Andreas", "Hendri", "Sugianto", "Budiman", "Suryadi", "Kevin", "Vincent", "Heri", "Ridwan", "Zulkifli"];
const FEMALE = ["Siti", "Nur", "Putri", "Sri", "Utin", "Sharifah", "Dayang", "Rahmawati", "Dewi", "Fitri", "Nurul",
  "Ratna", "Wulan", "Indah", "Yanti", "Maria", "Yuliana", "Veronika", "Margaretha", "Agnes", "Theresia", "Elisabeth",
  "Felicia", "Lina", "Mei Ling", "Susanti", "Melati", "Rina", "Hairani", "Juliani"];
const SURNAMES = ["Rahman", "Hamid", "Alkadrie", "Alqadrie", "Mahmud", "Ismail", "Hasan", "Usman", "Abdullah", "Yusuf",
  "Daud", "Hidayat", "Maulana", "Ramli", "Zainal", "Lasarus", "Natasa", "Cornelis", "Anyang", "Kristianus", "Lim",
  "Tan", "Halim", "Wijaya", "Gunawan", "Santoso", "Tjhin", "Bong", "Lie", "Phang", "Tjhai", "Chandra", "Saputra",
  "Pratama", "Lestari", "Kusuma", "Susanto", "Nugroho", "Wibowo", "Setiawan", "Permata", "Anggraini", "Daeng",
  "Syahrial", "Simanjuntak", "Sitorus", "Siregar", "Kurniawan"];

const GENERAL_FUNGSIONAL = ["Analis Kebijakan Ahli Pertama", "Analis Kebijakan Ahli Muda", "Perencana Ahli Pertama",
  "Pranata Komputer Ahli Pertama", "Arsiparis Terampil", "Analis Keuangan Pusat dan Daerah Ahli Pertama"];

/** Fungsional titles by kind of OPD, and the share of staff who are Fungsional (the rest are Pelaksana). */
const FUNGSIONAL: Record<StaffKind, { titles: string[]; share: number }> = {
  hr: { titles: ["Analis SDM Aparatur Ahli Pertama", "Analis SDM Aparatur Ahli Muda", "Pranata SDM Aparatur Terampil",
    "Asesor SDM Aparatur Ahli Pertama"], share: 0.5 },
  education: { titles: ["Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Pengawas Sekolah Ahli Muda",
    "Penilik Ahli Pertama", "Pamong Belajar Ahli Pertama", "Pamong Budaya Ahli Pertama"], share: 0.85 },
  health: { titles: ["Dokter Ahli Pertama", "Dokter Ahli Muda", "Perawat Terampil", "Perawat Ahli Pertama", "Bidan Terampil",
    "Apoteker Ahli Pertama", "Epidemiolog Kesehatan Ahli Pertama", "Sanitarian Terampil", "Nutrisionis Ahli Pertama",
    "Pranata Laboratorium Kesehatan Terampil", "Radiografer Terampil"], share: 0.75 },
  works: { titles: ["Teknik Jalan dan Jembatan Ahli Pertama", "Teknik Pengairan Ahli Pertama", "Penata Ruang Ahli Pertama",
    "Teknik Tata Bangunan dan Perumahan Ahli Pertama", "Pembina Jasa Konstruksi Ahli Pertama"], share: 0.4 },
  civil: { titles: ["Administrator Database Kependudukan Ahli Pertama", "Administrator Database Kependudukan Terampil"], share: 0.35 },
  planning: { titles: ["Perencana Ahli Pertama", "Perencana Ahli Muda", "Peneliti Ahli Pertama", "Statistisi Ahli Pertama"], share: 0.55 },
  audit: { titles: ["Auditor Ahli Pertama", "Auditor Ahli Muda", "Auditor Terampil",
    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda"], share: 0.7 },
  satpol: { titles: ["Polisi Pamong Praja Terampil", "Polisi Pamong Praja Mahir", "Polisi Pamong Praja Ahli Pertama"], share: 0.6 },
  transport: { titles: ["Penguji Kendaraan Bermotor Terampil", "Penguji Kendaraan Bermotor Ahli Pertama"], share: 0.3 },
  finance: { titles: ["Analis Keuangan Pusat dan Daerah Ahli Pertama", "Analis Keuangan Pusat dan Daerah Ahli Muda"], share: 0.4 },
  ict: { titles: ["Pranata Komputer Ahli Pertama", "Pranata Komputer Terampil", "Pranata Hubungan Masyarakat Ahli Pertama",
    "Sandiman Ahli Pertama", "Statistisi Ahli Pertama"], share: 0.5 },
  social: { titles: ["Pekerja Sosial Ahli Pertama", "Penyuluh Sosial Ahli Pertama", "Penyuluh Keluarga Berencana Ahli Pertama"], share: 0.4 },
  library: { titles: ["Pustakawan Ahli Pertama", "Pustakawan Terampil", "Arsiparis Ahli Pertama", "Arsiparis Terampil"], share: 0.5 },
  agriculture: { titles: ["Penyuluh Pertanian Ahli Pertama", "Penyuluh Perikanan Ahli Pertama", "Medik Veteriner Ahli Pertama",
    "Analis Ketahanan Pangan Ahli Pertama"], share: 0.5 },
  fire: { titles: ["Analis Kebakaran Ahli Pertama", "Pemadam Kebakaran Terampil", "Pemadam Kebakaran Mahir"], share: 0.45 },
  environment: { titles: ["Pengendali Dampak Lingkungan Ahli Pertama", "Pengawas Lingkungan Hidup Ahli Pertama"], share: 0.3 },
  general: { titles: GENERAL_FUNGSIONAL, share: 0.35 },
};

const PELAKSANA = ["Pengadministrasi Perkantoran", "Penata Layanan Operasional", "Operator Layanan Operasional",
  "Pengolah Data dan Informasi", "Pengelola Layanan Operasional", "Penelaah Teknis Kebijakan", "Pengelola Umum Operasional"];

export function staffPosition(rnd: Random, kind: StaffKind): { jobTitle: string; jabatanType: JabatanType } {
  const pool = FUNGSIONAL[kind];
  if (!rnd.chance(pool.share)) return { jobTitle: rnd.pick(PELAKSANA), jabatanType: "Pelaksana" };
  // A quarter of the Fungsional are general analysts/planners, whatever the OPD does.
  const titles = rnd.chance(0.25) ? GENERAL_FUNGSIONAL : pool.titles;
  return { jobTitle: rnd.pick(titles), jabatanType: "Fungsional" };
}

/** Birth years and the latest TMT CPNS by level: a JPT has served long, staff range from new to near pension. */
const CAREER: Record<JabatanType, { born: [number, number]; latestTmt: number }> = {
  JPT: { born: [1966, 1978], latestTmt: 2008 },
  Administrator: { born: [1967, 1985], latestTmt: 2013 },
  Pengawas: { born: [1968, 1990], latestTmt: 2019 },
  Fungsional: { born: [1967, 2000], latestTmt: 2024 },
  Pelaksana: { born: [1967, 2001], latestTmt: 2024 },
};

export interface SyntheticIdentity {
  displayName: string;
  userPrincipalName: string;
  employeeId: string;
}

/** Hands out identities whose UPN and NIP are unique within one generated organisation. */
export function createIdentityFactory(rnd: Random, domain: string) {
  const upnCount = new Map<string, number>();
  const nips = new Set<string>();
  const ascii = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");

  function nip(jabatanType: JabatanType, gender: 1 | 2): string {
    const career = CAREER[jabatanType];
    for (;;) {
      const year = rnd.int(career.born[0], career.born[1]);
      const birthDate = { year, month: rnd.int(1, 12), day: rnd.int(1, 28) };
      const tmtCpns = { year: Math.min(career.latestTmt, year + rnd.int(22, 32)), month: rnd.int(1, 12) };
      const value = formatPnsNip({ birthDate, tmtCpns, gender, sequence: rnd.int(1, 999) });
      if (!nips.has(value)) {
        nips.add(value);
        return value;
      }
    }
  }

  return (jabatanType: JabatanType): SyntheticIdentity => {
    const gender = rnd.chance(0.5) ? 1 : 2;
    const first = rnd.pick(gender === 1 ? MALE : FEMALE);
    const last = rnd.pick(SURNAMES);
    const local = `${ascii(first)}.${ascii(last)}`;
    const n = (upnCount.get(local) ?? 0) + 1;
    upnCount.set(local, n);
    return {
      displayName: `${first} ${last}`,
      userPrincipalName: `${local}${n > 1 ? n : ""}@${domain}`,
      employeeId: nip(jabatanType, gender),
    };
  };
}
