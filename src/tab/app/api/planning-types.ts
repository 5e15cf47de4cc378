/** Shapes of the planning API (src/api/skp-routes.ts, matrix-routes.ts, indicator-routes.ts). */
import type { FieldError, PersonView } from "./types";

export type SkpState = "draft" | "diajukan" | "disetujui" | "dikembalikan";
export type RhkGroup = "UTAMA" | "TAMBAHAN";
export const ASPEKS = ["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"] as const;
export type Aspek = (typeof ASPEKS)[number];
export const PERSPEKTIFS = ["PENERIMA_LAYANAN", "PROSES_BISNIS", "PENGUATAN_INTERNAL", "ANGGARAN"] as const;
export type Perspektif = (typeof PERSPEKTIFS)[number];
export const BERAKHLAK_IDS = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"] as const;
export type BerakhlakId = (typeof BERAKHLAK_IDS)[number];

export type Target = { approach: "KUANTITATIF"; value: number; unit: string } | { approach: "KUALITATIF"; narrative: string };
export type RhkParent = { kind: "ORG_INDICATOR"; indicatorId: string } | { kind: "SUPERVISOR_RHK"; rhkId: string };

export interface Iki {
  id?: string;
  text: string;
  target: Target;
  aspek?: Aspek;
  perspektif?: Perspektif;
}

export interface Rhk {
  id?: string;
  group: RhkGroup;
  text: string;
  parent: RhkParent | null;
  indicators: Iki[];
}

export interface Lampiran {
  dukunganSumberDaya: string[];
  skemaPertanggungjawaban: string[];
  konsekuensi: string[];
}

export interface SkpContent {
  rhks: Rhk[];
  perilaku: Array<{ valueId: BerakhlakId; ekspektasiKhusus?: string }>;
  lampiran: Lampiran;
}

export interface Skp extends SkpContent {
  id: string;
  employeeId: string;
  year: number;
  form: "JPT" | "NON_JPT";
  revision: number;
  state: SkpState;
  createdAt: string;
  submittedAt?: string;
  decidedAt?: string;
  returnReason?: string;
  etag?: string;
}

export interface UplineLevel {
  person: PersonView;
  rhks: Array<{ id: string; text: string; parent: RhkParent | null }>;
}

export interface SkpView {
  employee: PersonView;
  year: number;
  opdId: string | null;
  revisions: Skp[];
  effective: Skp | null;
  current: Skp | null;
  upline: UplineLevel[];
}

export interface SaveDraftAnswer {
  skp: Skp;
  problems: FieldError[];
}

export interface TeamSkpRow {
  employee: PersonView;
  state: SkpState | null;
  revision: number | null;
  submittedAt: string | null;
  approvedRevision: number | null;
}

export interface OrgIndicator {
  id: string;
  sasaran: string;
  indicator: string;
  target: Target;
}

export interface MatrixCell {
  supervisorRhkId: string;
  subordinateId: string;
  text: string;
}

export interface MatrixView {
  supervisorId: string;
  year: number;
  columns: Array<{ rhkId: string; text: string; approved: boolean }>;
  rows: Array<{ subordinate: PersonView; skpState: SkpState | null }>;
  cells: MatrixCell[];
  etag?: string;
}

export interface MatrixSaveAnswer {
  matrix: MatrixView;
  /** Direct reports whose draft received the cells. */
  applied: string[];
  /** Direct reports whose submitted or approved SKP does not show the cells yet: they must revise. */
  needsRevision: Array<{ subordinateId: string; state: SkpState }>;
}
