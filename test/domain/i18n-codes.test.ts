import fs from "node:fs";
import path from "node:path";
import i18next from "i18next";
import { DOMAIN_LABEL_KEYS, DOMAIN_MESSAGE_CODES, labelKey } from "../../src/domain/codes";
import { ORG_PREDIKAT_LABELS } from "../../src/domain/distribution";
import { PREDIKAT_LABELS } from "../../src/domain/predikat";
import { RATING_LABELS } from "../../src/domain/rating";

const load = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, `../../src/i18n/locales/${lang}/domain.json`), "utf8")) as Record<string, string>;
const id = load("id");
const en = load("en");
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("every domain code and label has a Bahasa Indonesia and an English text", () => {
  const keys = [...DOMAIN_MESSAGE_CODES, ...DOMAIN_LABEL_KEYS];

  test("codes are unique and safe as i18next keys (no '.' or ':' separators)", () => {
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });

  test.each(keys)("%s", (key) => {
    expect(typeof id[key]).toBe("string");
    expect(typeof en[key]).toBe("string");
    expect(id[key]?.trim()).not.toBe("");
    expect(en[key]?.trim()).not.toBe("");
    expect(placeholders(id[key] ?? "")).toEqual(placeholders(en[key] ?? ""));
  });

  test("the files hold exactly these keys, in both languages", () => {
    expect(Object.keys(id).sort()).toEqual([...keys].sort());
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  test("the Indonesian labels match the official terms in the domain constants", () => {
    for (const [k, v] of Object.entries(PREDIKAT_LABELS)) expect(id[labelKey("predikat", k)]).toBe(v);
    for (const [k, v] of Object.entries(RATING_LABELS)) expect(id[labelKey("rating", k)]).toBe(v);
    for (const [k, v] of Object.entries(ORG_PREDIKAT_LABELS)) expect(id[labelKey("org_predikat", k)]).toBe(v);
  });

  test("i18next renders a message with its params", () => {
    const t = i18next.createInstance();
    void t.init({ resources: { id: { domain: id }, en: { domain: en } }, lng: "id", ns: ["domain"], defaultNS: "domain", initAsync: false, interpolation: { escapeValue: false }, showSupportNotice: false } as Parameters<typeof t.init>[0]);
    expect(t.t("field_too_long", { max: 2000 })).toBe("Paling banyak 2000 karakter.");
    expect(t.t("distribution_violation_max", { lng: "en", predikat: "Sangat Baik", actual: 8, limit: 7 })).toBe("Sangat Baik: 8 employees, at most 7 allowed.");
  });
});
