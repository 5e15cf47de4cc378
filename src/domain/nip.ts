/**
 * NIP (Nomor Induk Pegawai) validation, DOMAIN.md section 11. A PNS NIP is 18 digits: birth date YYYYMMDD,
 * TMT CPNS YYYYMM (the month the person became a candidate civil servant), gender (1 male, 2 female) and a 3-digit
 * sequence. PPPK numbers are 18 digits too but encode other things, so only length and digits are checked.
 */
import { parseIsoDate, type IsoDate } from "./time";
import { error, ok, type DomainError, type Result } from "./result";

export const NIP_KINDS = ["PNS", "PPPK"] as const;
export type NipKind = (typeof NIP_KINDS)[number];

/** Nobody born before this serves any more; a smaller year is a typo. */
export const MIN_BIRTH_YEAR = 1940;

export const NIP_ERROR_CODES = [
  "nip_required",
  "nip_not_18_digits",
  "nip_birth_date_invalid",
  "nip_tmt_invalid",
  "nip_tmt_before_birth",
  "nip_gender_invalid",
  "nip_sequence_invalid",
] as const;
export type NipErrorCode = (typeof NIP_ERROR_CODES)[number];

export interface NipParts {
  birthDate: IsoDate;
  /** 'YYYY-MM'. */
  tmtCpns: string;
  gender: "L" | "P";
  sequence: number;
}

/**
 * Validates a NIP and returns every problem. Spaces (as printed on ID cards: "19850416 201106 1 002") are
 * ignored. `today` (WIB) makes the check also refuse a birth date or TMT in the future; without it the upper
 * bound is not checked, since rules never read the clock.
 */
export function validateNip(value: unknown, kind: NipKind = "PNS", options: { today?: IsoDate } = {}): Result<string, NipErrorCode> {
  if (typeof value !== "string" || value.trim() === "") return { ok: false, errors: [error("nip_required", "nip")] };
  const nip = value.replace(/\s+/g, "");
  if (!/^\d{18}$/.test(nip)) return { ok: false, errors: [error("nip_not_18_digits", "nip")] };
  if (kind === "PPPK") return ok(nip);
  const errors = pnsPartErrors(nip, options.today);
  return errors.length > 0 ? { ok: false, errors } : ok(nip);
}

function pnsPartErrors(nip: string, today: IsoDate | undefined): DomainError<NipErrorCode>[] {
  const errors: DomainError<NipErrorCode>[] = [];
  const num = (from: number, to: number) => Number(nip.slice(from, to));
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const birthOk = parseIsoDate(birth) !== undefined && num(0, 4) >= MIN_BIRTH_YEAR && (!today || birth <= today);
  if (!birthOk) errors.push(error("nip_birth_date_invalid", "nip", { min: MIN_BIRTH_YEAR }));

  const [tmtYear, tmtMonth] = [num(8, 12), num(12, 14)];
  const tmt = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  const tmtOk = tmtMonth >= 1 && tmtMonth <= 12 && tmtYear >= MIN_BIRTH_YEAR && (!today || tmt <= today.slice(0, 7));
  if (!tmtOk) errors.push(error("nip_tmt_invalid", "nip"));
  // A TMT takes effect on the 1st of its month, which must come after the birth date. Minimum-age rules changed
  // over the decades, so no age is enforced here.
  if (birthOk && tmtOk && `${tmt}-01` <= birth) errors.push(error("nip_tmt_before_birth", "nip"));

  const gender = nip.charAt(14);
  if (gender !== "1" && gender !== "2") errors.push(error("nip_gender_invalid", "nip"));
  if (num(15, 18) < 1) errors.push(error("nip_sequence_invalid", "nip"));
  return errors;
}

/** The parts of a valid PNS NIP, for display; undefined when validateNip refuses it. */
export function parseNip(value: string): NipParts | undefined {
  const r = validateNip(value, "PNS");
  if (!r.ok) return undefined;
  const nip = r.value;
  return {
    birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
    gender: nip.charAt(14) === "1" ? "L" : "P",
    sequence: Number(nip.slice(15, 18)),
  };
}
