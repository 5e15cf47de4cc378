import fs from "node:fs";
import path from "node:path";
import { parseNip, validateNip, type NipKind } from "../../src/domain/nip";

const demo = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/org-demo.json"), "utf8")) as { users: { employeeId: string }[] };

describe("validateNip", () => {
  test.each(demo.users.map((u) => [u.employeeId]))("demo directory NIP %s is a valid PNS NIP", (nip) => {
    expect(validateNip(nip, "PNS", { today: "2026-11-20" })).toEqual({ ok: true, value: nip });
  });

  test.each<[string, unknown, NipKind, string[]]>([
    ["valid", "198504162011061002", "PNS", []],
    ["spaces as printed on cards", "19850416 201106 1 002", "PNS", []],
    ["empty", "", "PNS", ["nip_required"]],
    ["not a string", 19850416, "PNS", ["nip_required"]],
    ["17 digits", "19850416201106100", "PNS", ["nip_not_18_digits"]],
    ["19 digits", "1985041620110610020", "PNS", ["nip_not_18_digits"]],
    ["a letter", "19850416201106100O", "PNS", ["nip_not_18_digits"]],
    ["30 February", "198502302011061002", "PNS", ["nip_birth_date_invalid"]],
    ["month 13 of birth", "198513012011061002", "PNS", ["nip_birth_date_invalid"]],
    ["born 1939", "193901012011061002", "PNS", ["nip_birth_date_invalid"]],
    ["born 1940", "194001011965061002", "PNS", []],
    ["TMT month 00", "198504162011001002", "PNS", ["nip_tmt_invalid"]],
    ["TMT month 13", "198504162011131002", "PNS", ["nip_tmt_invalid"]],
    ["TMT before birth", "198504161984121002", "PNS", ["nip_tmt_before_birth"]],
    ["TMT in the birth month, after the 1st", "198504161985041002", "PNS", ["nip_tmt_before_birth"]],
    ["TMT the month after birth (odd, but after)", "198504161985051002", "PNS", []],
    ["gender 3", "198504162011063002", "PNS", ["nip_gender_invalid"]],
    ["gender 0", "198504162011060002", "PNS", ["nip_gender_invalid"]],
    ["sequence 000", "198504162011061000", "PNS", ["nip_sequence_invalid"]],
    ["sequence 999", "198504162011062999", "PNS", []],
    ["everything wrong", "198513012011130000", "PNS", ["nip_birth_date_invalid", "nip_tmt_invalid", "nip_gender_invalid", "nip_sequence_invalid"]],
    ["PPPK: any 18 digits", "202309112345670099", "PPPK", []],
    ["PPPK: not 18 digits", "2023091123456700", "PPPK", ["nip_not_18_digits"]],
  ])("%s", (_name, value, kind, expected) => {
    const r = validateNip(value, kind);
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(expected);
  });

  test("with today, future dates are refused", () => {
    const codes = (nip: string) => {
      const r = validateNip(nip, "PNS", { today: "2026-11-20" });
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(codes("203001012050061001")).toEqual(["nip_birth_date_invalid", "nip_tmt_invalid"]);
    expect(codes("199801012026121001")).toEqual(["nip_tmt_invalid"]); // TMT December 2026 > November
    expect(codes("199801012026111001")).toEqual([]);
  });

  test("parseNip", () => {
    expect(parseNip("197403282002072004")).toEqual({ birthDate: "1974-03-28", tmtCpns: "2002-07", gender: "P", sequence: 4 });
    expect(parseNip("198504162011061002")?.gender).toBe("L");
    expect(parseNip("123")).toBeUndefined();
  });
});
