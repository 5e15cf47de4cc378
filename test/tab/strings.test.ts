import { langFor, LANGS, STRINGS, translate } from "../../src/tab/app/i18n/strings";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the tab's dictionary", () => {
  test("Bahasa Indonesia and English have exactly the same keys", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.id).sort());
  });

  test("no text is empty and both languages use the same {placeholders}", () => {
    for (const key of Object.keys(STRINGS.id) as (keyof typeof STRINGS.id)[]) {
      for (const lang of LANGS) expect({ key, lang, empty: STRINGS[lang][key].trim() === "" }).toEqual({ key, lang, empty: false });
      expect({ key, en: placeholders(STRINGS.en[key]) }).toEqual({ key, en: placeholders(STRINGS.id[key]) });
    }
  });

  test("placeholders are filled in; an unknown one stays visible rather than vanishing", () => {
    expect(translate("id", "feedbackSent", { name: "Eko Kusuma" })).toBe("Umpan balik terkirim ke Eko Kusuma.");
    expect(translate("en", "feedbackSent")).toBe("Feedback sent to {name}.");
  });

  test("English for English Teams locales, Bahasa Indonesia for everything else", () => {
    expect(["en-us", "en-GB", "EN"].map(langFor)).toEqual(["en", "en", "en"]);
    expect(["id-id", "ms-my", "", undefined].map(langFor)).toEqual(["id", "id", "id", "id"]);
  });
});
