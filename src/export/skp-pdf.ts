/**
 * The SKP as a PDF in the layout of the official form (PermenPANRB 6/2022 annex): identity of the pegawai and
 * the pejabat penilai, Hasil Kerja A. Utama / B. Tambahan, Perilaku Kerja, signatures, then the Lampiran SKP on
 * its own page with its signatures. A pure adapter: input in, PDF bytes out, no I/O.
 */
import { drawFormTitle, drawIdentity, drawSignatures, heading, NONE, renderForm, subheading } from "./official-form";
import { drawTable } from "./pdf-table";
import type { SkpPdfInput } from "./skp-pdf-input";
import { hasilKerjaTable, PERILAKU_COLUMNS, PERILAKU_HEADER, perilakuRows } from "./skp-pdf-rows";

export type { SkpPdfInput, SkpPdfPerson } from "./skp-pdf-input";

export function renderSkpPdf(input: SkpPdfInput): Promise<Buffer> {
  return renderForm({ title: `SKP ${input.pegawai.displayName} ${input.period.year}`, author: input.opdName }, (doc) => {
    drawSkp(doc, input);
    doc.addPage();
    drawLampiran(doc, input);
  });
}

function drawTitle(doc: PDFKit.PDFDocument, input: SkpPdfInput, title: string, subtitle?: string): void {
  drawFormTitle(doc, { title, subtitle, opdName: input.opdName, from: input.period.from, to: input.period.to });
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
