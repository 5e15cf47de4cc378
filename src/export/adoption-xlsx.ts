import ExcelJS from "exceljs";
import type { OpdAdoption } from "../services/adoption-service";

/** The adoption view as an .xlsx workbook for BKPSDM (Indonesian headers, like the other official exports). */
export const ADOPTION_SHEET = "Adopsi";
export const ADOPTION_HEADERS = [
  "Perangkat Daerah",
  "Jumlah pegawai",
  "Memasang aplikasi",
  "Memasang aplikasi (%)",
  "Pengumuman terkirim",
  "Pengumuman dikonfirmasi",
  "Konfirmasi (%)",
  "Pelapor aktif 7 hari",
  "Pelapor aktif (%)",
  "SKP disetujui",
  "SKP disetujui (%)",
] as const;

export async function adoptionWorkbook(opds: readonly OpdAdoption[], period: { from: string; to: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja ASN";
  const sheet = wb.addWorksheet(ADOPTION_SHEET);
  sheet.addRow([`Adopsi Kinerja ASN per Perangkat Daerah, pelapor aktif ${period.from} s.d. ${period.to} (WIB)`]);
  sheet.addRow([...ADOPTION_HEADERS]).font = { bold: true };
  for (const o of opds) {
    sheet.addRow([
      o.opdName,
      o.staff,
      o.installed,
      o.installedPct,
      o.delivered,
      o.acknowledged,
      o.acknowledgedPct,
      o.activeReporters,
      o.activeReportersPct,
      o.approvedSkp,
      o.approvedSkpPct,
    ]);
  }
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 16));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
