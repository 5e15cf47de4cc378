// Reads a PDF from stdin and prints {"pages": ["text of page 1", ...]} as JSON: each text item on its own line,
// in content order. pdfjs-dist 4 is ESM only while jest runs CommonJS, so tests run this in a child process.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ("str" in item ? item.str : "")).filter((s) => s !== "").join("\n"));
}
process.stdout.write(JSON.stringify({ pages }));
