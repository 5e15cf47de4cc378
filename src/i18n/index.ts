import i18next, { type i18n } from "i18next";
import fs from "node:fs";
import path from "node:path";

export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A user-facing text in both languages: Bahasa Indonesia first, English second. */
export interface BilingualText {
  id: string;
  en: string;
}

const NAMESPACES = ["common", "domain"] as const;

function loadResources(): Record<Language, Record<string, Record<string, string>>> {
  const dir = path.join(__dirname, "locales");
  const out = {} as Record<Language, Record<string, Record<string, string>>>;
  for (const lang of LANGUAGES) {
    out[lang] = {};
    for (const ns of NAMESPACES) {
      const file = path.join(dir, lang, `${ns}.json`);
      out[lang][ns] = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
    }
  }
  return out;
}

let instance: i18n | undefined;

function i18n(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // initImmediate false + inline resources: init is synchronous, so callers never await.
    void instance.init({
      resources: loadResources(),
      lng: "id",
      fallbackLng: "id",
      ns: [...NAMESPACES],
      defaultNS: "common",
      fallbackNS: ["domain"],
      interpolation: { escapeValue: false },
      initAsync: false,
      showSupportNotice: false,
    } as Parameters<i18n["init"]>[0]);
  }
  return instance;
}

export function translate(lang: Language, key: string, params?: Record<string, unknown>): string {
  return i18n().t(key, { lng: lang, ...params });
}

export function bilingual(key: string, params?: Record<string, unknown>): BilingualText {
  return { id: translate("id", key, params), en: translate("en", key, params) };
}

/** One line holding both languages, for places that have room for a single string (labels, error banners). */
export function bilingualLine(key: string, params?: Record<string, unknown>): string {
  const t = bilingual(key, params);
  return t.id === t.en ? t.id : `${t.id} · ${t.en}`;
}

export function hasTranslation(lang: Language, key: string): boolean {
  return i18n().exists(key, { lng: lang });
}

/** Teams sends locales like "en-US" or "id-ID"; everything not English is shown in Bahasa Indonesia. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith("en") ? "en" : "id";
}
