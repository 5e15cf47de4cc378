import { validateOrgIndicator, type OrgIndicator } from "../../src/domain/cascading";

const base: OrgIndicator = {
  id: "ind-1",
  opdId: "dinkes",
  year: 2026,
  sasaran: "Meningkatnya derajat kesehatan masyarakat",
  indicator: "Persentase fasilitas kesehatan terakreditasi",
  target: { approach: "KUANTITATIF", value: 90, unit: "persen" },
};

describe("validateOrgIndicator", () => {
  test.each<[string, Partial<OrgIndicator>, string[]]>([
    ["valid quantitative", {}, []],
    ["valid qualitative", { target: { approach: "KUALITATIF", narrative: "Layanan kesehatan primer terintegrasi" } }, []],
    ["no OPD", { opdId: " " }, ["opdId:indicator_opd_required"]],
    ["year 1999", { year: 1999 }, ["year:indicator_year_invalid"]],
    ["year 2026.5", { year: 2026.5 }, ["year:indicator_year_invalid"]],
    ["blank sasaran", { sasaran: "" }, ["sasaran:indicator_sasaran_required"]],
    ["long indicator", { indicator: "x".repeat(1001) }, ["indicator:indicator_text_too_long"]],
    ["negative target", { target: { approach: "KUANTITATIF", value: -5, unit: "persen" } }, ["target.value:target_value_not_positive"]],
    ["unit too long", { target: { approach: "KUANTITATIF", value: 5, unit: "u".repeat(51) } }, ["target.unit:target_unit_too_long"]],
    ["empty narrative", { target: { approach: "KUALITATIF", narrative: " " } }, ["target.narrative:target_narrative_required"]],
  ])("%s", (_name, change, expected) => {
    expect(validateOrgIndicator({ ...base, ...change }).map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });
});
