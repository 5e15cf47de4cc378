import fc from "fast-check";
import {
  checkDistribution,
  countPredikats,
  DISTRIBUTION_RULES,
  headOfUnitRatingFromOrgPredikat,
  ORG_PREDIKATS,
  percentOf,
  ROUNDING_MODES,
  type OrgPredikat,
  type PredikatCounts,
} from "../../src/domain/distribution";
import { PREDIKATS, type Predikat } from "../../src/domain/predikat";

/**
 * Limits worked out by hand from DOMAIN.md section 8 with the default rounding (max: floor, min: ceil):
 * floor(70%): N=1→0, 3→2, 7→4, 10→7, 33→23 · floor(10%): 0, 0, 0, 1, 3
 * ceil(60%): 1, 2, 5, 6, 20 · ceil(10%): 1, 1, 1, 1, 4 · fixed "at least 1": 1 · "none": 0
 * One array per org predikat, in the order of its rules.
 */
const EXPECTED_LIMITS: Record<OrgPredikat, Record<number, number[]>> = {
  ISTIMEWA: { 1: [0], 3: [2], 7: [4], 10: [7], 33: [23] },
  BAIK: { 1: [0, 1], 3: [2, 1], 7: [4, 1], 10: [7, 1], 33: [23, 1] },
  BUTUH_PERBAIKAN: { 1: [1, 0], 3: [2, 0], 7: [5, 0], 10: [6, 1], 33: [20, 3] },
  KURANG: { 1: [1, 1, 0], 3: [2, 1, 0], 7: [5, 1, 0], 10: [6, 1, 1], 33: [20, 4, 3] },
  SANGAT_KURANG: { 1: [1, 1, 0], 3: [2, 1, 0], 7: [5, 1, 0], 10: [6, 1, 0], 33: [20, 4, 0] },
};
const SIZES = [1, 3, 7, 10, 33];

/** N employees: `count` in the rule's first predikat, the rest in a predikat the rule does not count. */
function unitWith(rulePredikats: readonly Predikat[], count: number, n: number): PredikatCounts {
  const filler = PREDIKATS.find((p) => !rulePredikats.includes(p)) as Predikat;
  return { [rulePredikats[0] as Predikat]: count, [filler]: n - count };
}

describe("checkDistribution: every rule just inside and just outside its limit", () => {
  const cases = ORG_PREDIKATS.flatMap((org) =>
    SIZES.flatMap((n) =>
      DISTRIBUTION_RULES[org].flatMap((rule, i) => {
        const limit = EXPECTED_LIMITS[org][n]?.[i] as number;
        const inside = limit;
        const outside = rule.kind === "min" ? limit - 1 : limit + 1;
        return [
          [org, n, i, rule.kind, inside, true],
          [org, n, i, rule.kind, outside, false],
        ] as [OrgPredikat, number, number, string, number, boolean][];
      }),
    ),
  ).filter(([, n, , , count]) => count >= 0 && count <= n);

  test.each(cases)("%s, N=%i, rule %i (%s): %i employees → ok=%s", (org, n, i, _kind, count, ok) => {
    const rule = DISTRIBUTION_RULES[org][i]!;
    const result = checkDistribution(org, unitWith(rule.predikats, count, n));
    const r = result.rules[i]!;
    expect(result.N).toBe(n);
    expect(r.limitCount).toBe(EXPECTED_LIMITS[org][n]?.[i]);
    expect(r.actual).toBe(count);
    expect(r.ok).toBe(ok);
    expect(result.violations.some((v) => v.params === r.params)).toBe(!ok);
    if (!ok) expect(result.ok).toBe(false);
  });

  test("the generated table really covers every organisation predikat and size", () => {
    expect(new Set(cases.map(([org, n]) => `${org}:${n}`)).size).toBe(ORG_PREDIKATS.length * SIZES.length);
  });
});

