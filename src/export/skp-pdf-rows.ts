/** Turns the SKP's RHKs and BerAKHLAK expectations into the rows of the official form's tables. */
import { BERAKHLAK } from "../domain/berakhlak";
import { PERSPEKTIF_LABELS, type Aspek, type Rhk, type RhkGroup, type Skp } from "../domain/skp";
import type { Target } from "../domain/target";
import type { PdfColumn, PdfHeaderCell, PdfRow } from "./pdf-table";
import { formatIndonesianNumber } from "./pdf-text";

const ASPEK_LABELS: Record<Aspek, string> = { KUANTITAS: "Kuantitas", KUALITAS: "Kualitas", WAKTU: "Waktu", BIAYA: "Biaya" };
const NONE = "-";

export function targetText(target: Target): string {
  return target.approach === "KUANTITATIF" ? `${formatIndonesianNumber(target.value)} ${target.unit}` : target.narrative;
}

function parentText(rhk: Rhk, parentTexts: Readonly<Record<string, string>>): string {
  if (!rhk.parent) return NONE;
  const id = rhk.parent.kind === "ORG_INDICATOR" ? rhk.parent.indicatorId : rhk.parent.rhkId;
  return parentTexts[id] ?? NONE;
}

export interface HasilKerjaTable {
  columns: PdfColumn[];
  header: PdfHeaderCell[];
  rows: PdfRow[];
}

/**
 * JPT: No | RHK | IKI | Target | Perspektif, the organisation indicator the RHK serves printed under its text.
 * Non-JPT: No | RHK pimpinan yang diintervensi | RHK | Aspek | IKI | Target. One line per IKI; the RHK cells
 * span the IKI lines of their RHK.
 */
export function hasilKerjaTable(skp: Skp, group: RhkGroup, parentTexts: Readonly<Record<string, string>>): HasilKerjaTable {
  const jpt = skp.form === "JPT";
  const rhks = skp.rhks.filter((r) => r.group === group);
  const rows: PdfRow[] = [];
  rhks.forEach((rhk, index) => {
    const no = String(index + 1);
    const parent = parentText(rhk, parentTexts);
    const indicators = rhk.indicators.length > 0 ? rhk.indicators : [undefined];
    indicators.forEach((iki, k) => {
      const ikiText = iki?.text ?? NONE;
      const target = iki ? targetText(iki.target) : NONE;
      const joinAbove = k === 0 ? 0 : jpt ? 2 : 3;
      if (jpt) {
        const rhkCell = `${rhk.text}\n(Indikator Kinerja Organisasi: ${parent})`;
        const perspektif = iki?.perspektif ? PERSPEKTIF_LABELS[iki.perspektif] : NONE;
        rows.push({ cells: [no, rhkCell, ikiText, target, perspektif], joinAbove });
      } else {
        const aspek = iki?.aspek ? ASPEK_LABELS[iki.aspek] : NONE;
        rows.push({ cells: [no, parent, rhk.text, aspek, ikiText, target], joinAbove });
      }
    });
  });
  if (rows.length === 0) rows.push({ cells: jpt ? [NONE, NONE, NONE, NONE, NONE] : [NONE, NONE, NONE, NONE, NONE, NONE] });
  const header = jpt
    ? ["No", "Rencana Hasil Kerja", "Indikator Kinerja Individu", "Target", "Perspektif"]
    : ["No", "Rencana Hasil Kerja Pimpinan yang Diintervensi", "Rencana Hasil Kerja", "Aspek", "Indikator Kinerja Individu", "Target"];
  const columns: PdfColumn[] = jpt
    ? [{ weight: 4, align: "center" }, { weight: 34 }, { weight: 30 }, { weight: 14 }, { weight: 18 }]
    : [{ weight: 4, align: "center" }, { weight: 24 }, { weight: 24 }, { weight: 10 }, { weight: 24 }, { weight: 14 }];
  return { columns, header: header.map((text) => ({ text })), rows };
}

/** The 7 BerAKHLAK values in the official order, with their panduan perilaku and the supervisor's expectation. */
export function perilakuRows(skp: Skp): PdfRow[] {
  return BERAKHLAK.map((value, index) => {
    const expectation = skp.perilaku.find((p) => p.valueId === value.id)?.ekspektasiKhusus?.trim();
    const behaviours = value.panduanPerilaku.map((b) => `- ${b}`).join("\n");
    return { cells: [String(index + 1), `${value.name}\n${behaviours}`, expectation || NONE] };
  });
}

export const PERILAKU_COLUMNS: PdfColumn[] = [{ weight: 4, align: "center" }, { weight: 60 }, { weight: 36 }];
export const PERILAKU_HEADER: PdfHeaderCell[] = [{ text: "No" }, { text: "Perilaku Kerja" }, { text: "Ekspektasi Khusus Pimpinan" }];
