/**
 * SKP, Sasaran Kinerja Pegawai (the employee's performance plan), DOMAIN.md section 3. The model only; the
 * content rules are in skp-validation.ts and the approval workflow in skp-workflow.ts.
 */
import { BERAKHLAK_IDS, type BerakhlakId } from "./berakhlak";
import type { RhkParentRef } from "./cascading";
import type { JabatanType } from "./org";
import type { Target } from "./target";

/** JPT = Jabatan Pimpinan Tinggi (heads of OPD); NON_JPT = Jabatan Administrasi and Fungsional. */
export const SKP_FORMS = ["JPT", "NON_JPT"] as const;
export type SkpForm = (typeof SKP_FORMS)[number];

/** Utama = main results, Tambahan = additional results. */
export const RHK_GROUPS = ["UTAMA", "TAMBAHAN"] as const;
export type RhkGroup = (typeof RHK_GROUPS)[number];

/** Aspek of a non-JPT IKI: quantity, quality, time, cost. */
export const ASPEKS = ["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"] as const;
export type Aspek = (typeof ASPEKS)[number];

/** Perspektif of a JPT IKI (the balanced-scorecard perspectives of the SKP JPT form). */
export const PERSPEKTIFS = ["PENERIMA_LAYANAN", "PROSES_BISNIS", "PENGUATAN_INTERNAL", "ANGGARAN"] as const;
export type Perspektif = (typeof PERSPEKTIFS)[number];
export const PERSPEKTIF_LABELS: Record<Perspektif, string> = {
  PENERIMA_LAYANAN: "Perspektif Penerima Layanan",
  PROSES_BISNIS: "Perspektif Proses Bisnis",
  PENGUATAN_INTERNAL: "Perspektif Penguatan Internal",
  ANGGARAN: "Perspektif Anggaran",
};

/** draft → diajukan (submitted) → disetujui (approved) | dikembalikan (returned) → draft. */
export const SKP_STATES = ["draft", "diajukan", "disetujui", "dikembalikan"] as const;
export type SkpState = (typeof SKP_STATES)[number];

/** Indikator Kinerja Individu: one row under an RHK. */
export interface Iki {
  id: string;
  text: string;
  target: Target;
  /** Required on the non-JPT form. */
  aspek?: Aspek;
  /** Required on the JPT form. */
  perspektif?: Perspektif;
}

/** Rencana Hasil Kerja. */
export interface Rhk {
  /**
   * Unique among the employees' SKPs and kept by revisions (a revision copies the ids), so subordinates' RHKs
   * and the coverage map keep pointing to it when the supervisor revises the plan.
   */
  id: string;
  group: RhkGroup;
  text: string;
  /** JPT: an organisation indicator of the OPD; non-JPT: an approved RHK of the direct supervisor. */
  parent: RhkParentRef | null;
  indicators: Iki[];
}

/** One BerAKHLAK value as expected in this SKP, with the supervisor's optional specific expectation. */
export interface PerilakuExpectation {
  valueId: BerakhlakId;
  ekspektasiKhusus?: string;
}

/** Lampiran SKP: resource support, accountability scheme, consequences (free-text items). */
export interface Lampiran {
  dukunganSumberDaya: string[];
  skemaPertanggungjawaban: string[];
  konsekuensi: string[];
}

export interface SkpContent {
  rhks: Rhk[];
  perilaku: PerilakuExpectation[];
  lampiran: Lampiran;
}

export interface Skp extends SkpContent {
  id: string;
  employeeId: string;
  year: number;
  form: SkpForm;
  /** 1 for the first plan of the year; a change to an approved SKP is revision + 1. */
  revision: number;
  /** The approved SKP this revision changes. */
  previousRevisionId?: string;
  state: SkpState;
  /** ISO instants. */
  createdAt: string;
  submittedAt?: string;
  /** Who approved or returned it and when (the supervisor or the acting Plt/Plh at that moment). */
  decidedById?: string;
  decidedAt?: string;
  /** Why it was returned; kept after reopening so the employee still sees it while editing. */
  returnReason?: string;
}

/** JPT use the JPT form; Administrator, Pengawas, Fungsional and Pelaksana use the non-JPT form. */
export function skpFormFor(jabatanType: JabatanType): SkpForm {
  return jabatanType === "JPT" ? "JPT" : "NON_JPT";
}

export function emptySkpContent(): SkpContent {
  return {
    rhks: [],
    perilaku: BERAKHLAK_IDS.map((valueId) => ({ valueId })),
    lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
  };
}

/** A new, empty draft SKP (revision 1) with all 7 BerAKHLAK values. */
export function createSkpDraft(args: { id: string; employeeId: string; jabatanType: JabatanType; year: number; now: Date }): Skp {
  return {
    id: args.id,
    employeeId: args.employeeId,
    year: args.year,
    form: skpFormFor(args.jabatanType),
    revision: 1,
    state: "draft",
    createdAt: args.now.toISOString(),
    ...emptySkpContent(),
  };
}

/** The SKP in force: the approved revision with the highest number (earlier approved revisions are history). */
export function effectiveSkp<S extends Pick<Skp, "state" | "revision">>(revisions: readonly S[]): S | undefined {
  let best: S | undefined;
  for (const s of revisions) if (s.state === "disetujui" && (!best || s.revision > best.revision)) best = s;
  return best;
}

/** Deep copy of the content, so a revision never shares arrays with the approved SKP it started from. */
export function cloneSkpContent(c: SkpContent): SkpContent {
  return {
    rhks: c.rhks.map((r) => ({
      ...r,
      parent: r.parent ? { ...r.parent } : null,
      indicators: r.indicators.map((i) => ({ ...i, target: { ...i.target } })),
    })),
    perilaku: c.perilaku.map((p) => ({ ...p })),
    lampiran: {
      dukunganSumberDaya: [...c.lampiran.dukunganSumberDaya],
      skemaPertanggungjawaban: [...c.lampiran.skemaPertanggungjawaban],
      konsekuensi: [...c.lampiran.konsekuensi],
    },
  };
}