describe("checkDistribution: whole units", () => {
  const c = (sb: number, b: number, bp: number, k: number, sk: number): PredikatCounts => ({
    SANGAT_BAIK: sb,
    BAIK: b,
    BUTUH_PERBAIKAN: bp,
    KURANG_MISCONDUCT: k,
    SANGAT_KURANG: sk,
  });
  test.each<[OrgPredikat, PredikatCounts, boolean, string[]]>([
    ["ISTIMEWA", c(7, 3, 0, 0, 0), true, []],
    ["ISTIMEWA", c(8, 2, 0, 0, 0), false, ["distribution_violation_max"]],
    ["ISTIMEWA", c(0, 10, 0, 0, 0), true, []],
    ["BAIK", c(2, 7, 1, 0, 0), true, []],
    ["BAIK", c(3, 7, 0, 0, 0), false, ["distribution_violation_min"]], // nobody Butuh Perbaikan or Kurang
    ["BAIK", c(1, 8, 0, 1, 0), false, ["distribution_violation_max"]],
    ["BAIK", c(0, 10, 0, 0, 0), false, ["distribution_violation_max", "distribution_violation_min"]],
    ["BAIK", c(0, 0, 0, 0, 1), false, ["distribution_violation_min"]], // N=1, Sangat Kurang is not BP/K
    ["BUTUH_PERBAIKAN", c(1, 3, 6, 0, 0), true, []],
    ["BUTUH_PERBAIKAN", c(2, 3, 5, 0, 0), false, ["distribution_violation_min", "distribution_violation_max"]],
    ["KURANG", c(1, 2, 1, 6, 0), true, []],
    ["KURANG", c(0, 0, 0, 3, 0), false, ["distribution_violation_min"]], // N=3: no Butuh Perbaikan
    ["KURANG", c(0, 0, 1, 2, 0), true, []],
    ["SANGAT_KURANG", c(0, 3, 1, 0, 6), true, []],
    ["SANGAT_KURANG", c(1, 2, 1, 0, 6), false, ["distribution_violation_none"]],
    ["SANGAT_KURANG", c(0, 4, 0, 0, 6), false, ["distribution_violation_min"]],
  ])("%s with %j → ok=%s", (org, counts, ok, violations) => {
    const r = checkDistribution(org, counts);
    expect(r.ok).toBe(ok);
    expect(r.violations.map((v) => v.code)).toEqual(violations);
  });

  test("a violation names the predikat, the limit and the actual count for the message", () => {
    const r = checkDistribution("ISTIMEWA", { SANGAT_BAIK: 8, BAIK: 2 });
    expect(r.rules).toEqual([
      {
        code: "distribution_rule_max",
        kind: "max",
        predikats: ["SANGAT_BAIK"],
        percent: 70,
        limitCount: 7,
        actual: 8,
        ok: false,
        params: { predikat: "Sangat Baik", percent: 70, limit: 7, actual: 8, n: 10 },
      },
    ]);
    expect(r.violations).toEqual([{ code: "distribution_violation_max", params: r.rules[0]!.params }]);
  });

  test("N = 0 applies the rules literally: only Baik's 'at least 1' fails", () => {
    expect(ORG_PREDIKATS.map((o) => checkDistribution(o, {}).ok)).toEqual([true, false, true, true, true]);
  });

  test("other rounding can be configured", () => {
    // Istimewa, N=3: floor(2.1) = 2 by default; with ceil, 3 Sangat Baik are allowed.
    expect(checkDistribution("ISTIMEWA", { SANGAT_BAIK: 3 }).ok).toBe(false);
    expect(checkDistribution("ISTIMEWA", { SANGAT_BAIK: 3 }, { max: "ceil", min: "ceil" }).ok).toBe(true);
  });

  test("bad counts are programmer errors", () => {
    expect(() => checkDistribution("BAIK", { BAIK: -1 })).toThrow(RangeError);
    expect(() => checkDistribution("BAIK", { BAIK: 1.5 })).toThrow(RangeError);
  });

  test("countPredikats", () => {
    expect(countPredikats(["BAIK", "BAIK", "SANGAT_KURANG"])).toEqual({ SANGAT_BAIK: 0, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 1 });
  });
});

