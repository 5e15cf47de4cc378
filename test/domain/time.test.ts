import fc from "fast-check";
import {
  addDays,
  addWorkingDays,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  isWorkingDay,
  lastDayOfMonth,
  parseIsoDate,
  toWibDate,
  wibDateTime,
  wibStartOfDay,
  workingDaysBetween,
} from "../../src/domain/time";

const NO_HOLIDAYS = new Set<string>();
// Some 2026 national holidays, as an admin would configure them.
const HOLIDAYS_2026 = new Set(["2026-01-01", "2026-03-20", "2026-05-01", "2026-08-17", "2026-12-25"]);
const CALENDARS = { none: NO_HOLIDAYS, "2026": HOLIDAYS_2026 } as const;

describe("toWibDate: the WIB calendar day of an instant (UTC+7, no DST)", () => {
  test.each([
    ["2026-11-30T17:30:00Z", "2026-12-01"],
    ["2026-11-30T16:59:59.999Z", "2026-11-30"],
    ["2026-11-30T17:00:00Z", "2026-12-01"],
    ["2026-12-31T17:00:00Z", "2027-01-01"],
    ["2028-02-28T17:00:00Z", "2028-02-29"],
    ["2026-06-15T00:00:00Z", "2026-06-15"],
    ["2026-06-15T23:59:59Z", "2026-06-16"],
  ])("%s is %s in WIB", (instant, expected) => {
    expect(toWibDate(new Date(instant))).toBe(expected);
  });

  test("wibDateTime shows local time with the +07:00 offset", () => {
    expect(wibDateTime(new Date("2026-11-30T17:30:05Z"))).toBe("2026-12-01T00:30:05+07:00");
  });

  test("wibStartOfDay is 17:00 UTC of the previous day", () => {
    expect(wibStartOfDay("2026-12-01").toISOString()).toBe("2026-11-30T17:00:00.000Z");
  });
});

