/** Turns an evaluation into the rows of the Dokumen Evaluasi Kinerja's tables. */
import { BERAKHLAK } from "../domain/berakhlak";
import { RATING_LABELS } from "../domain/rating";
import type { RhkGroup } from "../domain/skp";
import type { EvaluationPdfInput } from "./evaluation-pdf-input";
import type { PdfColumn, PdfHeaderCell, PdfRow } from "./pdf-table";
import { INDONESIAN_MONTHS } from "./pdf-text";

const NONE = "-";

export const HASIL_KERJA_COLUMNS: PdfColumn[] = [{ weight: 4, align: "center" }, { weight: 22 }, { weight: 22 }, { weight: 22 }, { weight: 12 }, { weight: 18 }];
export const HASIL_KERJA_HEADER: PdfHeaderCell[] = ["No", "Rencana Hasil Kerja", "Indikator Kinerja Individu / Target", "Realisasi", "Penilaian", "Umpan Balik"].map((text) => ({ text }));

export function hasilKerjaRows(input: EvaluationPdfInput, group: RhkGroup): PdfRow[] {
  const rows = input.rhks
    .filter((r) => r.group === group)
    .map((r, i) => {
      const evidence = r.evidenceUrls.length > 0 ? `\nBukti dukung:\n${r.evidenceUrls.join("\n")}` : "";
      return {
        cells: [
          String(i + 1),
          r.text,
          r.indicators.length > 0 ? r.indicators.join("\n") : NONE,
          `${r.realisasi?.trim() || NONE}${evidence}`,
          r.judgement ? RATING_LABELS[r.judgement] : NONE,
          r.feedback?.trim() || NONE,
        ],
      };
    });
  return rows.length > 0 ? rows : [{ cells: [NONE, NONE, NONE, NONE, NONE, NONE] }];
}

export const PERILAKU_COLUMNS: PdfColumn[] = [{ weight: 4, align: "center" }, { weight: 44 }, { weight: 26 }, { weight: 26 }];
export const PERILAKU_HEADER: PdfHeaderCell[] = ["No", "Perilaku Kerja", "Catatan Pegawai", "Umpan Balik Pejabat Penilai"].map((text) => ({ text }));

export function perilakuRows(input: EvaluationPdfInput): PdfRow[] {
  return BERAKHLAK.map((value, i) => {
    const entry = input.perilaku[value.id];
    const behaviours = value.panduanPerilaku.map((b) => `- ${b}`).join("\n");
    return { cells: [String(i + 1), `${value.name}\n${behaviours}`, entry?.note?.trim() || NONE, entry?.feedback?.trim() || NONE] };
  });
}

/** "Maret 2026", "Triwulan II 2026", "Semester 1 2026": how the period is named on the documents. */
export function periodLabel(period: { type: string; index: number; year: number }): string {
  switch (period.type) {
    case "bulanan":
      return `${INDONESIAN_MONTHS[period.index - 1] ?? period.index} ${period.year}`;
    case "triwulanan":
      return `Triwulan ${["I", "II", "III", "IV"][period.index - 1] ?? period.index} ${period.year}`;
    case "semesteran":
      return `Semester ${["I", "II"][period.index - 1] ?? period.index} ${period.year}`;
    default:
      return `Tahunan ${period.year}`;
  }
}
