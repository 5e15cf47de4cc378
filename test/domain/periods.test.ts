import {
  earliestOpenDate,
  findOpenPeriodForDate,
  generatePeriods,
  implicitMonthPeriod,
  openPeriods,
  validatePeriods,
  type Period,
} from "../../src/domain/periods";
import { toWibDate } from "../../src/domain/time";

const NO_HOLIDAYS = new Set<string>();

describe("generatePeriods", () => {
  test("bulanan (default): 12 months with the 5th working day after the end as batas pengisian", () => {
    const periods = generatePeriods(2026);
    expect(periods).toHaveLength(12);
    expect(periods[0]).toEqual({
      id: "2026-bulanan-01",
      year: 2026,
      type: "bulanan",
      index: 1,
      start: "2026-01-01",
      end: "2026-01-31",
      fillingDeadline: "2026-02-06", // 31 Jan is a Saturday: Mon 2 .. Fri 6 February
    });
    expect(periods[1]).toMatchObject({ start: "2026-02-01", end: "2026-02-28", fillingDeadline: "2026-03-06" }); // 28 Feb is a Saturday too
    expect(periods[10]).toMatchObject({ id: "2026-bulanan-11", end: "2026-11-30", fillingDeadline: "2026-12-07" });
    expect(periods[11]).toMatchObject({ end: "2026-12-31", fillingDeadline: "2027-01-07" });
  });

  test("leap February", () => {
    expect(generatePeriods(2028)[1]).toMatchObject({ end: "2028-02-29" });
  });

  test.each([
    ["triwulanan", [["2026-01-01", "2026-03-31"], ["2026-04-01", "2026-06-30"], ["2026-07-01", "2026-09-30"], ["2026-10-01", "2026-12-31"]]],
    ["semesteran", [["2026-01-01", "2026-06-30"], ["2026-07-01", "2026-12-31"]]],
  ] as const)("%s periods cover the year without gaps", (type, ranges) => {
    const periods = generatePeriods(2026, type);
    expect(periods.map((p) => [p.start, p.end])).toEqual(ranges);
    expect(periods.map((p) => p.index)).toEqual(ranges.map((_, i) => i + 1));
    expect(validatePeriods(periods)).toEqual([]);
  });

  test("holidays push the working-day deadline", () => {
    const withHoliday = generatePeriods(2026, "bulanan", { kind: "working_days_after_end", days: 1 }, new Set(["2026-09-01"]));
    expect(withHoliday[7]).toMatchObject({ end: "2026-08-31", fillingDeadline: "2026-09-02" });
  });

  test("a calendar-day rule", () => {
    const periods = generatePeriods(2026, "bulanan", { kind: "calendar_days_after_end", days: 10 }, NO_HOLIDAYS);
    expect(periods[0]?.fillingDeadline).toBe("2026-02-10");
  });
});

