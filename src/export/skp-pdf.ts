/**
 * The SKP as a PDF in the layout of the official form (PermenPANRB 6/2022 annex): identity of the pegawai and
 * the pejabat penilai, Hasil Kerja A. Utama / B. Tambahan, Perilaku Kerja, signatures, then the Lampiran SKP on
 * its own page with its signatures. A pure adapter: input in, PDF bytes out, no I/O.
 */
import PDFDocument from "pdfkit";
import { drawTable, FONT, FONT_BOLD, wrapText } from "./pdf-table";
import { formatIndonesianDate, formatNipSpaced, toWinAnsi } from "./pdf-text";
import type { SkpPdfInput, SkpPdfPerson } from "./skp-pdf-input";
import { hasilKerjaTable, PERILAKU_COLUMNS, PERILAKU_HEADER, perilakuRows } from "./skp-pdf-rows";

export type { SkpPdfInput, SkpPdfPerson } from "./skp-pdf-input";

const MARGIN = 40;
const NONE = "-";

export function renderSkpPdf(input: SkpPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: toWinAnsi(`SKP ${input.pegawai.displayName} ${input.period.year}`), Author: toWinAnsi(input.opdName) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  drawSkp(doc, input);
  doc.addPage();
  drawLampiran(doc, input);
  numberPages(doc);
  doc.end();
  return done;
}

function drawSkp(doc: PDFKit.PDFDocument, input: SkpPdfInput): void {
  drawTitle(doc, input, "SASARAN KINERJA PEGAWAI", input.skp.form === "JPT" ? "BAGI PEJABAT PIMPINAN TINGGI" : undefined);
  drawIdentity(doc, input);
  heading(doc, "HASIL KERJA");
  for (const [group, label] of [["UTAMA", "A. Utama"], ["TAMBAHAN", "B. Tambahan"]] as const) {
    subheading(doc, label);
    drawTable(doc, hasilKerjaTable(input.skp, group, input.parentTexts));
  }
  heading(doc, "PERILAKU KERJA");
  drawTable(doc, { columns: PERILAKU_COLUMNS, header: PERILAKU_HEADER, rows: perilakuRows(input.skp) });
  drawSignatures(doc, input);
}

function drawLampiran(doc: PDFKit.PDFDocument, input: SkpPdfInput): void {
  drawTitle(doc, input, "LAMPIRAN SASARAN KINERJA PEGAWAI");
  const { lampiran } = input.skp;
  const sections: [string, string[]][] = [
    ["DUKUNGAN SUMBER DAYA", lampiran.dukunganSumberDaya],
    ["SKEMA PERTANGGUNGJAWABAN", lampiran.skemaPertanggungjawaban],
    ["KONSEKUENSI", lampiran.konsekuensi],
  ];
  for (const [title, items] of sections) {
    heading(doc, title);
    const rows = items.map((item, i) => ({ cells: [String(i + 1), item] }));
    drawTable(doc, { columns: [{ weight: 4, align: "center" }, { weight: 96 }], rows: rows.length > 0 ? rows : [{ cells: [NONE, NONE] }], fontSize: 9 });
  }
  drawSignatures(doc, input);
}

function drawTitle(doc: PDFKit.PDFDocument, input: SkpPdfInput, title: string, subtitle?: string): void {
  const { period } = input;
  const periode = `PERIODE PENILAIAN: ${formatIndonesianDate(period.from)} s.d. ${formatIndonesianDate(period.to)}`;
  doc.font(FONT_BOLD).fontSize(13).text(title, { align: "center" });
  if (subtitle) doc.fontSize(10).text(subtitle, { align: "center" });
  doc.moveDown(0.6);
  const top = doc.y;
  const half = (doc.page.width - 2 * MARGIN) / 2;
  doc.font(FONT_BOLD).fontSize(9).text(toWinAnsi(input.opdName.toUpperCase()), MARGIN, top, { width: half });
  const leftBottom = doc.y;
  doc.font(FONT).text(toWinAnsi(periode), MARGIN + half, top, { width: half, align: "right" });
  doc.x = MARGIN;
  doc.y = Math.max(leftBottom, doc.y) + 4;
}

function drawIdentity(doc: PDFKit.PDFDocument, input: SkpPdfInput): void {
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

/** A section title kept with at least a few lines of what follows. */
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

/** Place and date, then the two signature blocks side by side; kept together on one page. */
function drawSignatures(doc: PDFKit.PDFDocument, input: SkpPdfInput): void {
  const half = (doc.page.width - 2 * MARGIN) / 2;
  doc.font(FONT).fontSize(9);
  const nameLines = (p: SkpPdfPerson | null) => wrapText(doc, p?.displayName ?? NONE, half - 20).length;
  const height = 110 + 11 * Math.max(nameLines(input.pegawai), nameLines(input.pejabatPenilai));
  keepSpace(doc, height);
  const top = doc.y + 10;
  const placeDate = `${input.place}, ${formatIndonesianDate(input.signedOn)}`;
  doc.text(toWinAnsi(placeDate), MARGIN + half, top, { width: half, align: "center" });
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
