import { Spinner } from "@fluentui/react-components";
import { useLocale } from "../i18n/LocaleProvider";

export function Loading() {
  const { t } = useLocale();
  return <Spinner label={t("loading")} labelPosition="below" />;
}
