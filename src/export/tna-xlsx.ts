import ExcelJS from "exceljs";
import type { TrainingNeedsAnalysis } from "../services/development-tna";

/**
 * The training needs analysis as an .xlsx workbook for next year's plan (Indonesian headers, as the other
 * official documents): Ringkasan (one row per competency or value), Per unit, Per jenis jabatan, Pegawai.
 */
export const TNA_SHEETS = { summary: "Ringkasan", units: "Per unit", jabatan: "Per jenis jabatan", people: "Pegawai" } as const;
export const TNA_HEADERS = {
  summary: ["Sumber", "Kebutuhan", "Jumlah pegawai"],
  units: ["Kebutuhan", "Unit", "Jumlah pegawai"],
  jabatan: ["Kebutuhan", "Jenis jabatan", "Jumlah pegawai"],
  people: ["Kebutuhan", "Nama", "NIP", "Unit", "Jenis jabatan"],
} as const;
const SOURCE_LABELS: Record<string, string> = { PERILAKU: "Perilaku (BerAKHLAK)", KOMPETENSI: "Kompetensi", REKOMENDASI: "Rekomendasi atasan", RHK: "RHK" };

type Cell = string | number;

export async function tnaWorkbook(tna: TrainingNeedsAnalysis): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja ASN";
  sheet(wb, TNA_SHEETS.summary, [...TNA_HEADERS.summary], tna.topics.map((t) => [SOURCE_LABELS[t.source] ?? t.source, t.label, t.employeeCount]));
  sheet(wb, TNA_SHEETS.units, [...TNA_HEADERS.units], tna.topics.flatMap((t) => t.byUnit.map((u) => [t.label, u.unitName, u.count])));
  sheet(wb, TNA_SHEETS.jabatan, [...TNA_HEADERS.jabatan], tna.topics.flatMap((t) => t.byJabatanType.map((j) => [t.label, j.jabatanType, j.count])));
  // NIP as text: 18 digits do not survive as a spreadsheet number.
  sheet(wb, TNA_SHEETS.people, [...TNA_HEADERS.people], tna.topics.flatMap((t) => t.people.map((p) => [t.label, p.name, p.nip, p.unitName, p.jabatanType])));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(headers).font = { bold: true };
  ws.addRows(rows);
  ws.columns.forEach((column, i) => {
    const longest = Math.max(headers[i]?.length ?? 0, ...rows.slice(0, 200).map((r) => String(r[i] ?? "").length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
}
