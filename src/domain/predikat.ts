/**
 * Predikat Kinerja Pegawai (DOMAIN.md section 7) and its effect on angka kredit (section 9).
 */
import type { Rating } from "./rating";

export const PREDIKATS = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const PREDIKAT_LABELS: Record<Predikat, string> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG_MISCONDUCT: "Kurang/Misconduct",
  SANGAT_KURANG: "Sangat Kurang",
};

/** The matrix exactly: PREDIKAT_MATRIX[ratingHasilKerja][ratingPerilakuKerja]. */
export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: "KURANG_MISCONDUCT", SESUAI: "BAIK", DI_ATAS: "SANGAT_BAIK" },
  SESUAI: { DI_BAWAH: "KURANG_MISCONDUCT", SESUAI: "BAIK", DI_ATAS: "BAIK" },
  DI_BAWAH: { DI_BAWAH: "SANGAT_KURANG", SESUAI: "BUTUH_PERBAIKAN", DI_ATAS: "BUTUH_PERBAIKAN" },
};

export function predikatKinerja(hasilKerja: Rating, perilakuKerja: Rating): Predikat {
  return PREDIKAT_MATRIX[hasilKerja][perilakuKerja];
}

/** Share of the annual angka kredit coefficient a Jabatan Fungsional earns, in percent. */
export const ANGKA_KREDIT_PERCENT: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG_MISCONDUCT: 50,
  SANGAT_KURANG: 25,
};

/**
 * Angka kredit earned in a year: the coefficient of the jenjang (e.g. 12.5 for Ahli Pertama) times the
 * predikat's percentage, rounded to 3 decimals (the coefficients are multiples of 0.5, so results are exact).
 */
export function angkaKredit(predikat: Predikat, annualCoefficient: number): number {
  return Math.round(annualCoefficient * ANGKA_KREDIT_PERCENT[predikat] * 10) / 1000;
}