describe("ISO dates", () => {
  test.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2100-02-29", false],
    ["2000-02-29", true],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-1-01", false],
    ["26-01-01", false],
    ["2026-01-01T00:00", false],
    ["0000-01-01", false],
    ["", false],
  ])("isIsoDate(%j) = %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  test("non-strings are not dates", () => {
    expect(isIsoDate(20260101)).toBe(false);
    expect(parseIsoDate(undefined)).toBeUndefined();
  });

  test.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-12-31", 1, "2027-01-01"],
    ["0099-12-31", 1, "0100-01-01"],
  ])("addDays(%s, %i) = %s", (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  test("lastDayOfMonth handles leap years", () => {
    expect(lastDayOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(lastDayOfMonth("2026-02-10")).toBe("2026-02-28");
  });

  test("dayOfWeek: 2026-01-01 is a Thursday, 2026-11-30 a Monday", () => {
    expect(dayOfWeek("2026-01-01")).toBe(4);
    expect(dayOfWeek("2026-11-30")).toBe(1);
  });
});

describe("working days: Monday to Friday in WIB minus configured holidays", () => {
  test.each([
    ["2026-11-27", true, "none"], // Friday
    ["2026-11-28", false, "none"], // Saturday
    ["2026-11-29", false, "none"], // Sunday
    ["2026-08-17", true, "none"], // Monday
    ["2026-08-17", false, "2026"], // Hari Kemerdekaan
  ] as const)("isWorkingDay(%s) = %s (holidays: %s)", (d, expected, cal) => {
    expect(isWorkingDay(d, CALENDARS[cal])).toBe(expected);
  });

  test.each([
    ["2026-01-31", 5, "2026-02-06", "none"], // Saturday + 5
    ["2026-11-27", 1, "2026-11-30", "none"], // Friday + 1 = Monday
    ["2026-11-30", -1, "2026-11-27", "none"], // Monday - 1 = Friday
    ["2026-11-28", 0, "2026-11-28", "none"], // 0 keeps the day, even a Saturday
    ["2026-08-14", 1, "2026-08-18", "2026"], // Friday + 1 skips the weekend and 17 August
    ["2026-12-24", 1, "2026-12-28", "2026"],
  ] as const)("addWorkingDays(%s, %i) = %s (holidays: %s)", (d, n, expected, cal) => {
    expect(addWorkingDays(d, n, CALENDARS[cal])).toBe(expected);
  });

  test.each([
    ["2026-11-27", "2026-11-30", 1, "none"],
    ["2026-11-28", "2026-11-29", 0, "none"],
    ["2026-11-30", "2026-11-30", 0, "none"],
    ["2026-11-30", "2026-12-07", 5, "none"],
    ["2026-12-07", "2026-11-30", -5, "none"],
    ["2026-01-01", "2026-12-31", 260, "none"],
    ["2026-01-01", "2026-12-31", 256, "2026"], // 2026-01-01 itself is not in (from, to]; 2026-03-20 is a Friday
    ["2025-12-31", "2026-12-31", 256, "2026"],
  ] as const)("workingDaysBetween(%s, %s) = %i (holidays: %s)", (a, b, expected, cal) => {
    expect(workingDaysBetween(a, b, CALENDARS[cal])).toBe(expected);
  });

  test("a holiday given as an invalid string is ignored", () => {
    expect(workingDaysBetween("2026-11-27", "2026-11-30", new Set(["not-a-date"]))).toBe(1);
  });

  test("non-integer working days are a programmer error", () => {
    expect(() => addWorkingDays("2026-01-01", 1.5, NO_HOLIDAYS)).toThrow(RangeError);
  });
});

describe("working-day properties", () => {
  const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays("2010-01-01", n));
  const holidays = fc.uniqueArray(fc.integer({ min: 0, max: 365 * 31 }), { maxLength: 40 }).map((ns) => new Set(ns.map((n) => addDays("2010-01-01", n))));

  test("workingDaysBetween(d, addWorkingDays(d, n)) === n for n >= 0", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), holidays, (d, n, h) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n, h), h)).toBe(n);
      }),
    );
  });

  test("going back n working days from a working day is undone by counting forward", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), holidays, (d, n, h) => {
        fc.pre(isWorkingDay(d, h));
        const back = addWorkingDays(d, -n, h);
        expect(workingDaysBetween(back, d, h)).toBe(n);
        expect(addWorkingDays(back, n, h)).toBe(d);
      }),
    );
  });

  test("addWorkingDays with n != 0 always lands on a working day", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -200, max: 200 }).filter((n) => n !== 0), holidays, (d, n, h) => {
        expect(isWorkingDay(addWorkingDays(d, n, h), h)).toBe(true);
      }),
    );
  });

  test("workingDaysBetween is antisymmetric, additive, and at most the calendar days", () => {
    fc.assert(
      fc.property(day, day, day, holidays, (a, b, c, h) => {
        expect(workingDaysBetween(a, b, h) + workingDaysBetween(b, a, h)).toBe(0);
        expect(Object.is(workingDaysBetween(a, b, h), -0)).toBe(false);
        expect(workingDaysBetween(a, b, h) + workingDaysBetween(b, c, h)).toBe(workingDaysBetween(a, c, h));
        expect(Math.abs(workingDaysBetween(a, b, h))).toBeLessThanOrEqual(Math.abs(daysBetween(a, b)));
      }),
    );
  });

  test("the O(holidays) count equals a day-by-day count", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), holidays, (a, span, h) => {
        const b = addDays(a, span);
        let count = 0;
        for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(a, i), h)) count++;
        expect(workingDaysBetween(a, b, h)).toBe(count);
      }),
    );
  });

  test("toWibDate equals the UTC date of the instant shifted by 7 hours", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-01-01T00:00:00Z"), noInvalidDate: true }), (d) => {
        expect(toWibDate(d)).toBe(new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10));
      }),
    );
  });
});