describe("percentOf: integer arithmetic", () => {
  test.each([
    [70, 10, "floor", 7], // 0.7 * 10 = 6.999999999999999 in floating point
    [70, 10, "ceil", 7],
    [70, 3, "floor", 2],
    [70, 3, "ceil", 3],
    [60, 3, "ceil", 2],
    [10, 33, "ceil", 4],
    [10, 33, "floor", 3],
    [10, 5, "round", 1], // 0.5 rounds up
    [10, 4, "round", 0],
    [70, 0, "ceil", 0],
  ] as const)("%i%% of %i (%s) = %i", (p, n, mode, expected) => {
    expect(percentOf(p, n, mode)).toBe(expected);
  });

  test("property: exact bounds, and monotone in N", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(...ROUNDING_MODES), (p, n, mode) => {
        const v = percentOf(p, n, mode);
        if (mode === "floor") expect(v * 100 <= p * n && p * n < (v + 1) * 100).toBe(true);
        if (mode === "ceil") expect((v - 1) * 100 < p * n && p * n <= v * 100).toBe(true);
        expect(Math.abs(v * 100 - p * n)).toBeLessThan(100);
        expect(percentOf(p, n + 1, mode)).toBeGreaterThanOrEqual(v);
        expect(percentOf(p, n + 1, mode) - v).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("distribution properties", () => {
  const counts = fc.record(Object.fromEntries(PREDIKATS.map((p) => [p, fc.integer({ min: 0, max: 60 })])) as Record<Predikat, fc.Arbitrary<number>>);

  test("adding a Sangat Baik never turns an Istimewa violation into ok", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 5 }), (c, extra) => {
        // Raise Sangat Baik until the unit violates Istimewa (it must, as the share tends to 100%), then a bit more.
        const unit = { ...c };
        while (checkDistribution("ISTIMEWA", unit).ok) unit.SANGAT_BAIK++;
        unit.SANGAT_BAIK += extra;
        expect(checkDistribution("ISTIMEWA", unit).ok).toBe(false);
        expect(checkDistribution("ISTIMEWA", { ...unit, SANGAT_BAIK: unit.SANGAT_BAIK + 1 }).ok).toBe(false);
      }),
    );
  });

  test("ok holds exactly when no rule is broken, and N is the sum of the counts", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORG_PREDIKATS), counts, (org, c) => {
        const r = checkDistribution(org, c);
        expect(r.N).toBe(PREDIKATS.reduce((s, p) => s + c[p], 0));
        expect(r.ok).toBe(r.rules.every((x) => x.ok));
        expect(r.violations).toHaveLength(r.rules.filter((x) => !x.ok).length);
      }),
    );
  });

  test("moving an employee from Sangat Baik to Baik never breaks a unit that was ok under Istimewa", () => {
    fc.assert(
      fc.property(counts, (c) => {
        fc.pre(c.SANGAT_BAIK > 0 && checkDistribution("ISTIMEWA", c).ok);
        expect(checkDistribution("ISTIMEWA", { ...c, SANGAT_BAIK: c.SANGAT_BAIK - 1, BAIK: c.BAIK + 1 }).ok).toBe(true);
      }),
    );
  });
});

describe("headOfUnitRatingFromOrgPredikat", () => {
  test.each([
    ["ISTIMEWA", "DI_ATAS"],
    ["BAIK", "SESUAI"],
    ["BUTUH_PERBAIKAN", "DI_BAWAH"],
    ["KURANG", "DI_BAWAH"],
    ["SANGAT_KURANG", "DI_BAWAH"],
  ] as const)("%s → %s by default", (org, rating) => {
    expect(headOfUnitRatingFromOrgPredikat(org)).toBe(rating);
  });

  test("the mapping is configurable", () => {
    const mapping = { ISTIMEWA: "DI_ATAS", BAIK: "DI_ATAS", BUTUH_PERBAIKAN: "SESUAI", KURANG: "DI_BAWAH", SANGAT_KURANG: "DI_BAWAH" } as const;
    expect(headOfUnitRatingFromOrgPredikat("BAIK", mapping)).toBe("DI_ATAS");
  });
});
