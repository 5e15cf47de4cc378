/**
 * NIP (Nomor Induk Pegawai) helpers, DOMAIN.md section 11.
 * A PNS NIP is 18 digits: birth date YYYYMMDD + TMT CPNS YYYYMM + gender (1 male, 2 female) + 3-digit sequence.
 * PPPK numbers are also 18 digits but encode other things in the middle, and the org file does not say who is
 * PNS and who is PPPK, so the file loader only enforces the 18 digits; `parsePnsNip` is the stricter reading
 * (used by the synthetic generator's tests and by anyone who knows the person is a PNS).
 */
export const NIP_PATTERN = /^\d{18}$/;

export function isNipFormat(value: string): boolean {
  return NIP_PATTERN.test(value);
}

export interface PnsNipParts {
  birthDate: { year: number; month: number; day: number };
  tmtCpns: { year: number; month: number };
  gender: 1 | 2;
  sequence: number;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Reads a PNS NIP; undefined when it is not 18 digits or a date part, the gender or the sequence is impossible. */
export function parsePnsNip(nip: string): PnsNipParts | undefined {
  if (!isNipFormat(nip)) return undefined;
  const num = (from: number, to: number) => Number(nip.slice(from, to));
  const birthDate = { year: num(0, 4), month: num(4, 6), day: num(6, 8) };
  const tmtCpns = { year: num(8, 12), month: num(12, 14) };
  const gender = num(14, 15);
  const sequence = num(15, 18);
  if (!isCalendarDate(birthDate.year, birthDate.month, birthDate.day)) return undefined;
  if (tmtCpns.month < 1 || tmtCpns.month > 12 || tmtCpns.year <= birthDate.year) return undefined;
  if ((gender !== 1 && gender !== 2) || sequence < 1) return undefined;
  return { birthDate, tmtCpns, gender, sequence };
}

/** Builds a PNS NIP from its parts (no validation: callers pass parts that `parsePnsNip` accepts). */
export function formatPnsNip(parts: PnsNipParts): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const { birthDate: b, tmtCpns: t } = parts;
  return `${pad(b.year, 4)}${pad(b.month, 2)}${pad(b.day, 2)}${pad(t.year, 4)}${pad(t.month, 2)}${parts.gender}${pad(parts.sequence, 3)}`;
}
