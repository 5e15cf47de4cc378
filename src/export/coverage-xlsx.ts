import ExcelJS from "exceljs";
import type { SkpState } from "../domain/skp";
import { translate } from "../i18n";
import type { OpdCoverage } from "../services/coverage-service";

/**
 * The coverage report as an .xlsx workbook for BKPSDM and heads of OPD (Indonesian headers, as the other
 * official documents): Ringkasan, Indikator, Rantai RHK, RHK yatim, Pegawai tanpa SKP. With several OPDs
 * (the city) every sheet starts with the OPD column.
 */
export const COVERAGE_SHEETS = {
  summary: "Ringkasan",
  indicators: "Indikator",
  chains: "Rantai RHK",
  orphans: "RHK yatim",
  withoutSkp: "Pegawai tanpa SKP",
} as const;

export const COVERAGE_HEADERS = {
  summary: ["Perangkat Daerah", "Jumlah indikator", "Indikator tercakup", "Cakupan indikator (%)", "RHK disetujui", "RHK yatim", "Jumlah pegawai", "Pegawai dengan SKP disetujui"],
  indicators: ["Sasaran", "Indikator", "Target", "Satuan", "Target kualitatif", "Jumlah RHK", "Pegawai berkontribusi", "Status"],
  chains: ["Indikator", "Tingkat", "RHK", "Pegawai", "RHK atasan yang diintervensi"],
  orphans: ["Pegawai", "RHK", "Alasan", "Rantai terputus di RHK"],
  withoutSkp: ["Nama", "Jabatan", "Unit", "Status SKP"],
} as const;

export const COVERED_LABEL = "Tercakup";
export const UNCOVERED_LABEL = "Belum ada yang mengerjakan";
const SKP_STATE_LABELS: Record<SkpState | "none", string> = {
  none: "Belum ada SKP",
  draft: "Draf",
  diajukan: "Diajukan, belum disetujui",
  dikembalikan: "Dikembalikan",
  disetujui: "Disetujui",
};

type Cell = string | number | null;

export async function coverageWorkbook(opds: readonly OpdCoverage[], options: { withOpdColumn: boolean }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja ASN";
  const opdColumn = (o: OpdCoverage): Cell[] => (options.withOpdColumn ? [o.opdName] : []);
  const opdHeader = options.withOpdColumn ? ["Perangkat Daerah"] : [];

  sheet(wb, COVERAGE_SHEETS.summary, [...COVERAGE_HEADERS.summary], opds.map((o) => [
    o.opdName, o.summary.indicators, o.summary.coveredIndicators, o.summary.indicatorCoveragePercent,
    o.summary.approvedRhks, o.summary.orphanRhks, o.summary.employees, o.summary.employeesWithApprovedSkp,
  ]));
  sheet(wb, COVERAGE_SHEETS.indicators, [...opdHeader, ...COVERAGE_HEADERS.indicators], opds.flatMap((o) =>
    o.indicators.map(({ indicator: i, rhks, contributorCount }) => [
      ...opdColumn(o), i.sasaran, i.indicator,
      i.target.approach === "KUANTITATIF" ? i.target.value : null,
      i.target.approach === "KUANTITATIF" ? i.target.unit : null,
      i.target.approach === "KUALITATIF" ? i.target.narrative : null,
      rhks.length, contributorCount, rhks.length > 0 ? COVERED_LABEL : UNCOVERED_LABEL,
    ]),
  ));
  sheet(wb, COVERAGE_SHEETS.chains, [...opdHeader, ...COVERAGE_HEADERS.chains], opds.flatMap((o) =>
    o.indicators.flatMap(({ indicator, rhks }) => {
      const text = new Map(rhks.map((r) => [r.rhkId, r.text]));
      return rhks.map((r) => [...opdColumn(o), indicator.indicator, r.depth, r.text, r.employeeName, r.parentRhkId ? (text.get(r.parentRhkId) ?? r.parentRhkId) : null]);
    }),
  ));
  sheet(wb, COVERAGE_SHEETS.orphans, [...opdHeader, ...COVERAGE_HEADERS.orphans], opds.flatMap((o) =>
    o.orphanRhks.map((r) => [...opdColumn(o), r.employeeName, r.text, translate("id", `label_orphan_reason_${r.reason}`), r.brokenAtRhkId === r.rhkId ? null : r.brokenAtRhkId]),
  ));
  sheet(wb, COVERAGE_SHEETS.withoutSkp, [...opdHeader, ...COVERAGE_HEADERS.withoutSkp], opds.flatMap((o) =>
    o.employeesWithoutApprovedSkp.map((p) => [...opdColumn(o), p.displayName, p.jobTitle, p.unitName, SKP_STATE_LABELS[p.skpState ?? "none"]]),
  ));
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
