/** What the SKP PDF prints; the caller (the SKP API) gathers it from storage and the org directory. */
import type { Person } from "../domain/org";
import type { Skp } from "../domain/skp";
import type { IsoDate } from "../domain/time";

export interface SkpPdfPerson extends Pick<Person, "displayName" | "nip" | "jobTitle"> {
  /** Name of the person's unit (unit kerja). */
  unitName: string;
  /** Pangkat/golongan ruang, e.g. "Penata Tk. I (III/d)"; the directory does not hold it yet, so printed as "-". */
  pangkatGolongan?: string;
}

export interface SkpPdfInput {
  skp: Skp;
  pegawai: SkpPdfPerson;
  /** The pejabat penilai kinerja (direct supervisor or the acting Plt/Plh); null prints "-" (e.g. not in the directory). */
  pejabatPenilai: SkpPdfPerson | null;
  /** Name of the OPD (perangkat daerah) printed at the top of the form. */
  opdName: string;
  /**
   * Text of what each RHK points to, keyed by the parent's id: the supervisor's RHK text by `rhkId` (non-JPT,
   * "RHK pimpinan yang diintervensi") or the organisation indicator text by `indicatorId` (JPT). Missing → "-".
   */
  parentTexts: Readonly<Record<string, string>>;
  period: { year: number; from: IsoDate; to: IsoDate };
  /** Place of signing, e.g. "Pontianak". */
  place: string;
  signedOn: IsoDate;
}
