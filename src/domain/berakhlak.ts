/**
 * BerAKHLAK, the ASN core values (Perilaku Kerja, DOMAIN.md section 6): 7 values with 3 panduan perilaku
 * (behaviour guidelines) each. The text is official and stays in Bahasa Indonesia in every language; `gloss`
 * is the short English explanation shown next to it.
 */

export const BERAKHLAK_IDS = [
  "berorientasi-pelayanan",
  "akuntabel",
  "kompeten",
  "harmonis",
  "loyal",
  "adaptif",
  "kolaboratif",
] as const;
export type BerakhlakId = (typeof BERAKHLAK_IDS)[number];

export interface BerakhlakValue {
  id: BerakhlakId;
  name: string;
  gloss: string;
  panduanPerilaku: readonly [string, string, string];
}

export const BERAKHLAK: readonly BerakhlakValue[] = [
  {
    id: "berorientasi-pelayanan",
    name: "Berorientasi Pelayanan",
    gloss: "Service-oriented",
    panduanPerilaku: [
      "memahami dan memenuhi kebutuhan masyarakat",
      "ramah, cekatan, solutif, dan dapat diandalkan",
      "melakukan perbaikan tiada henti",
    ],
  },
  {
    id: "akuntabel",
    name: "Akuntabel",
    gloss: "Accountable",
    panduanPerilaku: [
      "melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
      "menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
      "tidak menyalahgunakan kewenangan jabatan",
    ],
  },
  {
    id: "kompeten",
    name: "Kompeten",
    gloss: "Competent",
    panduanPerilaku: [
      "meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
      "membantu orang lain belajar",
      "melaksanakan tugas dengan kualitas terbaik",
    ],
  },
  {
    id: "harmonis",
    name: "Harmonis",
    gloss: "Harmonious",
    panduanPerilaku: [
      "menghargai setiap orang apapun latar belakangnya",
      "suka menolong orang lain",
      "membangun lingkungan kerja yang kondusif",
    ],
  },
  {
    id: "loyal",
    name: "Loyal",
    gloss: "Loyal",
    panduanPerilaku: [
      "memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
      "menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
      "menjaga rahasia jabatan dan negara",
    ],
  },
  {
    id: "adaptif",
    name: "Adaptif",
    gloss: "Adaptive",
    panduanPerilaku: [
      "cepat menyesuaikan diri menghadapi perubahan",
      "terus berinovasi dan mengembangkan kreativitas",
      "bertindak proaktif",
    ],
  },
  {
    id: "kolaboratif",
    name: "Kolaboratif",
    gloss: "Collaborative",
    panduanPerilaku: [
      "memberi kesempatan kepada berbagai pihak untuk berkontribusi",
      "terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
      "menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
    ],
  },
];

const BY_ID = new Map<string, BerakhlakValue>(BERAKHLAK.map((v) => [v.id, v]));

export function isBerakhlakId(value: unknown): value is BerakhlakId {
  return typeof value === "string" && BY_ID.has(value);
}

export function getBerakhlakValue(id: BerakhlakId): BerakhlakValue {
  const v = BY_ID.get(id);
  if (!v) throw new RangeError(`unknown BerAKHLAK value: ${id}`);
  return v;
}
