/** Shapes of the evaluation, team overview, indicator and coverage routes (GET /api/openapi.json). */
import type { Bilingual, Period, Report } from "./types";

export type Rating = "DI_ATAS" | "SESUAI" | "DI_BAWAH";
export const RATINGS: readonly Rating[] = ["DI_ATAS", "SESUAI", "DI_BAWAH"];
export type Predikat = "SANGAT_BAIK" | "BAIK" | "BUTUH_PERBAIKAN" | "KURANG_MISCONDUCT" | "SANGAT_KURANG";
export const PREDIKATS: readonly Predikat[] = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"];
export type EvaluationState = "draft" | "self_assessed" | "rated" | "ditetapkan" | "keberatan" | "diterima";

export interface Person3 {
  id: string;
  displayName: string;
  jobTitle: string;
}

export interface TeamOverviewRow {
  employee: Person3;
  skp: { state: string; revision: number; approvedRevision: number | null } | null;
  reportsThisWeek: number;
  withoutFeedback: number;
  reports: Report[];
  evaluation: { state: EvaluationState; predikat?: Predikat } | null;
}

export interface TeamOverview {
  today: string;
  weekStart: string;
  periodId: string | null;
  rows: TeamOverviewRow[];
}

export interface SupervisorRating {
  rhkAssessments: { rhkId: string; judgement: Rating; feedback?: string }[];
  suggestedHasilKerja: Rating;
  hasilKerja: Rating;
  hasilKerjaReason?: string;
  perilakuKerja: Rating;
  perilakuFeedback: { valueId: string; text: string }[];
  predikat: Predikat;
  ratedAt: string;
}

export interface Evaluation {
  employeeId: string;
  periodId: string;
  state: EvaluationState;
  selfAssessment?: { realisasi: { rhkId: string; text: string; evidenceUrls: string[] }[]; submittedAt: string };
  rating?: SupervisorRating;
  penetapan?: { at: string };
  acknowledgedAt?: string;
}

export interface EvaluationSubject {
  period: Period;
  employee: Person3;
  state: EvaluationState;
  evaluation: Evaluation | null;
  rhks: { id: string; group: string; text: string }[];
  headOfUnitRating?: Rating;
}

export interface RatingPreview {
  suggestedHasilKerja: Rating;
  reasonRequired: boolean;
  predikat?: Predikat;
  errors: { field: string; code: string; message: Bilingual }[];
}

export interface RatingBody {
  formId: string;
  rhkAssessments: { rhkId: string; judgement?: Rating; feedback?: string }[];
  hasilKerja?: Rating;
  hasilKerjaReason?: string;
  perilakuKerja?: Rating;
  perilakuFeedback: { valueId: string; text: string }[];
}

export interface CalibrationView {
  periodId: string;
  unitId: string;
  orgPredikat: string | null;
  rows: { employee: Person3 | null; state: EvaluationState; predikat: Predikat | null }[];
  counts: Record<Predikat, number>;
  n: number;
  rules: { ok: boolean; actual: number; limit: number; kind: string; message: Bilingual }[];
  violations: { code: string; message: Bilingual }[];
  distributionOk: boolean | null;
  notRated: (Person3 | null)[];
}

export type Target = { approach: "KUANTITATIF"; value: number; unit: string } | { approach: "KUALITATIF"; narrative: string };
export interface Indicator {
  id: string;
  opdId: string;
  year: number;
  sasaran: string;
  indicator: string;
  target: Target;
}
export type IndicatorInput = { sasaran: string; indicator: string; target: Target };

export interface ImportProblem {
  row?: number;
  column?: string;
  code: string;
  message: Bilingual;
}
export interface ImportResult {
  created: number;
  updated: number;
}

export interface CoverageSummary {
  indicators: number;
  coveredIndicators: number;
  approvedRhks: number;
  orphanRhks: number;
  employees: number;
  employeesWithApprovedSkp: number;
}
export interface OpdCoverage {
  year: number;
  opdId: string;
  opdName: string;
  summary: CoverageSummary;
  indicators: { indicator: Indicator; contributorCount: number }[];
  uncoveredIndicators: Indicator[];
  orphanRhks: { rhkId: string; text: string; employeeName: string; reason: string }[];
  employeesWithoutApprovedSkp: { id: string; displayName: string; jobTitle: string; unitName: string; skpState: string | null }[];
}
export interface CityCoverage {
  year: number;
  summary: CoverageSummary & { opds: number };
  opds: OpdCoverage[];
}
