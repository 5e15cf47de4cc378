import { Readable } from "node:stream";
import ExcelJS from "exceljs";

/**
 * Reads the first worksheet of an .xlsx file or a .csv file into rows of cell texts, with exceljs. Cells keep
 * their spreadsheet row number (1-based) so every message can name the row the user sees in Excel.
 */
export const SHEET_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
} as const;
export type SheetType = keyof typeof SHEET_TYPES;

export interface SheetRow {
  /** Row number as the spreadsheet shows it (1 = first line). */
  number: number;
  /** Text of each cell; a number cell of an .xlsx stays a number (so 1.234 is never read as "1.234"). */
  cells: Array<string | number>;
}

export class UnreadableSheetError extends Error {}

/** The sheet type a Content-Type names (parameters such as charset ignored), or undefined. */
export function sheetTypeOf(contentType: string | undefined): SheetType | undefined {
  const mime = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (mime === SHEET_TYPES.xlsx) return "xlsx";
  // Excel and some browsers label CSV uploads application/vnd.ms-excel or text/plain.
  if (mime === SHEET_TYPES.csv || mime === "application/csv" || mime === "text/plain") return "csv";
  return undefined;
}

export async function readSheet(type: SheetType, bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (type === "xlsx") {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = workbook.worksheets[0];
    } else {
      const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
      sheet = await workbook.csv.read(Readable.from([text]), {
        // Keep every value as typed: no guessing of numbers or dates ("1.500" stays text, parsed later).
        map: (value: unknown) => value,
        parserOptions: { delimiter: guessDelimiter(text) },
      } as Partial<ExcelJS.CsvReadOptions> as ExcelJS.CsvReadOptions);
    }
  } catch {
    throw new UnreadableSheetError(`not a readable ${type} file`);
  }
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Array<string | number> = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ number, cells: Array.from(cells, (c) => c ?? "") });
  });
  return rows;
}

/** Excel in the Indonesian locale writes ';'-separated CSV (the comma is the decimal mark): look at line 1. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : count("\t") > count(",") ? "\t" : ",";
}

function cellText(value: ExcelJS.CellValue): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}
