/**
 * Text helpers for PDFs drawn with the 14 standard PDF fonts (Helvetica), which pdfkit encodes in WinAnsi
 * (Windows-1252). Indonesian is written in the Latin alphabet, so it fits; but user input can contain characters
 * outside WinAnsi (≤, emoji, Latin letters with rare diacritics), which pdfkit would encode as garbage.
 * `toWinAnsi` replaces them with the nearest printable text instead, so nothing prints as mojibake.
 */
import { validateNip } from "../domain/nip";
import { parseIsoDate, type IsoDate } from "../domain/time";

/** Characters above U+00FF that WinAnsi has (the 0x80–0x9F block of Windows-1252). */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/** Common symbols users paste, spelled out rather than lost. */
const REPLACEMENTS: Record<string, string> = { "≤": "<=", "≥": ">=", "≠": "!=", "→": "->", "←": "<-", "×": "x", "−": "-" };

function isWinAnsi(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.has(code);
}

/** The text with every character outside WinAnsi replaced (decomposed accents kept as the base letter, else '?'). */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    const code = ch.codePointAt(0)!;
    if (isWinAnsi(code)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += " ";
    else {
      const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base !== "" && [...base].every((c) => isWinAnsi(c.codePointAt(0)!)) ? base : "?";
    }
  }
  return out;
}

export const INDONESIAN_MONTHS = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

/** '2026-01-02' → '2 Januari 2026' (the date as written in Indonesian letters and forms). */
export function formatIndonesianDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  return `${parts.day} ${INDONESIAN_MONTHS[parts.month - 1]} ${parts.year}`;
}

/**
 * A NIP as printed on official documents: '19850416 201106 1 002' (birth date, TMT, gender, sequence). PPPK
 * numbers follow the same 8-6-1-3 grouping. Anything that is not 18 digits is printed as given.
 */
export function formatNipSpaced(nip: string): string {
  const r = validateNip(nip, "PPPK");
  if (!r.ok) return nip.trim() === "" ? "-" : nip.trim();
  const n = r.value;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}

/** A number in Indonesian notation: 1.234,5. */
export function formatIndonesianNumber(value: number): string {
  return new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(value);
}
