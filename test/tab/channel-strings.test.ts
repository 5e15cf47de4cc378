import { CHANNEL_STRINGS } from "../../src/tab/app/screens/supervisor/channel/channel-strings";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("the unit channel panel's texts exist in both languages with the same {placeholders}", () => {
  expect(Object.keys(CHANNEL_STRINGS.en).sort()).toEqual(Object.keys(CHANNEL_STRINGS.id).sort());
  for (const [key, text] of Object.entries(CHANNEL_STRINGS.id) as [keyof typeof CHANNEL_STRINGS.id, string][]) {
    expect({ key, id: text.trim() === "", en: CHANNEL_STRINGS.en[key].trim() === "" }).toEqual({ key, id: false, en: false });
    expect({ key, en: placeholders(CHANNEL_STRINGS.en[key]) }).toEqual({ key, en: placeholders(text) });
  }
});
