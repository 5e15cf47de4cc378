/**
 * The columns of an indicator sheet (docs/planning.md). Headers are matched case-insensitively, with spaces
 * collapsed and anything in parentheses ignored ("Pendekatan (kuantitatif/kualitatif)" is "pendekatan");
 * other columns (e.g. "No") are ignored. `label` is how messages name the column.
 */
export const INDICATOR_COLUMNS = {
  id: { label: "Kode", headers: ["kode", "kode indikator", "id"], required: false },
  sasaran: { label: "Sasaran", headers: ["sasaran", "sasaran strategis", "sasaran kinerja", "sasaran kinerja organisasi"], required: true },
  indicator: {
    label: "Indikator",
    headers: ["indikator", "indikator kinerja", "indikator kinerja organisasi", "indikator kinerja utama", "iku"],
    required: true,
  },
  approach: { label: "Pendekatan", headers: ["pendekatan", "jenis target"], required: false },
  value: { label: "Target", headers: ["target", "target kuantitatif", "nilai target"], required: false },
  unit: { label: "Satuan", headers: ["satuan", "satuan target"], required: false },
  narrative: { label: "Target kualitatif", headers: ["target kualitatif", "narasi target", "narasi"], required: false },
} as const;
export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS;

/** Values of the Pendekatan column (case-insensitive); empty = kualitatif when only a narrative is given. */
export const APPROACH_VALUES = { kuantitatif: "KUANTITATIF", kualitatif: "KUALITATIF" } as const;

export function normalizeHeader(text: string): string {
  return text.replace(/\([^)]*\)/g, " ").replace(/[*:]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Column index of each known column in a header row; unknown headers are skipped. */
export function matchHeaders(cells: readonly string[]): Partial<Record<IndicatorColumn, number>> {
  const found: Partial<Record<IndicatorColumn, number>> = {};
  cells.forEach((cell, index) => {
    const header = normalizeHeader(cell);
    for (const [column, spec] of Object.entries(INDICATOR_COLUMNS) as [IndicatorColumn, (typeof INDICATOR_COLUMNS)[IndicatorColumn]][]) {
      if (found[column] === undefined && (spec.headers as readonly string[]).includes(header)) found[column] = index;
    }
  });
  return found;
}

/**
 * A target number as written in Indonesia or by a spreadsheet: "92,5" and "92.5" are 92.5; "1.500" and
 * "1.500,75" use '.' for thousands (groups of three digits); a trailing "%" is dropped (unit says persen).
 */
export function parseTargetNumber(raw: string | number): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  let text = raw.replace(/\s/g, "").replace(/%$/, "");
  if (text === "") return undefined;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+,\d+$/.test(text)) text = text.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}
