import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ApiClient } from "../../api/client";
import type { ApiError } from "../../api/types";
import { ErrorBar } from "../../common/ErrorBar";
import { Section } from "../../common/Section";
import { todayInWib } from "../../i18n/format";
import { useLocale } from "../../i18n/LocaleProvider";
import { emptyReport, messagesByField, toNewReport, type ReportField, type ReportValues } from "./report-form-state";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
  // start: a validation message under one field must not stretch its neighbour.
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalM, alignItems: "start" },
});

/** Today's progress report. Values stay as typed when the server refuses them, with its message under each field. */
export function ReportForm({ api, onSaved }: { api: ApiClient; onSaved(): void }) {
  const styles = useStyles();
  const { t, pick } = useLocale();
  const [values, setValues] = useState<ReportValues>(() => emptyReport(todayInWib()));
  // One id per report being written: a double submit or a retry after a lost answer stores it once.
  const [formId, setFormId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const fieldMessages = messagesByField(error?.fields);

  const field = (name: ReportField) => {
    const message = fieldMessages[name];
    return {
      validationState: message ? ("error" as const) : ("none" as const),
      validationMessage: message ? pick(message) : undefined,
    };
  };
  const input = (name: ReportField) => ({
    name,
    value: values[name],
    onChange: (_e: unknown, data: { value: string }) => setValues((v) => ({ ...v, [name]: data.value })),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    const result = await api.submitReport(toNewReport(formId, values));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setSaved(true);
    setValues((v) => ({ ...emptyReport(v.date) }));
    setFormId(crypto.randomUUID());
    onSaved();
  };

  return (
    <Section title={t("reportFormTitle")}>
      <Text>{t("reportFormHint")}</Text>
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field label={t("fieldDate")} required {...field("date")}>
          <Input type="date" {...input("date")} />
        </Field>
        <Field label={t("fieldActivity")} required {...field("activity")}>
          <Textarea resize="vertical" rows={3} {...input("activity")} />
        </Field>
        <div className={styles.pair}>
          <Field label={t("fieldQuantity")} {...field("quantity")}>
            <Input inputMode="decimal" {...input("quantity")} />
          </Field>
          <Field label={t("fieldUnit")} {...field("unit")}>
            <Input {...input("unit")} />
          </Field>
        </div>
        <Field label={t("fieldEvidence")} {...field("evidenceUrl")}>
          <Input type="url" placeholder="https://" {...input("evidenceUrl")} />
        </Field>
        {error && <ErrorBar error={error} />}
        {saved && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{t("reportSaved")}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button type="submit" appearance="primary" disabled={busy}>
            {busy ? t("submitting") : t("submitReport")}
          </Button>
        </div>
      </form>
    </Section>
  );
}
