import { generatePeriods } from "../../src/domain/periods";
import {
  reportsNeedingReminder,
  validateFeedbackText,
  validateProgressReportInput,
  type ProgressReportContext,
  type ProgressReportInput,
} from "../../src/domain/progress-report";

const ctx: ProgressReportContext = { today: "2026-11-20", periods: generatePeriods(2026) };
const valid: ProgressReportInput = { date: "2026-11-19", activity: "Verifikasi 12 berkas kenaikan pangkat" };

function codes(input: ProgressReportInput, c: ProgressReportContext = ctx): string[] {
  const r = validateProgressReportInput(input, c);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
}

describe("validateProgressReportInput", () => {
  test("a minimal valid report is normalized and gets its period", () => {
    const r = validateProgressReportInput({ ...valid, activity: "  Rapat koordinasi \r\n SKP  " }, ctx);
    expect(r).toEqual({ ok: true, value: { date: "2026-11-19", activity: "Rapat koordinasi \n SKP", periodId: "2026-bulanan-11" } });
  });

  test("a full report keeps every optional field", () => {
    const r = validateProgressReportInput(
      { ...valid, quantity: "12,5", unit: " berkas ", evidenceUrl: "https://pontianak.sharepoint.com/x/bukti.pdf", rhkId: "rhk-1" },
      { ...ctx, allowedRhkIds: new Set(["rhk-1"]) },
    );
    expect(r).toEqual({
      ok: true,
      value: {
        date: "2026-11-19",
        activity: "Verifikasi 12 berkas kenaikan pangkat",
        quantity: 12.5,
        unit: "berkas",
        evidenceUrl: "https://pontianak.sharepoint.com/x/bukti.pdf",
        rhkId: "rhk-1",
        periodId: "2026-bulanan-11",
      },
    });
  });

  test.each<[string, ProgressReportInput, string[]]>([
    ["activity missing", { date: "2026-11-19" }, ["activity:field_required"]],
    ["activity blank", { ...valid, activity: "   \n " }, ["activity:field_required"]],
    ["activity 2000 chars is fine", { ...valid, activity: "a".repeat(2000) }, []],
    ["activity 2001 chars", { ...valid, activity: "a".repeat(2001) }, ["activity:field_too_long"]],
    ["activity not text", { ...valid, activity: 42 }, ["activity:field_not_text"]],
    ["quantity 0 with unit", { ...valid, quantity: 0, unit: "berkas" }, []],
    ["quantity negative", { ...valid, quantity: -1, unit: "berkas" }, ["quantity:field_negative"]],
    ["quantity text", { ...valid, quantity: "dua belas", unit: "berkas" }, ["quantity:field_not_a_number"]],
    ["quantity Infinity", { ...valid, quantity: Infinity, unit: "berkas" }, ["quantity:field_not_a_number"]],
    ["quantity NaN", { ...valid, quantity: NaN, unit: "berkas" }, ["quantity:field_not_a_number"]],
    ["quantity with thousands separator", { ...valid, quantity: "1.000,5", unit: "rupiah" }, ["quantity:field_not_a_number"]],
    ["quantity 2 decimals", { ...valid, quantity: "0.25", unit: "dokumen" }, []],
    ["quantity 3 decimals", { ...valid, quantity: 0.125, unit: "dokumen" }, ["quantity:field_too_many_decimals"]],
    ["quantity without unit", { ...valid, quantity: 3 }, ["unit:report_unit_required"]],
    ["quantity with blank unit", { ...valid, quantity: 3, unit: "  " }, ["unit:report_unit_required"]],
    ["unit too long", { ...valid, quantity: 3, unit: "u".repeat(51) }, ["unit:field_too_long"]],
    ["unit without quantity is dropped", { ...valid, unit: "berkas" }, []],
    ["evidence http", { ...valid, evidenceUrl: "http://intranet.pontianak.go.id/doc" }, []],
    ["evidence javascript:", { ...valid, evidenceUrl: "javascript:alert(1)" }, ["evidenceUrl:field_invalid_url"]],
    ["evidence relative", { ...valid, evidenceUrl: "/sites/bukti.pdf" }, ["evidenceUrl:field_invalid_url"]],
    ["evidence missing slashes", { ...valid, evidenceUrl: "https:/example.com" }, ["evidenceUrl:field_invalid_url"]],
    ["evidence ftp", { ...valid, evidenceUrl: "ftp://example.com/a" }, ["evidenceUrl:field_invalid_url"]],
    ["evidence with a space", { ...valid, evidenceUrl: "https://example.com/a b.pdf" }, ["evidenceUrl:field_invalid_url"]],
    ["evidence too long", { ...valid, evidenceUrl: "https://example.com/" + "a".repeat(2000) }, ["evidenceUrl:field_too_long"]],
    ["date missing", { activity: "x" }, ["date:field_required"]],
    ["date invalid", { ...valid, date: "2026-02-30" }, ["date:field_invalid_date"]],
    ["date in another format", { ...valid, date: "19/11/2026" }, ["date:field_invalid_date"]],
    ["date in the future", { ...valid, date: "2026-11-21" }, ["date:report_date_in_future"]],
    ["date in a closed period", { ...valid, date: "2026-10-30" }, ["date:report_date_past_deadline"]],
    ["rhk not allowed", { ...valid, rhkId: "rhk-9" }, []], // no allowed list given: not checked
    ["everything wrong at once", { activity: "", quantity: -2, evidenceUrl: "x", date: "kemarin" }, [
      "activity:field_required",
      "quantity:field_negative",
      "evidenceUrl:field_invalid_url",
      "date:field_invalid_date",
    ]],
  ])("%s", (_name, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  test("rhkId must be one of the allowed RHKs when a list is given", () => {
    const c = { ...ctx, allowedRhkIds: new Set(["rhk-1"]) };
    expect(codes({ ...valid, rhkId: "rhk-9" }, c)).toEqual(["rhkId:field_not_allowed"]);
    expect(codes({ ...valid, rhkId: "rhk-1" }, c)).toEqual([]);
  });

  test("a late entry in the previous month is accepted until its deadline", () => {
    expect(codes({ ...valid, date: "2026-10-30" }, { ...ctx, today: "2026-11-06" })).toEqual([]);
    expect(codes({ ...valid, date: "2026-10-30" }, { ...ctx, today: "2026-11-09" })).toEqual(["date:report_date_past_deadline"]);
  });

  test("the deadline refusal carries the deadline for the message", () => {
    const r = validateProgressReportInput({ ...valid, date: "2026-10-30" }, ctx);
    expect(r.ok ? undefined : r.errors[0]?.params).toEqual({ deadline: "2026-11-06" });
  });
});

describe("validateFeedbackText", () => {
  test.each([
    ["Bagus, lanjutkan", { ok: true, value: "Bagus, lanjutkan" }],
    ["  spasi  ", { ok: true, value: "spasi" }],
    ["", { ok: false, errors: [{ code: "field_required", field: "feedback" }] }],
    [undefined, { ok: false, errors: [{ code: "field_required", field: "feedback" }] }],
    ["x".repeat(2001), { ok: false, errors: [{ code: "field_too_long", field: "feedback", params: { max: 2000 } }] }],
  ])("%j", (text, expected) => {
    expect(validateFeedbackText(text)).toEqual(expected);
  });
});

describe("reportsNeedingReminder", () => {
  // Submitted at 08:00 WIB on the given day.
  const r = (id: string, wibDay: string, answered = false) => ({
    id,
    createdAt: new Date(`${wibDay}T01:00:00Z`).toISOString(),
    ...(answered ? { feedback: { text: "ok", byId: "s", at: "2026-11-20T00:00:00Z" } } : {}),
  });
  const reports = [
    r("mon", "2026-11-16"),
    r("tue", "2026-11-17"),
    r("wed", "2026-11-18"),
    r("answered", "2026-11-10", true),
    r("sat", "2026-11-14"),
  ];

  test.each([
    // today, working days, expected ids
    ["2026-11-19", 3, ["mon", "sat"]], // Thu: Mon +3 working days; Sat → Mon..Thu = 4
    ["2026-11-20", 3, ["mon", "tue", "sat"]],
    ["2026-11-21", 3, ["mon", "tue", "sat"]], // Saturday adds no working day
    ["2026-11-23", 3, ["mon", "tue", "wed", "sat"]],
    ["2026-11-19", 1, ["mon", "tue", "wed", "sat"]],
    ["2026-11-16", 1, ["sat"]],
  ])("on %s with %i working days", (today, n, expected) => {
    expect(reportsNeedingReminder(reports, today, n).map((x) => x.id)).toEqual(expected);
  });

  test("a holiday is not a working day", () => {
    expect(reportsNeedingReminder([r("mon", "2026-11-16")], "2026-11-19", 3, new Set(["2026-11-18"])).map((x) => x.id)).toEqual([]);
  });

  test("createdAt counts in WIB: 23:30 WIB on Monday is Monday, not Tuesday (UTC)", () => {
    const late = { id: "late", createdAt: "2026-11-16T16:30:00Z" }; // 23:30 WIB Monday
    const afterMidnight = { id: "after", createdAt: "2026-11-16T17:30:00Z" }; // 00:30 WIB Tuesday
    expect(reportsNeedingReminder([late, afterMidnight], "2026-11-19", 3).map((x) => x.id)).toEqual(["late"]);
  });
});
