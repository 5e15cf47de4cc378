import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ApiError } from "../api/types";
import { useLocale } from "../i18n/LocaleProvider";

/** An error in plain language (the server's own bilingual message), with a retry when one makes sense. */
export function ErrorBar({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, pick } = useLocale();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{pick(error.message)}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
