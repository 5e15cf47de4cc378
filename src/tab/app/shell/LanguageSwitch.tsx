import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleProvider";
import type { Lang } from "../i18n/strings";

/** Each language named in itself, so a reader of either finds it. */
const LANGUAGE_NAMES: Record<Lang, string> = { id: "Bahasa Indonesia", en: "English" };

const useStyles = makeStyles({ root: { display: "flex", gap: tokens.spacingHorizontalXS } });

export function LanguageSwitch() {
  const { lang, setLang, t } = useLocale();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t("languageSwitch")} className={styles.root}>
      {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((l) => (
        <ToggleButton key={l} size="small" lang={l} checked={lang === l} onClick={() => setLang(l)}>
          {LANGUAGE_NAMES[l]}
        </ToggleButton>
      ))}
    </div>
  );
}
