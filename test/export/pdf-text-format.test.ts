import { formatIndonesianDate, formatNipSpaced, toWinAnsi } from "../../src/export/pdf-text";

describe("text as printed on the SKP form", () => {
  test("dates in Indonesian month names", () => {
    expect(formatIndonesianDate("2026-01-02")).toBe("2 Januari 2026");
    expect(formatIndonesianDate("2026-08-17")).toBe("17 Agustus 2026");
    expect(() => formatIndonesianDate("2026-02-30")).toThrow(RangeError);
  });

  test("NIP in the official 8-6-1-3 grouping, whatever spacing it was stored with; other values as given", () => {
    expect(formatNipSpaced("198504162011061002")).toBe("19850416 201106 1 002");
    expect(formatNipSpaced(" 19850416 201106 1 002 ")).toBe("19850416 201106 1 002");
    expect(formatNipSpaced("12345")).toBe("12345");
    expect(formatNipSpaced("")).toBe("-");
  });

  test("text outside WinAnsi is replaced, Indonesian and Latin-1 text kept", () => {
    expect(toWinAnsi("Rp 1.000.000 – café “baru” ≥ 5 → selesai")).toBe("Rp 1.000.000 – café “baru” >= 5 -> selesai");
    expect(toWinAnsi("Nguyễn ā 😀\r\nbaris")).toBe("Nguyen a ?\nbaris");
  });
});
