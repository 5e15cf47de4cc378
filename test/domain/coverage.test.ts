import fc from "fast-check";
import type { OrgIndicator, RhkParentRef } from "../../src/domain/cascading";
import { chainToIndicator, computeCoverage, type CoverageSkp } from "../../src/domain/coverage";
import type { SkpState } from "../../src/domain/skp";
import { toIndicator, toSupervisor } from "./skp-fixtures";

const indicator = (id: string): OrgIndicator => ({
  id,
  opdId: "dinkes",
  year: 2026,
  sasaran: "Meningkatnya derajat kesehatan masyarakat",
  indicator: `Indikator ${id}`,
  target: { approach: "KUANTITATIF", value: 90, unit: "persen" },
});

const skp = (employeeId: string, rhks: [string, RhkParentRef | null][], state: SkpState = "disetujui"): CoverageSkp => ({
  employeeId,
  state,
  rhks: rhks.map(([id, parent]) => ({ id, parent })),
});

describe("computeCoverage on a small hand-built Dinas Kesehatan", () => {
  const report = computeCoverage({
    indicators: [indicator("ind-1"), indicator("ind-2"), indicator("ind-3")],
    skps: [
      skp("kadis", [["K1", toIndicator("ind-1")], ["K2", toIndicator("ind-2")], ["K3", toIndicator("ind-404")]]),
      skp("kabidA", [["A1", toSupervisor("K1")], ["A2", toSupervisor("K2")]]),
      skp("kabidB", [["B1", toSupervisor("K1")]], "diajukan"), // not approved: its RHKs do not count
      skp("s1", [["S1a", toSupervisor("A1")], ["S1b", toSupervisor("A2")]]),
      skp("s2", [["S2", toSupervisor("A1")]]),
      skp("s3", [["S3", toSupervisor("B1")]]),
      skp("s4", [["S4", toSupervisor("K3")]]),
      skp("s5", [["S5a", toSupervisor("S5b")], ["S5b", toSupervisor("S5a")], ["S5c", null]]),
    ],
    employeeIds: ["kadis", "kabidA", "kabidB", "s1", "s2", "s3", "s4", "s5", "s6"],
  });

  test("chains and distinct contributors per indicator", () => {
    const [ind1, ind2, ind3] = report.indicators;
    expect(ind1?.rhks).toEqual([
      { rhkId: "K1", employeeId: "kadis", parentRhkId: null, depth: 1 },
      { rhkId: "A1", employeeId: "kabidA", parentRhkId: "K1", depth: 2 },
      { rhkId: "S1a", employeeId: "s1", parentRhkId: "A1", depth: 3 },
      { rhkId: "S2", employeeId: "s2", parentRhkId: "A1", depth: 3 },
    ]);
    expect(ind1?.contributorCount).toBe(4);
    expect(ind1?.contributorIds).toEqual(["kadis", "kabidA", "s1", "s2"]);
    expect(ind2?.rhks.map((n) => [n.rhkId, n.depth])).toEqual([["K2", 1], ["A2", 2], ["S1b", 3]]);
    expect(ind2?.contributorCount).toBe(3);
    expect(ind3?.rhks).toEqual([]);
    expect(ind3?.contributorCount).toBe(0);
  });

  test("indicators nobody works on", () => {
    expect(report.uncoveredIndicatorIds).toEqual(["ind-3"]);
  });

  test("orphan RHKs with the reason and where the chain breaks", () => {
    expect(report.orphanRhks).toEqual([
      { rhkId: "K3", employeeId: "kadis", reason: "unknown_indicator", brokenAtRhkId: "K3" },
      { rhkId: "S3", employeeId: "s3", reason: "parent_not_approved", brokenAtRhkId: "S3" },
      { rhkId: "S4", employeeId: "s4", reason: "unknown_indicator", brokenAtRhkId: "K3" },
      { rhkId: "S5a", employeeId: "s5", reason: "cycle", brokenAtRhkId: "S5a" },
      { rhkId: "S5b", employeeId: "s5", reason: "cycle", brokenAtRhkId: "S5a" },
      { rhkId: "S5c", employeeId: "s5", reason: "no_parent", brokenAtRhkId: "S5c" },
    ]);
  });

  test("employees without an approved SKP", () => {
    expect(report.employeesWithoutApprovedSkp).toEqual(["kabidB", "s6"]);
  });

  test("chainToIndicator walks up to the JPT RHK", () => {
    expect(chainToIndicator(report, "S1a")).toEqual(["S1a", "A1", "K1"]);
    expect(chainToIndicator(report, "K2")).toEqual(["K2"]);
    expect(chainToIndicator(report, "S4")).toEqual([]);
    expect(chainToIndicator(report, "nope")).toEqual([]);
  });
});

