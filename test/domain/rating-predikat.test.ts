import fc from "fast-check";
import { ANGKA_KREDIT_PERCENT, angkaKredit, PREDIKAT_LABELS, PREDIKATS, predikatKinerja, type Predikat } from "../../src/domain/predikat";
import {
  RATING_LABELS,
  RATINGS,
  ratingRequiresReason,
  suggestRatingHasilKerja,
  validateRatingReason,
  type Rating,
  type RhkJudgement,
} from "../../src/domain/rating";

describe("Predikat Kinerja Pegawai: the 3x3 matrix of DOMAIN.md section 7", () => {
  test.each<[Rating, Rating, Predikat, string]>([
    ["DI_ATAS", "DI_BAWAH", "KURANG_MISCONDUCT", "Kurang/Misconduct"],
    ["DI_ATAS", "SESUAI", "BAIK", "Baik"],
    ["DI_ATAS", "DI_ATAS", "SANGAT_BAIK", "Sangat Baik"],
    ["SESUAI", "DI_BAWAH", "KURANG_MISCONDUCT", "Kurang/Misconduct"],
    ["SESUAI", "SESUAI", "BAIK", "Baik"],
    ["SESUAI", "DI_ATAS", "BAIK", "Baik"],
    ["DI_BAWAH", "DI_BAWAH", "SANGAT_KURANG", "Sangat Kurang"],
    ["DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN", "Butuh Perbaikan"],
    ["DI_BAWAH", "DI_ATAS", "BUTUH_PERBAIKAN", "Butuh Perbaikan"],
  ])("hasil %s x perilaku %s = %s (%s)", (hasil, perilaku, predikat, label) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(predikat);
    expect(PREDIKAT_LABELS[predikat]).toBe(label);
  });

  test("property: predikat is total over the ratings", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RATINGS), fc.constantFrom(...RATINGS), (h, p) => {
        expect(PREDIKATS).toContain(predikatKinerja(h, p));
      }),
    );
  });

  test("rating labels", () => {
    expect(RATING_LABELS).toEqual({ DI_ATAS: "Di Atas Ekspektasi", SESUAI: "Sesuai Ekspektasi", DI_BAWAH: "Di Bawah Ekspektasi" });
  });
});

describe("angka kredit (DOMAIN.md section 9)", () => {
  test.each<[Predikat, number, number]>([
    ["SANGAT_BAIK", 150, 18.75],
    ["BAIK", 100, 12.5],
    ["BUTUH_PERBAIKAN", 75, 9.375],
    ["KURANG_MISCONDUCT", 50, 6.25],
    ["SANGAT_KURANG", 25, 3.125],
  ])("%s earns %i%% of the coefficient: %d of 12.5", (predikat, percent, expected) => {
    expect(ANGKA_KREDIT_PERCENT[predikat]).toBe(percent);
    expect(angkaKredit(predikat, 12.5)).toBe(expected);
  });
});

const j = (spec: string): RhkJudgement[] =>
  // "U+" = Utama above, "T=" = Tambahan as expected, "U-" = Utama below ...
  spec.split(" ").filter(Boolean).map((s) => ({
    group: s[0] === "U" ? "UTAMA" : "TAMBAHAN",
    judgement: s[1] === "+" ? "DI_ATAS" : s[1] === "=" ? "SESUAI" : "DI_BAWAH",
  }));

describe("suggestRatingHasilKerja", () => {
  test.each<[string, Rating]>([
    ["", "SESUAI"], // nothing judged: no ground to deviate
    ["U+", "DI_ATAS"],
    ["U=", "SESUAI"],
    ["U-", "DI_BAWAH"],
    ["U+ U+ U=", "DI_ATAS"], // 2 of 3 above
    ["U+ U=", "SESUAI"], // half is not most
    ["U+ U+ U= U=", "SESUAI"],
    ["U+ U+ U+ U-", "SESUAI"], // most above, but an Utama below blocks Di Atas
    ["U+ U+ U+ T-", "DI_ATAS"], // a Tambahan below does not block it
    ["U+ U+ T+ T-", "DI_ATAS"],
    ["U- U- U+", "DI_BAWAH"],
    ["U- U+", "SESUAI"],
    ["U- T- U= U=", "SESUAI"], // half below is not most
    ["T- T- U+", "DI_BAWAH"], // Tambahan count towards "most"
    ["U- U- U- U+ U+", "DI_BAWAH"],
    ["T+ T+ T+ U=", "DI_ATAS"],
  ])("[%s] → %s", (spec, expected) => {
    expect(suggestRatingHasilKerja(j(spec))).toBe(expected);
  });

  const judgements = fc.array(
    fc.record({ group: fc.constantFrom("UTAMA" as const, "TAMBAHAN" as const), judgement: fc.constantFrom(...RATINGS) }),
    { maxLength: 20 },
  );

  test("property: the order of RHKs does not matter", () => {
    fc.assert(
      fc.property(judgements, (js) => {
        expect(suggestRatingHasilKerja([...js].reverse())).toBe(suggestRatingHasilKerja(js));
      }),
    );
  });

  test("property: Di Atas never with an Utama below; Di Atas/Di Bawah only with a strict majority", () => {
    fc.assert(
      fc.property(judgements, (js) => {
        const s = suggestRatingHasilKerja(js);
        const count = (r: Rating) => js.filter((x) => x.judgement === r).length;
        if (s === "DI_ATAS") {
          expect(js.some((x) => x.group === "UTAMA" && x.judgement === "DI_BAWAH")).toBe(false);
          expect(count("DI_ATAS") * 2).toBeGreaterThan(js.length);
        }
        if (s === "DI_BAWAH") expect(count("DI_BAWAH") * 2).toBeGreaterThan(js.length);
      }),
    );
  });
});

describe("choosing otherwise than suggested needs a reason", () => {
  test.each(RATINGS.flatMap((s) => RATINGS.map((c) => [s, c, s !== c] as const)))("suggested %s, chosen %s → reason needed: %s", (s, c, needed) => {
    expect(ratingRequiresReason(s, c)).toBe(needed);
  });

  test.each([
    ["SESUAI", "SESUAI", undefined, { ok: true, value: undefined }],
    ["SESUAI", "DI_ATAS", "  Capaian melampaui target tahunan ", { ok: true, value: "Capaian melampaui target tahunan" }],
    ["SESUAI", "DI_ATAS", " ", { ok: false, errors: [{ code: "field_required", field: "hasilKerjaReason" }] }],
    ["DI_ATAS", "DI_BAWAH", undefined, { ok: false, errors: [{ code: "field_required", field: "hasilKerjaReason" }] }],
  ] as const)("suggested %s, chosen %s, reason %j", (s, c, reason, expected) => {
    expect(validateRatingReason(s, c, reason)).toEqual(expected);
  });
});
