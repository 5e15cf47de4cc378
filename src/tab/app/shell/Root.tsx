import { FluentProvider, makeStaticStyles, makeStyles } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { LaunchParams } from "../host/launch-params";
import type { TeamsHost } from "../host/teams-host";
import { fluentThemeFor } from "../host/theme";
import { LocaleProvider } from "../i18n/LocaleProvider";
import { langFor } from "../i18n/strings";

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ root: { minHeight: "100vh" } });

/**
 * Theme and language for a page: Teams' context when inside Teams (and its theme-change event), else the
 * launch parameters of the URL. The language can be switched by the user afterwards.
 */
export function Root({ host, params, children }: { host: TeamsHost | undefined; params: LaunchParams; children: ReactNode }) {
  useGlobalStyles();
  const styles = useStyles();
  const [theme, setTheme] = useState(host?.theme ?? params.theme);
  useEffect(() => host?.onThemeChange(setTheme), [host]);
  return (
    <LocaleProvider initial={langFor(host?.locale ?? params.locale)}>
      <FluentProvider theme={fluentThemeFor(theme)} className={styles.root} data-theme={theme ?? "default"}>
        {children}
      </FluentProvider>
    </LocaleProvider>
  );
}
