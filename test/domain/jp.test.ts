import fc from "fast-check";
import { jpStatus, minutesToJp, validateJpCredit, yearlyJp, yearlyJpByEmployee, type JpRecord } from "../../src/domain/jp";

const rec = (employeeId: string, date: string, jp: number, status: JpRecord["status"] = "credited"): JpRecord => ({ employeeId, trainingId: `t-${date}`, date, jp, status });

describe("JP (jam pelajaran)", () => {
  test.each([
    [45, 1],
    [90, 2],
    [60, 1.33],
    [30, 0.66],
    [0, 0],
    [900, 20],
  ])("%i minutes = %d JP", (minutes, jp) => {
    expect(minutesToJp(minutes)).toBe(jp);
  });

  const records = [
    rec("a", "2026-01-15", 8),
    rec("a", "2026-06-01", 0.1),
    rec("a", "2026-06-02", 0.2),
    rec("a", "2026-12-31", 4),
    rec("a", "2027-01-01", 10), // next year
    rec("a", "2026-03-03", 6, "attended"), // attendance not yet credited
    rec("a", "2026-03-04", 6, "cancelled"),
    rec("b", "2026-02-02", 24),
  ];

  test("yearly sums count credited records of that year only, without float drift", () => {
    expect(yearlyJp(records, "a", 2026)).toBe(12.3);
    expect(yearlyJp(records, "a", 2027)).toBe(10);
    expect(yearlyJp(records, "c", 2026)).toBe(0);
    expect(yearlyJpByEmployee(records, 2026)).toEqual(new Map([["a", 12.3], ["b", 24]]));
  });

  test.each([
    [12.3, { reached: false, total: 12.3, target: 20, remaining: 7.7 }],
    [19.99, { reached: false, total: 19.99, target: 20, remaining: 0.01 }],
    [20, { reached: true, total: 20, target: 20 }],
    [24, { reached: true, total: 24, target: 20 }],
    [0, { reached: false, total: 0, target: 20, remaining: 20 }],
  ])("jpStatus(%d)", (total, expected) => {
    expect(jpStatus(total)).toEqual(expected);
  });

  test.each([
    [4, 8, { ok: true, value: 4 }],
    ["8", 8, { ok: true, value: 8 }],
    [8.01, 8, { ok: false, errors: [{ code: "jp_exceeds_training", field: "jp", params: { max: 8 } }] }],
    [0, 8, { ok: false, errors: [{ code: "field_not_positive", field: "jp" }] }],
    [-2, 8, { ok: false, errors: [{ code: "field_not_positive", field: "jp" }] }],
    [1.005, 8, { ok: false, errors: [{ code: "field_too_many_decimals", field: "jp", params: { max: 2 } }] }],
    [undefined, 8, { ok: false, errors: [{ code: "field_required", field: "jp" }] }],
    ["dua", 8, { ok: false, errors: [{ code: "field_not_a_number", field: "jp" }] }],
  ])("validateJpCredit(%j, training %d)", (jp, training, expected) => {
    expect(validateJpCredit(jp, training)).toEqual(expected);
  });

  test("property: the yearly sum does not depend on record order and equals the hundredths sum", () => {
    const arb = fc.array(fc.integer({ min: 1, max: 4000 }).map((h) => rec("x", "2026-05-05", h / 100)), { maxLength: 50 });
    fc.assert(
      fc.property(arb, (rs) => {
        const expected = rs.reduce((s, r) => s + Math.round(r.jp * 100), 0) / 100;
        expect(yearlyJp(rs, "x", 2026)).toBe(expected);
        expect(yearlyJp([...rs].reverse(), "x", 2026)).toBe(expected);
      }),
    );
  });
});