describe("findOpenPeriodForDate", () => {
  const periods = generatePeriods(2026);

  test.each([
    // [report date, today, expected period id or refusal]
    ["2026-11-15", "2026-11-20", "2026-bulanan-11"],
    ["2026-11-20", "2026-11-20", "2026-bulanan-11"],
    ["2026-11-30", "2026-12-07", "2026-bulanan-11"], // deadline day itself is still open
    ["2026-11-30", "2026-12-08", "report_date_past_deadline"],
    ["2026-11-21", "2026-11-20", "report_date_in_future"],
    ["2026-10-31", "2026-11-06", "2026-bulanan-10"], // October closes on Fri 6 November
    ["2026-10-31", "2026-11-09", "report_date_past_deadline"],
    ["2025-12-31", "2026-01-02", "report_date_outside_periods"], // 2025 is not configured here
    ["2026-01-01", "2026-01-01", "2026-bulanan-01"],
  ])("report dated %s entered on %s → %s", (date, today, expected) => {
    const r = findOpenPeriodForDate(periods, date, today);
    if (r.ok) expect(r.period.id).toBe(expected);
    else expect(r.reason).toBe(expected);
  });

  test("the refusal past the deadline names the deadline", () => {
    expect(findOpenPeriodForDate(periods, "2026-11-30", "2026-12-08")).toEqual({
      ok: false,
      reason: "report_date_past_deadline",
      params: { deadline: "2026-12-07" },
    });
  });

  test("WIB decides 'today': 2026-11-30T17:30Z is already 1 December in Pontianak", () => {
    const today = toWibDate(new Date("2026-11-30T17:30:00Z"));
    expect(today).toBe("2026-12-01");
    const r = findOpenPeriodForDate(periods, "2026-12-01", today);
    expect(r.ok && r.period.id).toBe("2026-bulanan-12");
    // 16:59Z is still 30 November: a report for 1 December would be in the future.
    expect(findOpenPeriodForDate(periods, "2026-12-01", toWibDate(new Date("2026-11-30T16:59:00Z")))).toMatchObject({
      ok: false,
      reason: "report_date_in_future",
    });
  });

  describe("with no periods configured, the current WIB month is open", () => {
    test.each([
      ["2026-11-01", "2026-11-20", true, undefined],
      ["2026-11-20", "2026-11-20", true, undefined],
      ["2026-10-31", "2026-11-20", false, "report_date_before_open_period"],
      ["2026-11-21", "2026-11-20", false, "report_date_in_future"],
      ["2026-11-30", "2026-12-01", false, "report_date_before_open_period"], // month ended: November closed
      ["2026-12-01", "2026-12-01", true, undefined],
    ])("report dated %s on %s → ok=%s %s", (date, today, ok, reason) => {
      const r = findOpenPeriodForDate([], date, today);
      expect(r.ok).toBe(ok);
      if (!r.ok) expect(r.reason).toBe(reason);
      else expect(r.implicit).toBe(true);
    });

    test("the implicit period looks like a generated month", () => {
      expect(implicitMonthPeriod("2026-02-14")).toEqual({ ...generatePeriods(2026)[1], fillingDeadline: "2026-02-28" });
    });

    test("the refusal names the first open day", () => {
      expect(findOpenPeriodForDate([], "2026-10-31", "2026-11-20")).toEqual({
        ok: false,
        reason: "report_date_before_open_period",
        params: { from: "2026-11-01" },
      });
    });
  });
});

describe("open periods and the earliest open date", () => {
  const periods = generatePeriods(2026);
  test.each([
    ["2026-12-03", ["2026-bulanan-11", "2026-bulanan-12"], "2026-11-01"],
    ["2026-12-08", ["2026-bulanan-12"], "2026-12-01"],
    ["2027-01-07", ["2026-bulanan-12"], "2026-12-01"],
    ["2027-01-08", [], undefined],
  ])("on %s", (today, ids, earliest) => {
    expect(openPeriods(periods, today).map((p) => p.id)).toEqual(ids);
    expect(earliestOpenDate(periods, today)).toBe(earliest);
  });

  test("without configured periods: from the 1st of the month", () => {
    expect(earliestOpenDate([], "2026-11-20")).toBe("2026-11-01");
  });
});

describe("validatePeriods (periods an admin enters by hand)", () => {
  const p = (id: string, start: string, end: string, fillingDeadline: string): Period => ({ id, year: 2026, type: "bulanan", index: 1, start, end, fillingDeadline });
  test.each([
    [[p("a", "2026-01-01", "2026-01-31", "2026-02-05")], []],
    [[p("a", "2026-01-31", "2026-01-01", "2026-02-05")], ["period_end_before_start"]],
    [[p("a", "2026-01-01", "2026-01-31", "2026-01-30")], ["period_deadline_before_end"]],
    [[p("a", "2026-01-01", "2026-02-30", "2026-03-05")], ["period_invalid_dates"]],
    [[p("a", "2026-01-01", "2026-01-31", "2026-02-05"), p("b", "2026-01-31", "2026-02-28", "2026-03-05")], ["period_overlap"]],
  ])("%#", (periods, codes) => {
    expect(validatePeriods(periods).map((e) => e.code)).toEqual(codes);
  });
});
