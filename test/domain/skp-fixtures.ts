/** Small hand-built SKPs for the SKP and coverage tests. */
import type { RhkParentRef } from "../../src/domain/cascading";
import { createSkpDraft, type Iki, type Rhk, type Skp, type SkpState } from "../../src/domain/skp";
import type { SkpValidationContext } from "../../src/domain/skp-validation";

export const NOW = new Date("2026-01-15T02:00:00Z");

export const quantitativeIki = (id: string, overrides: Partial<Iki> = {}): Iki => ({
  id,
  text: "Jumlah berkas kenaikan pangkat yang diverifikasi",
  aspek: "KUANTITAS",
  target: { approach: "KUANTITATIF", value: 120, unit: "berkas" },
  ...overrides,
});

export const rhk = (id: string, parent: RhkParentRef | null, overrides: Partial<Rhk> = {}): Rhk => ({
  id,
  group: "UTAMA",
  text: "Terverifikasinya berkas kenaikan pangkat tepat waktu",
  parent,
  indicators: [quantitativeIki(`${id}-iki`)],
  ...overrides,
});

export const toSupervisor = (rhkId: string): RhkParentRef => ({ kind: "SUPERVISOR_RHK", rhkId });
export const toIndicator = (indicatorId: string): RhkParentRef => ({ kind: "ORG_INDICATOR", indicatorId });

/** A complete non-JPT SKP of employee "emp" whose RHK serves supervisor RHK "sup-rhk-1". */
export function nonJptSkp(state: SkpState = "draft", overrides: Partial<Skp> = {}): Skp {
  return {
    ...createSkpDraft({ id: "skp-emp-2026", employeeId: "emp", jabatanType: "Pelaksana", year: 2026, now: NOW }),
    rhks: [rhk("emp-rhk-1", toSupervisor("sup-rhk-1"))],
    state,
    ...overrides,
  };
}

export function jptSkp(overrides: Partial<Skp> = {}): Skp {
  return {
    ...createSkpDraft({ id: "skp-kadis-2026", employeeId: "kadis", jabatanType: "JPT", year: 2026, now: NOW }),
    rhks: [
      rhk("kadis-rhk-1", toIndicator("ind-1"), {
        indicators: [{ id: "k-iki-1", text: "Indeks kepuasan layanan", perspektif: "PENERIMA_LAYANAN", target: { approach: "KUANTITATIF", value: 85, unit: "indeks" } }],
      }),
    ],
    ...overrides,
  };
}

export const validationContext: SkpValidationContext = {
  supervisorApprovedRhkIds: new Set(["sup-rhk-1", "sup-rhk-2"]),
  opdIndicatorIds: new Set(["ind-1", "ind-2"]),
};