describe("coverage scale and shape", () => {
  /** A city: 30 OPD heads with 5 RHKs each on their indicators; everyone else serves a random earlier RHK. */
  function city(employees: number, rhksPerEmployee: number, seed: number) {
    let state = seed;
    const rand = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const indicators = Array.from({ length: 150 }, (_, i) => indicator(`ind-${i}`));
    const skps: CoverageSkp[] = [];
    const rhkIds: string[] = [];
    for (let e = 0; e < employees; e++) {
      const rhks: [string, RhkParentRef][] = [];
      for (let r = 0; r < rhksPerEmployee; r++) {
        const id = `e${e}-r${r}`;
        rhks.push([id, e < 30 ? toIndicator(`ind-${e * 5 + r}`) : toSupervisor(rhkIds[rand(Math.min(rhkIds.length, 150 + e * 2))]!)]);
      }
      rhks.forEach(([id]) => rhkIds.push(id));
      skps.push(skp(`e${e}`, rhks));
    }
    return { indicators, skps, employeeIds: skps.map((s) => s.employeeId) };
  }

  test("6,000 employees x 5 RHKs in well under a second, everything reached", () => {
    const input = city(6000, 5, 42);
    const started = performance.now();
    const report = computeCoverage(input);
    const elapsed = performance.now() - started;
    expect(report.orphanRhks).toEqual([]);
    expect(report.uncoveredIndicatorIds).toEqual([]);
    expect(report.indicators.reduce((n, c) => n + c.rhks.length, 0)).toBe(30_000);
    expect(elapsed).toBeLessThan(1000);
  });

  test("a 30,000-long chain resolves without recursion limits", () => {
    const skps = [skp("top", [["r0", toIndicator("ind-1")]])];
    for (let i = 1; i < 30_000; i++) skps.push(skp(`e${i}`, [[`r${i}`, toSupervisor(`r${i - 1}`)]]));
    skps.reverse(); // leaves first: the first walk climbs the whole chain
    const report = computeCoverage({ indicators: [indicator("ind-1")], skps });
    expect(report.indicators[0]?.contributorCount).toBe(30_000);
    expect(report.indicators[0]?.rhks.find((n) => n.rhkId === "r29999")?.depth).toBe(30_000);
  });

  test("property: every approved RHK is either on exactly one indicator or an orphan", () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: -3, max: 40 }), fc.boolean()), { maxLength: 40 });
    fc.assert(
      fc.property(arb, (rows) => {
        // Row i: employee, parent (negative = indicator -1..-3 of which -3 is unknown, else RHK index), approved.
        const skps = rows.map(([emp, parent, approved], i) =>
          skp(`emp${emp}-${i}`, [[`r${i}`, parent < 0 ? toIndicator(`ind${-parent}`) : toSupervisor(`r${parent}`)]], approved ? "disetujui" : "draft"),
        );
        const report = computeCoverage({ indicators: [indicator("ind1"), indicator("ind2")], skps });
        const approvedIds = rows.flatMap(([, , approved], i) => (approved ? [`r${i}`] : []));
        const onIndicators = report.indicators.flatMap((c) => c.rhks.map((n) => n.rhkId));
        const orphans = report.orphanRhks.map((o) => o.rhkId);
        expect(new Set(onIndicators).size).toBe(onIndicators.length);
        expect([...onIndicators, ...orphans].sort()).toEqual([...approvedIds].sort());
        for (const c of report.indicators) {
          expect(c.contributorCount).toBe(new Set(c.rhks.map((n) => n.employeeId)).size);
          for (const n of c.rhks) expect(chainToIndicator(report, n.rhkId)).toHaveLength(n.depth);
        }
      }),
    );
  });
});
