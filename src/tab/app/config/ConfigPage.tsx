import { Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { Section } from "../common/Section";
import { registerTabConfig, setConfigValid, type TabConfig } from "../host/teams-config";
import type { TeamsHost } from "../host/teams-host";
import { useLocale } from "../i18n/LocaleProvider";
import type { StringKey } from "../i18n/strings";
import { Header } from "../shell/Header";

/** Views a channel tab can open; the keys are screen keys of the tab (shell/screens.ts). */
export const CHANNEL_VIEWS: { key: string; label: StringKey }[] = [
  { key: "team", label: "navTeam" },
  { key: "home", label: "navHome" },
];

const useStyles = makeStyles({ main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: "48rem" } });

/** The channel tab's configuration: Teams fills {locale} and {theme} in contentUrl when it opens the tab. */
export function tabConfigFor(origin: string, view: string, displayName: string): TabConfig {
  return {
    entityId: `kinerja-${view}`,
    contentUrl: `${origin}/index.html?view=${view}&locale={locale}&theme={theme}`,
    websiteUrl: `${origin}/index.html?view=${view}`,
    suggestedDisplayName: displayName,
  };
}

export function ConfigPage({ host }: { host: TeamsHost | undefined }) {
  const styles = useStyles();
  const { t, lang } = useLocale();
  const [view, setView] = useState<string>();
  const current = useRef<TabConfig>();
  const label = CHANNEL_VIEWS.find((v) => v.key === view)?.label;
  current.current = view && label ? tabConfigFor(window.location.origin, view, `Kinerja ASN: ${t(label)}`) : undefined;

  useEffect(() => {
    if (host) registerTabConfig(() => current.current);
  }, [host]);
  useEffect(() => {
    if (host) setConfigValid(view !== undefined);
  }, [host, view, lang]);

  return (
    <>
      <Header localMode={false} />
      <main className={styles.main}>
        <Section title={t("configTitle")}>
          <Text>{t("configIntro")}</Text>
          {!host && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("configOutsideTeams")}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={t("configView")}>
            <RadioGroup value={view ?? ""} onChange={(_e, data) => setView(data.value)}>
              {CHANNEL_VIEWS.map((v) => (
                <Radio key={v.key} value={v.key} label={t(v.label)} />
              ))}
            </RadioGroup>
          </Field>
          {host && view && <Text role="status">{t("configChosen")}</Text>}
        </Section>
      </main>
    </>
  );
}
