import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Bilingual } from "../api/types";
import { formatDate, formatDateTime, formatNumber } from "./format";
import { translate, type Lang, type StringKey } from "./strings";

export interface LocaleValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: StringKey, params?: Record<string, string | number>): string;
  /** The current language's half of a server message. */
  pick(message: Bilingual): string;
  date(isoDate: string): string;
  dateTime(isoInstant: string): string;
  number(value: number): string;
}

const LocaleContext = createContext<LocaleValue | undefined>(undefined);

export function LocaleProvider({ initial, children }: { initial: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  useEffect(() => {
    // Screen readers and spell checkers follow the document language.
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<LocaleValue>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      pick: (message) => message[lang],
      date: (d) => formatDate(d, lang),
      dateTime: (d) => formatDateTime(d, lang),
      number: (n) => formatNumber(n, lang),
    }),
    [lang],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale outside LocaleProvider");
  return value;
}
