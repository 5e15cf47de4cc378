/** Line breaking for pdfkit text drawn line by line (the table layout needs to know every line). */
import { toWinAnsi } from "./pdf-text";

/** The standard PDF fonts: no font files to ship; pdfkit encodes their text in WinAnsi. */
export const FONT = "Helvetica";
export const FONT_BOLD = "Helvetica-Bold";

/** Splits text into lines that fit `width` at the current font; long words are broken by characters. */
export function wrapText(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of toWinAnsi(text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = "";
      let rest = word;
      while (doc.widthOfString(rest) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && doc.widthOfString(rest.slice(0, cut)) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
