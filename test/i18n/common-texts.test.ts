import id from "../../src/i18n/locales/id/common.json";
import en from "../../src/i18n/locales/en/common.json";

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

test("every user-facing text exists in Bahasa Indonesia and English with the same placeholders", () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  for (const [key, text] of Object.entries(id) as [keyof typeof id, string][]) {
    expect([key, placeholders(en[key])]).toEqual([key, placeholders(text)]);
    expect(text.trim()).not.toBe("");
  }
});
