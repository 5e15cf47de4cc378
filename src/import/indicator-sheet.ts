import { validateOrgIndicator } from "../domain/cascading";
import type { MessageParams } from "../domain/result";
import type { Target } from "../domain/target";
import { APPROACH_VALUES, INDICATOR_COLUMNS, matchHeaders, parseTargetNumber, type IndicatorColumn } from "./indicator-columns";
import { readSheet, UnreadableSheetError, type SheetRow, type SheetType } from "./sheet-reader";

/**
 * Organisation indicators from a spreadsheet (.xlsx or .csv, one row per indicator, docs/planning.md). The
 * whole file is checked before anything is stored: any bad row means nothing is imported, and the answer
 * lists every bad row with its number, column and reason.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** One import is one entity-group transaction (at most 100 entities): all rows are stored or none. */
export const MAX_IMPORT_ROWS = 100;
/** The header is looked for in the first rows, so a title line above it is allowed. */
const HEADER_SEARCH_ROWS = 5;
const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export interface ImportProblem {
  /** Spreadsheet row number; absent for problems of the whole file. */
  row?: number;
  /** Column label (INDICATOR_COLUMNS[...].label). */
  column?: string;
  /** i18n key (common.json "import.*" or a domain code). */
  code: string;
  params?: MessageParams;
}

export interface ImportedIndicatorRow {
  row: number;
  /** From the Kode column; otherwise matched to an existing indicator by its text, or new. */
  id?: string;
  sasaran: string;
  indicator: string;
  target: Target;
}

export type SheetParseResult = { ok: true; rows: ImportedIndicatorRow[] } | { ok: false; problems: ImportProblem[] };

export async function parseIndicatorSheet(type: SheetType, bytes: Buffer, scope: { opdId: string; year: number }): Promise<SheetParseResult> {
  if (bytes.length > MAX_IMPORT_BYTES) return fileProblem("import.fileTooLarge", { max: "2 MB" });
  let sheet: SheetRow[];
  try {
    sheet = await readSheet(type, bytes);
  } catch (err) {
    if (err instanceof UnreadableSheetError) return fileProblem("import.unreadable", { type });
    throw err;
  }
  const headerAt = sheet.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeader(matchHeaders(r.cells.map(String))));
  if (headerAt < 0) {
    const required = Object.values(INDICATOR_COLUMNS).filter((c) => c.required).map((c) => c.label).join(", ");
    return fileProblem("import.headerMissing", { columns: required });
  }
  const columns = matchHeaders(sheet[headerAt]!.cells.map(String));
  const dataRows = sheet.slice(headerAt + 1).filter((r) => r.cells.some((c) => String(c).trim() !== ""));
  if (dataRows.length === 0) return fileProblem("import.noRows");
  if (dataRows.length > MAX_IMPORT_ROWS) return fileProblem("import.tooManyRows", { max: MAX_IMPORT_ROWS, count: dataRows.length });

  const problems: ImportProblem[] = [];
  const rows: ImportedIndicatorRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of dataRows) {
    const parsed = parseRow(r, columns, scope, problems);
    if (!parsed) continue;
    const key = parsed.id ? `id:${parsed.id}` : `text:${textKey(parsed.sasaran, parsed.indicator)}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problems.push({ row: r.number, column: INDICATOR_COLUMNS.indicator.label, code: "import.duplicateRow", params: { row: first } });
      continue;
    }
    firstRowOf.set(key, r.number);
    rows.push(parsed);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/** Two indicators are the same when sasaran and indikator read the same, ignoring case and spacing. */
export function textKey(sasaran: string, indicator: string): string {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  return `${norm(sasaran)}\n${norm(indicator)}`;
}

function isHeader(found: Partial<Record<IndicatorColumn, number>>): boolean {
  return (Object.keys(INDICATOR_COLUMNS) as IndicatorColumn[]).every((c) => !INDICATOR_COLUMNS[c].required || found[c] !== undefined);
}

function fileProblem(code: string, params?: MessageParams): SheetParseResult {
  return { ok: false, problems: [params ? { code, params } : { code }] };
}

type Columns = Partial<Record<IndicatorColumn, number>>;

function parseRow(r: SheetRow, columns: Columns, scope: { opdId: string; year: number }, problems: ImportProblem[]): ImportedIndicatorRow | undefined {
  const raw = (c: IndicatorColumn): string | number => {
    const index = columns[c];
    return index === undefined ? "" : (r.cells[index] ?? "");
  };
  const text = (c: IndicatorColumn): string => String(raw(c)).trim();
  const before = problems.length;
  const report = (column: IndicatorColumn, code: string, params?: MessageParams) =>
    problems.push({ row: r.number, column: INDICATOR_COLUMNS[column].label, code, ...(params ? { params } : {}) });

  const id = text("id");
  if (id !== "" && !ID_PATTERN.test(id)) report("id", "import.idInvalid");
  const target = parseTarget(text, raw, report);
  // An unreadable target is already reported; the other columns are still checked, so every problem shows.
  const placeholder: Target = { approach: "KUALITATIF", narrative: "-" };
  const candidate = { id: id || "new", opdId: scope.opdId, year: scope.year, sasaran: text("sasaran"), indicator: text("indicator"), target: target ?? placeholder };
  for (const e of validateOrgIndicator(candidate)) report(columnOfField(e.field), e.code, e.params);
  if (problems.length > before || !target) return undefined;
  return { row: r.number, ...(id ? { id } : {}), sasaran: candidate.sasaran, indicator: candidate.indicator, target };
}

function parseTarget(
  text: (c: IndicatorColumn) => string,
  raw: (c: IndicatorColumn) => string | number,
  report: (column: IndicatorColumn, code: string, params?: MessageParams) => void,
): Target | undefined {
  const approachText = text("approach").toLowerCase();
  let approach: Target["approach"];
  if (approachText in APPROACH_VALUES) approach = APPROACH_VALUES[approachText as keyof typeof APPROACH_VALUES];
  else if (approachText === "") approach = text("value") === "" && text("narrative") !== "" ? "KUALITATIF" : "KUANTITATIF";
  else {
    report("approach", "import.approachInvalid", { value: approachText.slice(0, 40) });
    return undefined;
  }
  if (approach === "KUALITATIF") return { approach, narrative: text("narrative") };
  if (text("value") === "") {
    report("value", "import.targetMissing");
    return undefined;
  }
  const value = parseTargetNumber(raw("value"));
  if (value === undefined) {
    report("value", "import.targetNotNumber", { value: text("value").slice(0, 40) });
    return undefined;
  }
  return { approach, value, unit: text("unit") };
}

function columnOfField(field: string | undefined): IndicatorColumn {
  if (field === "target.value") return "value";
  if (field === "target.unit") return "unit";
  if (field === "target.narrative") return "narrative";
  return field === "sasaran" ? "sasaran" : "indicator";
}
