import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleProvider";

/** Outside Teams with the server not in local mode: there is no way to sign in here. */
export function OpenInTeams() {
  const { t } = useLocale();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("openInTeamsTitle")}</MessageBarTitle> {t("openInTeamsBody")}
      </MessageBarBody>
    </MessageBar>
  );
}
