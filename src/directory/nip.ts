/**
 * NIP (Nomor Induk Pegawai) helpers, DOMAIN.md section 11.
 * A PNS NIP is 18 digits: birth date YYYYMMDD + TMT CPNS YYYYMM + gender (1 male, 2 female) + 3-digit sequence.
 * PPPK numbers are also 18 digits but encode other things in the middle, and the org file does not say who is
 * PNS and who is PPPK, so the file loader only enforces the 18 digits. The full PNS rule is the domain's
 * `validateNip` (src/domain/nip.ts); this file only builds NIPs for the synthetic generator.
 */
export const NIP_PATTERN = /^\d{18}$/;

export interface PnsNipParts {
  birthDate: { year: number; month: number; day: number };
  tmtCpns: { year: number; month: number };
  gender: 1 | 2;
  sequence: number;
}

/** Builds a PNS NIP from its parts (no validation: callers pass parts that the domain's `validateNip` accepts). */
export function formatPnsNip(parts: PnsNipParts): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const { birthDate: b, tmtCpns: t } = parts;
  return `${pad(b.year, 4)}${pad(b.month, 2)}${pad(b.day, 2)}${pad(t.year, 4)}${pad(t.month, 2)}${parts.gender}${pad(parts.sequence, 3)}`;
}
