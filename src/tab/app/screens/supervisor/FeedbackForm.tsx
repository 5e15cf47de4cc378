import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ApiClient } from "../../api/client";
import type { ApiError, Report } from "../../api/types";
import { ErrorBar } from "../../common/ErrorBar";
import { useLocale } from "../../i18n/LocaleProvider";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS } });

/** Umpan balik on one report, answered in place; the server decides who may answer and says why not. */
export function FeedbackForm({ api, report, onAnswered }: { api: ApiClient; report: Report; onAnswered(): void }) {
  const styles = useStyles();
  const { t, pick, date } = useLocale();
  const [text, setText] = useState("");
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const fieldMessage = error?.fields?.find((f) => f.field === "feedback")?.message;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await api.giveFeedback(report.employeeId, report.id, text);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onAnswered();
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={t("feedbackLabel", { date: date(report.date) })}
        validationState={fieldMessage ? "error" : "none"}
        validationMessage={fieldMessage ? pick(fieldMessage) : undefined}
      >
        <Textarea resize="vertical" value={text} onChange={(_e, data) => setText(data.value)} />
      </Field>
      {error && !fieldMessage && <ErrorBar error={error} />}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t("sendFeedback")}
        </Button>
      </div>
    </form>
  );
}
