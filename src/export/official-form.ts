/**
 * The parts the official forms of PermenPANRB 6/2022 share (SKP, Dokumen Evaluasi Kinerja): an A4 document
 * with page numbers, the title block with the OPD and the period, the identity table of the pegawai and the
 * pejabat penilai, section headings, and the place/date with both signature blocks.
 */
import PDFDocument from "pdfkit";
import { drawTable, FONT, FONT_BOLD, wrapText } from "./pdf-table";
import { formatIndonesianDate, formatNipSpaced, toWinAnsi } from "./pdf-text";
import type { SkpPdfPerson } from "./skp-pdf-input";

export const MARGIN = 40;
export const NONE = "-";

export interface FormParties {
  opdName: string;
  pegawai: SkpPdfPerson;
  pejabatPenilai: SkpPdfPerson | null;
  place: string;
  signedOn: string;
}

/** An A4 form; `draw` fills it, then every page is numbered and the bytes are returned. */
export function renderForm(info: { title: string; author: string }, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: toWinAnsi(info.title), Author: toWinAnsi(info.author) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  draw(doc);
  numberPages(doc);
  doc.end();
  return done;
}

export function drawFormTitle(doc: PDFKit.PDFDocument, form: { title: string; subtitle?: string; opdName: string; from: string; to: string }): void {
  const periode = `PERIODE PENILAIAN: ${formatIndonesianDate(form.from)} s.d. ${formatIndonesianDate(form.to)}`;
  doc.font(FONT_BOLD).fontSize(13).text(form.title, { align: "center" });
  if (form.subtitle) doc.fontSize(10).text(toWinAnsi(form.subtitle), { align: "center" });
  doc.moveDown(0.6);
  const top = doc.y;
  const half = (doc.page.width - 2 * MARGIN) / 2;
  doc.font(FONT_BOLD).fontSize(9).text(toWinAnsi(form.opdName.toUpperCase()), MARGIN, top, { width: half });
  const leftBottom = doc.y;
  doc.font(FONT).text(toWinAnsi(periode), MARGIN + half, top, { width: half, align: "right" });
  doc.x = MARGIN;
  doc.y = Math.max(leftBottom, doc.y) + 4;
}

export function drawIdentity(doc: PDFKit.PDFDocument, parties: Pick<FormParties, "pegawai" | "pejabatPenilai">): void {
  const fields = (p: SkpPdfPerson | null): [string, string][] => [
    ["Nama", p?.displayName ?? NONE],
    ["NIP", p ? formatNipSpaced(p.nip) : NONE],
    ["Pangkat/Gol", p?.pangkatGolongan?.trim() || NONE],
    ["Jabatan", p?.jobTitle ?? NONE],
    ["Unit Kerja", p?.unitName ?? NONE],
  ];
  const pegawai = fields(parties.pegawai);
  const penilai = fields(parties.pejabatPenilai);
  drawTable(doc, {
    columns: [{ weight: 4, align: "center" }, { weight: 14 }, { weight: 32 }, { weight: 4, align: "center" }, { weight: 14 }, { weight: 32 }],
    header: [{ text: "No" }, { text: "PEGAWAI YANG DINILAI", span: 2 }, { text: "No" }, { text: "PEJABAT PENILAI KINERJA", span: 2 }],
    rows: pegawai.map(([label, value], i) => ({ cells: [String(i + 1), label, value, String(i + 1), penilai[i]![0], penilai[i]![1]] })),
  });
}

/** A section title kept with at least a few lines of what follows. */
export function heading(doc: PDFKit.PDFDocument, text: string): void {
  keepSpace(doc, 70);
  doc.font(FONT_BOLD).fontSize(10).text(text, MARGIN, doc.y);
  doc.moveDown(0.3);
}

export function subheading(doc: PDFKit.PDFDocument, text: string): void {
  keepSpace(doc, 60);
  doc.font(FONT_BOLD).fontSize(9).text(text, MARGIN, doc.y);
  doc.moveDown(0.2);
}

function keepSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Place and date, then the two signature blocks side by side; kept together on one page. */
export function drawSignatures(doc: PDFKit.PDFDocument, parties: FormParties): void {
  const half = (doc.page.width - 2 * MARGIN) / 2;
  doc.font(FONT).fontSize(9);
  const nameLines = (p: SkpPdfPerson | null) => wrapText(doc, p?.displayName ?? NONE, half - 20).length;
  keepSpace(doc, 110 + 11 * Math.max(nameLines(parties.pegawai), nameLines(parties.pejabatPenilai)));
  const top = doc.y + 10;
  doc.text(toWinAnsi(`${parties.place}, ${formatIndonesianDate(parties.signedOn)}`), MARGIN + half, top, { width: half, align: "center" });
  const blockTop = doc.y + 4;
  signatureBlock(doc, "Pegawai yang Dinilai", parties.pegawai, MARGIN, blockTop, half);
  signatureBlock(doc, "Pejabat Penilai Kinerja", parties.pejabatPenilai, MARGIN + half, blockTop, half);
  doc.x = MARGIN;
}

function signatureBlock(doc: PDFKit.PDFDocument, role: string, person: SkpPdfPerson | null, x: number, y: number, width: number): void {
  doc.font(FONT).fontSize(9).text(role, x, y, { width, align: "center" });
  doc.font(FONT_BOLD).text(toWinAnsi(person?.displayName ?? NONE), x + 10, y + 60, { width: width - 20, align: "center", underline: true });
  doc.font(FONT).text(`NIP. ${person ? formatNipSpaced(person.nip) : NONE}`, x, doc.y + 2, { width, align: "center" });
}

/** "Halaman n dari m" in the bottom margin of every page (written last, when the page count is known). */
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
