/**
 * The Dokumen Evaluasi Kinerja Pegawai as a PDF, in the layout of the official form (PermenPANRB 6/2022 annex)
 * like the SKP PDF: identity of the pegawai and the pejabat penilai, the period, Hasil Kerja (per RHK the
 * realisasi, the supervisor's judgement and umpan balik), Perilaku Kerja (per BerAKHLAK value), the two ratings
 * and the Predikat Kinerja Pegawai, then place, date and signatures. A pure adapter: input in, PDF bytes out.
 */
import PDFDocument from "pdfkit";
import { PREDIKAT_LABELS } from "../domain/predikat";
import { RATING_LABELS } from "../domain/rating";
import type { EvaluationPdfInput } from "./evaluation-pdf-input";
import { HASIL_KERJA_COLUMNS, HASIL_KERJA_HEADER, hasilKerjaRows, PERILAKU_COLUMNS, PERILAKU_HEADER, perilakuRows } from "./evaluation-pdf-rows";
import { drawTable, FONT, FONT_BOLD, wrapText } from "./pdf-table";
import { formatIndonesianDate, formatNipSpaced, toWinAnsi } from "./pdf-text";
import type { SkpPdfPerson } from "./skp-pdf-input";

export type { EvaluationPdfInput, EvaluationPdfRhk } from "./evaluation-pdf-input";

const MARGIN = 40;
const NONE = "-";
export const EVALUATION_PDF_TITLE = "DOKUMEN EVALUASI KINERJA PEGAWAI";
/** Printed instead of ratings the reader may not see yet, so a blank never reads as "no result". */
export const NOT_YET_RATED = "Belum dinilai";

export function renderEvaluationPdf(input: EvaluationPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: toWinAnsi(`Evaluasi Kinerja ${input.pegawai.displayName} ${input.period.label}`), Author: toWinAnsi(input.opdName) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
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
  numberPages(doc);
  doc.end();
  return done;
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

function drawTitle(doc: PDFKit.PDFDocument, input: EvaluationPdfInput): void {
  const { period } = input;
  const periode = `PERIODE PENILAIAN: ${formatIndonesianDate(period.start)} s.d. ${formatIndonesianDate(period.end)}`;
  doc.font(FONT_BOLD).fontSize(13).text(EVALUATION_PDF_TITLE, { align: "center" });
  doc.fontSize(10).text(toWinAnsi(`PERIODE: ${period.label.toUpperCase()}`), { align: "center" });
  doc.moveDown(0.6);
  const top = doc.y;
  const half = (doc.page.width - 2 * MARGIN) / 2;
  doc.font(FONT_BOLD).fontSize(9).text(toWinAnsi(input.opdName.toUpperCase()), MARGIN, top, { width: half });
  const leftBottom = doc.y;
  doc.font(FONT).text(toWinAnsi(periode), MARGIN + half, top, { width: half, align: "right" });
  doc.x = MARGIN;
  doc.y = Math.max(leftBottom, doc.y) + 4;
}

function drawIdentity(doc: PDFKit.PDFDocument, input: EvaluationPdfInput): void {
  const fields = (p: SkpPdfPerson | null): [string, string][] => [
    ["Nama", p?.displayName ?? NONE],
    ["NIP", p ? formatNipSpaced(p.nip) : NONE],
    ["Pangkat/Gol", p?.pangkatGolongan?.trim() || NONE],
    ["Jabatan", p?.jobTitle ?? NONE],
    ["Unit Kerja", p?.unitName ?? NONE],
  ];
  const pegawai = fields(input.pegawai);
  const penilai = fields(input.pejabatPenilai);
  drawTable(doc, {
    columns: [{ weight: 4, align: "center" }, { weight: 14 }, { weight: 32 }, { weight: 4, align: "center" }, { weight: 14 }, { weight: 32 }],
    header: [{ text: "No" }, { text: "PEGAWAI YANG DINILAI", span: 2 }, { text: "No" }, { text: "PEJABAT PENILAI KINERJA", span: 2 }],
    rows: pegawai.map(([label, value], i) => ({ cells: [String(i + 1), label, value, String(i + 1), penilai[i]![0], penilai[i]![1]] })),
  });
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  keepSpace(doc, 70);
  doc.font(FONT_BOLD).fontSize(10).text(text, MARGIN, doc.y);
  doc.moveDown(0.3);
}

function subheading(doc: PDFKit.PDFDocument, text: string): void {
  keepSpace(doc, 60);
  doc.font(FONT_BOLD).fontSize(9).text(text, MARGIN, doc.y);
  doc.moveDown(0.2);
}

function keepSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Place and date, then the pegawai and the pejabat penilai side by side, kept together on one page. */
function drawSignatures(doc: PDFKit.PDFDocument, input: EvaluationPdfInput): void {
  const half = (doc.page.width - 2 * MARGIN) / 2;
  doc.font(FONT).fontSize(9);
  const nameLines = (p: SkpPdfPerson | null) => wrapText(doc, p?.displayName ?? NONE, half - 20).length;
  keepSpace(doc, 110 + 11 * Math.max(nameLines(input.pegawai), nameLines(input.pejabatPenilai)));
  const top = doc.y + 10;
  doc.text(toWinAnsi(`${input.place}, ${formatIndonesianDate(input.signedOn)}`), MARGIN + half, top, { width: half, align: "center" });
  const blockTop = doc.y + 4;
  signatureBlock(doc, "Pegawai yang Dinilai", input.pegawai, MARGIN, blockTop, half);
  signatureBlock(doc, "Pejabat Penilai Kinerja", input.pejabatPenilai, MARGIN + half, blockTop, half);
  doc.x = MARGIN;
}

function signatureBlock(doc: PDFKit.PDFDocument, role: string, person: SkpPdfPerson | null, x: number, y: number, width: number): void {
  doc.font(FONT).fontSize(9).text(role, x, y, { width, align: "center" });
  doc.font(FONT_BOLD).text(toWinAnsi(person?.displayName ?? NONE), x + 10, y + 60, { width: width - 20, align: "center", underline: true });
  doc.font(FONT).text(`NIP. ${person ? formatNipSpaced(person.nip) : NONE}`, x, doc.y + 2, { width, align: "center" });
}

function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(7).text(`Halaman ${i + 1} dari ${range.count}`, MARGIN, doc.page.height - MARGIN, {
      width: doc.page.width - 2 * MARGIN,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
