import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ApiClient } from "../../api/client";
import type { ApiError, PeriodType } from "../../api/types";
import { ErrorBar } from "../../common/ErrorBar";
import { Section } from "../../common/Section";
import { todayInWib } from "../../i18n/format";
import { useLocale } from "../../i18n/LocaleProvider";
import { messagesByField } from "../staff/report-form-state";
import { PERIOD_TYPE_LABEL } from "./period-label";

const useStyles = makeStyles({ form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL } });

/** Defines (or redefines) the periods of a year; the server generates them and checks they do not overlap. */
export function DefineYearForm({ api, onSaved }: { api: ApiClient; onSaved(): void }) {
  const styles = useStyles();
  const { t, pick } = useLocale();
  const [year, setYear] = useState(() => todayInWib().slice(0, 4));
  const [type, setType] = useState<PeriodType>("bulanan");
  const [error, setError] = useState<ApiError>();
  const [savedYear, setSavedYear] = useState<string>();
  const fields = messagesByField(error?.fields);
  const validation = (name: string) =>
    fields[name] ? { validationState: "error" as const, validationMessage: pick(fields[name]) } : {};

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSavedYear(undefined);
    const result = await api.defineYear(year, type);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setSavedYear(year);
    onSaved();
  };

  return (
    <Section title={t("defineYearTitle")} level={3}>
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field label={t("fieldYear")} {...validation("year")}>
          <Input inputMode="numeric" value={year} onChange={(_e, d) => setYear(d.value)} />
        </Field>
        <Field label={t("fieldPeriodType")} {...validation("type")}>
          <Select value={type} onChange={(_e, d) => setType(d.value as PeriodType)}>
            {(Object.keys(PERIOD_TYPE_LABEL) as PeriodType[]).map((k) => (
              <option key={k} value={k}>
                {t(PERIOD_TYPE_LABEL[k])}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary">
          {t("defineYearButton")}
        </Button>
      </form>
      {error && <ErrorBar error={error} />}
      {savedYear && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t("periodsSaved", { year: savedYear })}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
