/**
 * The Dokumen Evaluasi Kinerja Pegawai as a PDF, in the layout of the official form (PermenPANRB 6/2022 annex)
 * like the SKP PDF: identity of the pegawai and the pejabat penilai, the period, Hasil Kerja (per RHK the
 * realisasi, the supervisor's judgement and umpan balik), Perilaku Kerja (per BerAKHLAK value), the two ratings
 * and the Predikat Kinerja Pegawai, then place, date and signatures. A pure adapter: input in, PDF bytes out.
 */
import { PREDIKAT_LABELS } from "../domain/predikat";
import { RATING_LABELS } from "../domain/rating";
import type { EvaluationPdfInput } from "./evaluation-pdf-input";
import { HASIL_KERJA_COLUMNS, HASIL_KERJA_HEADER, hasilKerjaRows, PERILAKU_COLUMNS, PERILAKU_HEADER, perilakuRows } from "./evaluation-pdf-rows";
import { drawFormTitle, drawIdentity, drawSignatures, heading, renderForm, subheading } from "./official-form";
import { drawTable } from "./pdf-table";

export type { EvaluationPdfInput, EvaluationPdfRhk } from "./evaluation-pdf-input";

export const EVALUATION_PDF_TITLE = "DOKUMEN EVALUASI KINERJA PEGAWAI";
/** Printed instead of ratings the reader may not see yet, so a blank never reads as "no result". */
export const NOT_YET_RATED = "Belum dinilai";

export function renderEvaluationPdf(input: EvaluationPdfInput): Promise<Buffer> {
  return renderForm({ title: `Evaluasi Kinerja ${input.pegawai.displayName} ${input.period.label}`, author: input.opdName }, (doc) => {
    drawTitle(doc, input);
    drawIdentity(doc, input);
    heading(doc, "HASIL KERJA");
    for (const [group, label] of [["UTAMA", "A. Utama"], ["TAMBAHAN", "B. Tambahan"]] as const) {
      subheading(doc, label);
      drawTable(doc, { columns: HASIL_KERJA_COLUMNS, header: HASIL_KERJA_HEADER, rows: hasilKerjaRows(input, group) });
    }
    heading(doc, "PERILAKU KERJA");
    drawTable(doc, { columns: PERILAKU_COLUMNS, header: PERILAKU_HEADER, rows: perilakuRows(input) });
    heading(doc, "PREDIKAT KINERJA PEGAWAI");
    drawTable(doc, { columns: [{ weight: 40 }, { weight: 60 }], rows: summaryRows(input), fontSize: 9 });
    drawSignatures(doc, input);
  });
}

function drawTitle(doc: PDFKit.PDFDocument, input: EvaluationPdfInput): void {
  const { period } = input;
  drawFormTitle(doc, { title: EVALUATION_PDF_TITLE, subtitle: `PERIODE: ${period.label.toUpperCase()}`, opdName: input.opdName, from: period.start, to: period.end });
}

function summaryRows(input: EvaluationPdfInput) {
  const r = input.rating;
  const reason = r?.hasilKerjaReason ? `\nAlasan: ${r.hasilKerjaReason}` : "";
  return [
    { cells: ["Rating Hasil Kerja", r ? `${RATING_LABELS[r.hasilKerja]}${reason}` : NOT_YET_RATED] },
    { cells: ["Rating Perilaku Kerja", r ? RATING_LABELS[r.perilakuKerja] : NOT_YET_RATED] },
    { cells: ["Predikat Kinerja Pegawai", r ? PREDIKAT_LABELS[r.predikat] : NOT_YET_RATED], bold: true },
  ];
}
