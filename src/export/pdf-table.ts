/**
 * A small table layout for pdfkit: wraps cell text itself (so it knows every line), repeats the header on each
 * page and never leaves a row cut across a page without it. A row taller than the free space moves to the next
 * page whole; only a row taller than a whole page is split, and its rest continues under the repeated header.
 */
import { FONT, FONT_BOLD, wrapText } from "./pdf-wrap";

export { FONT, FONT_BOLD, wrapText } from "./pdf-wrap";

export interface PdfColumn {
  /** Share of the table width (the shares are normalised). */
  weight: number;
  align?: "left" | "center";
}

export interface PdfHeaderCell {
  text: string;
  /** Columns this header cell covers (default 1). */
  span?: number;
}

export interface PdfRow {
  cells: string[];
  /**
   * The first `joinAbove` cells are shared with the row above (rowspan): their text is the one given in the
   * group's first row and flows down through the group; no line separates them. A group row that starts a page
   * prints them again, so the page reads on its own.
   */
  joinAbove?: number;
  bold?: boolean;
}

export interface PdfTable {
  columns: PdfColumn[];
  header?: PdfHeaderCell[];
  rows: PdfRow[];
  fontSize?: number;
}

const PADDING = 3;

export function drawTable(doc: PDFKit.PDFDocument, table: PdfTable): void {
  const fontSize = table.fontSize ?? 8;
  const lineHeight = fontSize * 1.25;
  const left = doc.page.margins.left;
  const totalWidth = doc.page.width - left - doc.page.margins.right;
  const weightSum = table.columns.reduce((s, c) => s + c.weight, 0);
  const widths = table.columns.map((c) => (c.weight / weightSum) * totalWidth);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  let y = doc.y;

  // Text is queued per page and written in (group, row, column) order, the shared cells of a group first, when the page is done, so a cell whose
  // so a cell whose lines flow through several rows of its group still reads as one text (text extraction).
  let queued: { group: number; row: number; col: number; seq: number; write: () => void }[] = [];
  const flushText = () => {
    queued.sort((a, b) => a.group - b.group || a.row - b.row || a.col - b.col || a.seq - b.seq).forEach((q) => q.write());
    queued = [];
  };

  /** Queues `counts[i]` lines of each cell from line `starts[i]` at height `tops[i]`. */
  const drawLines = (group: number, row: number, shared: number, cells: string[][], starts: number[], counts: number[], tops: number[], bold: boolean, aligns: ("left" | "center")[], spans: number[]) => {
    let col = 0;
    cells.forEach((lines, i) => {
      const span = spans[i] ?? 1;
      const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0) - 2 * PADDING;
      const x = xs[col]! + PADDING;
      lines.slice(starts[i], starts[i]! + counts[i]!).forEach((line, k) => {
        const top = tops[i]! + k * lineHeight;
        queued.push({
          group,
          row: i < shared ? -1 : row,
          col: i,
          seq: queued.length,
          write: () => {
            doc.font(bold ? FONT_BOLD : FONT).fontSize(fontSize);
            const indent = aligns[i] === "center" ? Math.max(0, (width - doc.widthOfString(line)) / 2) : 0;
            doc.text(line, x + indent, top, { lineBreak: false });
          },
        });
      });
      col += span;
    });
  };

  const drawBorders = (height: number, joined: number, spans: number[]) => {
    let col = 0;
    spans.forEach((span, i) => {
      const x0 = xs[col]!;
      const x1 = xs[col + span - 1]! + widths[col + span - 1]!;
      doc.moveTo(x0, y).lineTo(x0, y + height).moveTo(x1, y).lineTo(x1, y + height);
      if (i >= joined) doc.moveTo(x0, y).lineTo(x1, y);
      col += span;
    });
    doc.lineWidth(0.5).stroke();
  };

  const closeTable = () => {
    doc.moveTo(left, y).lineTo(left + totalWidth, y).lineWidth(0.5).stroke();
  };

  const headerSpans = (table.header ?? []).map((h) => h.span ?? 1);
  const drawHeader = () => {
    if (!table.header) return;
    doc.font(FONT_BOLD).fontSize(fontSize);
    let col = 0;
    const cells = table.header.map((h, i) => {
      const width = widths.slice(col, col + headerSpans[i]!).reduce((s, w) => s + w, 0) - 2 * PADDING;
      col += headerSpans[i]!;
      return wrapText(doc, h.text, width);
    });
    const count = Math.max(...cells.map((c) => c.length));
    const height = count * lineHeight + 2 * PADDING;
    doc.rect(left, y, totalWidth, height).fillColor("#e6e6e6").fill().fillColor("black");
    drawBorders(height, 0, headerSpans);
    drawLines(-1, 0, 0, cells, cells.map(() => 0), cells.map(() => count), cells.map(() => y + PADDING), true, headerSpans.map(() => "center"), headerSpans);
    y += height;
  };

  const newPage = () => {
    closeTable();
    flushText();
    doc.addPage();
    y = doc.page.margins.top;
    drawHeader();
  };

  const rowSpans = table.columns.map(() => 1);
  const aligns = table.columns.map((c) => c.align ?? "left");
  const headerHeightGuess = table.header ? 3 * lineHeight + 2 * PADDING : 0;
  if (y + headerHeightGuess + lineHeight + 2 * PADDING > bottom()) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  drawHeader();
  /** Lines a whole row group starting at row `r` takes (a row's padding counted as one line). */
  const groupLines = (r: number): number => {
    const span = table.rows[r + 1]?.joinAbove ?? 0;
    let total = 0;
    let sharedMax = 0;
    for (let k = r; k < table.rows.length && (k === r || (table.rows[k]!.joinAbove ?? 0) > 0); k++) {
      const row = table.rows[k]!;
      doc.font(row.bold ? FONT_BOLD : FONT).fontSize(fontSize);
      const lines = row.cells.map((text, i) => (i < span && k > r ? 0 : wrapText(doc, text, widths[i]! - 2 * PADDING).length));
      sharedMax = Math.max(sharedMax, ...lines.slice(0, span));
      total += Math.max(1, ...lines.slice(span)) + (k > r ? 1 : 0);
    }
    return Math.max(total, sharedMax);
  };

  let pageStartY = y;
  // Row groups (rowspan): the first `span` cells of a group's first row are shared by the rows joined to it;
  // their lines flow down through the group's rows (from `sharedY`) and the last row grows to hold the rest.
  let shared: string[][] = [];
  let sharedNext: number[] = [];
  let sharedY = y;
  let groupIndex = 0;
  table.rows.forEach((row, r) => {
    doc.font(row.bold ? FONT_BOLD : FONT).fontSize(fontSize);
    const own = row.cells.map((text, i) => wrapText(doc, text, widths[i]! - 2 * PADDING));
    const join = row.joinAbove ?? 0;
    const nextJoin = table.rows[r + 1]?.joinAbove ?? 0;
    if (join === 0) {
      groupIndex++;
      shared = own.slice(0, nextJoin);
      sharedNext = shared.map(() => 0);
      sharedY = y + PADDING;
    }
    const span = join > 0 ? join : nextJoin;
    const last = nextJoin === 0;
    const ownNext = own.map(() => 0);
    const sharedRest = () => Math.max(0, ...shared.map((c, i) => c.length - sharedNext[i]!));
    const ownRest = () => Math.max(0, ...own.map((c, i) => (i < span ? 0 : c.length - ownNext[i]!)));
    // Lines of height this row needs from `top`: its own cells, and when it closes a group, the shared rest.
    const needed = (top: number, cursor: number) =>
      Math.max(ownRest(), last ? Math.ceil(sharedRest() + (cursor - top - PADDING) / lineHeight - 1e-6) : 0);
    const fits = (count: number, top: number) => top + count * lineHeight + 2 * PADDING <= bottom();
    const startPage = () => {
      newPage();
      pageStartY = y;
      sharedY = y + PADDING;
      // A group row that starts a page prints the shared cells again, so the page reads on its own.
      if (join > 0 && sharedRest() === 0) sharedNext = shared.map(() => 0);
    };
    // Whole row (or group) on the next page when it would fit there; split only what is taller than a page.
    const onFreshPage = Math.max(1, ownRest(), ...shared.map((c) => c.length));
    const group = join === 0 && nextJoin > 0 ? groupLines(r) : 0;
    if (group > 0 && !fits(group, y) && y > pageStartY && fits(group, pageStartY)) startPage();
    else if (!fits(Math.max(1, needed(y, sharedY)), y) && y > pageStartY && fits(onFreshPage, pageStartY)) startPage();
    let first = true;
    while (first || needed(y, sharedY) > 0) {
      const room = Math.floor((bottom() - y - 2 * PADDING) / lineHeight);
      const count = Math.min(Math.max(1, needed(y, sharedY)), Math.max(room, 1));
      const height = count * lineHeight + 2 * PADDING;
      const sharedCount = Math.max(0, Math.floor((y + height - PADDING - sharedY) / lineHeight + 1e-6));
      drawBorders(height, first && join > 0 && y > pageStartY ? join : 0, rowSpans);
      const isShared = (i: number) => i < span;
      drawLines(
        groupIndex,
        r,
        span,
        own.map((c, i) => (isShared(i) ? shared[i]! : c)),
        own.map((_, i) => (isShared(i) ? sharedNext[i]! : ownNext[i]!)),
        own.map((_, i) => (isShared(i) ? sharedCount : count)),
        own.map((_, i) => (isShared(i) ? sharedY : y + PADDING)),
        row.bold ?? false,
        aligns,
        rowSpans,
      );
      sharedNext = sharedNext.map((n, i) => Math.min(shared[i]!.length, n + sharedCount));
      sharedY += sharedCount * lineHeight;
      own.forEach((c, i) => (ownNext[i] = Math.min(c.length, ownNext[i]! + count)));
      y += height;
      first = false;
      if (needed(y, sharedY) > 0) startPage();
    }
  });
  closeTable();
  flushText();
  doc.x = left;
  doc.y = y + lineHeight;
}
