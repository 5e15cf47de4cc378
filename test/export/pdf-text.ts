import { execFile } from "node:child_process";
import path from "node:path";

const SCRIPT = path.resolve(__dirname, "..", "support", "pdf-text.mjs");

/** The text of each page of a PDF, read back with pdfjs-dist (in a child process: pdfjs is ESM only). */
export function pdfPages(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [SCRIPT], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`pdf-text failed: ${stderr || err.message}`));
      try {
        resolve((JSON.parse(stdout) as { pages: string[] }).pages);
      } catch (parseError) {
        reject(parseError as Error);
      }
    });
    child.stdin!.end(pdf);
  });
}

/** Whitespace collapsed, so text wrapped over several lines reads as one string. */
export const flat = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Asserts that every needle occurs in the haystack, each after the previous one; returns the first missing one. */
export function firstOutOfOrder(haystack: string, needles: string[]): string | undefined {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(flat(needle), from);
    if (at < 0) return needle;
    from = at + flat(needle).length;
  }
  return undefined;
}
