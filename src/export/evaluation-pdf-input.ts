/** What the Dokumen Evaluasi Kinerja prints; the caller (the evaluation API) gathers it from storage and the directory. */
import type { BerakhlakId } from "../domain/berakhlak";
import type { EvaluationState } from "../domain/evaluation";
import type { Predikat } from "../domain/predikat";
import type { Rating } from "../domain/rating";
import type { RhkGroup } from "../domain/skp";
import type { IsoDate } from "../domain/time";
import type { SkpPdfPerson } from "./skp-pdf-input";

export interface EvaluationPdfRhk {
  group: RhkGroup;
  text: string;
  /** IKI with their targets, already written out ("Jumlah berkas: 100 berkas"). */
  indicators: string[];
  /** The employee's realisasi (self-assessment), else what the progress reports add up to. */
  realisasi?: string;
  evidenceUrls: string[];
  judgement?: Rating;
  feedback?: string;
}

export interface EvaluationPdfInput {
  pegawai: SkpPdfPerson;
  pejabatPenilai: SkpPdfPerson | null;
  opdName: string;
  period: { label: string; start: IsoDate; end: IsoDate };
  state: EvaluationState | "draft";
  rhks: EvaluationPdfRhk[];
  /** Per BerAKHLAK value: the employee's note and the supervisor's feedback. */
  perilaku: Partial<Record<BerakhlakId, { note?: string; feedback?: string }>>;
  /** Absent until the supervisor rated (or, for the employee, until it is ditetapkan). */
  rating?: { hasilKerja: Rating; hasilKerjaReason?: string; perilakuKerja: Rating; predikat: Predikat };
  place: string;
  signedOn: IsoDate;
}
