import ExcelJS from "exceljs";
import type { EvaluationState } from "../domain/evaluation";
import { PREDIKAT_LABELS, type Predikat } from "../domain/predikat";
import { RATING_LABELS, type Rating } from "../domain/rating";
import { translate } from "../i18n";

/**
 * The evaluation recap of one unit and period as an .xlsx workbook (Indonesian headers, like the other official
 * documents): one row per employee in the unit's curve, with both ratings, the predikat and the state.
 */
export const RECAP_SHEET = "Rekap Evaluasi";
export const RECAP_HEADERS = ["No", "Nama", "NIP", "Jabatan", "Rating Hasil Kerja", "Rating Perilaku Kerja", "Predikat Kinerja", "Status"] as const;
export const NOT_OPENED_LABEL = "Belum dibuka";
const COLUMN_WIDTHS = [5, 32, 22, 36, 22, 22, 20, 24];

export interface RecapRow {
  displayName: string;
  nip: string;
  jobTitle: string;
  state: EvaluationState | "belum_dibuka";
  rating?: { hasilKerja: Rating; perilakuKerja: Rating; predikat: Predikat };
}

export interface RecapInput {
  unitName: string;
  periodLabel: string;
  orgPredikatLabel?: string;
  rows: RecapRow[];
}

export async function evaluationRecapWorkbook(input: RecapInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja ASN";
  const ws = wb.addWorksheet(RECAP_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow([...RECAP_HEADERS]).font = { bold: true };
  input.rows.forEach((r, i) => {
    ws.addRow([
      i + 1,
      r.displayName,
      // As text: an 18-digit NIP as a number would lose its last digits in Excel.
      r.nip,
      r.jobTitle,
      r.rating ? RATING_LABELS[r.rating.hasilKerja] : null,
      r.rating ? RATING_LABELS[r.rating.perilakuKerja] : null,
      r.rating ? PREDIKAT_LABELS[r.rating.predikat] : null,
      r.state === "belum_dibuka" ? NOT_OPENED_LABEL : translate("id", `label_evaluation_state_${r.state}`),
    ]);
  });
  ws.getColumn(3).numFmt = "@";
  COLUMN_WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const info = wb.addWorksheet("Keterangan");
  info.addRows([["Unit", input.unitName], ["Periode", input.periodLabel], ["Predikat Kinerja Organisasi", input.orgPredikatLabel ?? "-"]]);
  info.getColumn(1).width = 30;
  info.getColumn(2).width = 60;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
