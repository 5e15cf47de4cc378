import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ApiError } from "../../../api/types";
import type { ExternalTrainingInput, WaitingApi } from "../../../api/waiting-client";
import { ErrorBar } from "../../../common/ErrorBar";
import { Section } from "../../../common/Section";
import { useLocale } from "../../../i18n/LocaleProvider";
import { useDevelopmentText, type DevelopmentKey } from "./development-strings";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "36rem" } });

const EMPTY: ExternalTrainingInput = { title: "", jp: "", date: "", evidenceUrl: "" };
const FIELDS: { name: keyof ExternalTrainingInput; label: DevelopmentKey; type: "text" | "number" | "date" | "url" }[] = [
  { name: "title", label: "externalName", type: "text" },
  { name: "jp", label: "externalJp", type: "number" },
  { name: "date", label: "externalDate", type: "date" },
  { name: "evidenceUrl", label: "externalEvidence", type: "url" },
];

/** Training done elsewhere, with evidence: recorded as pending until the direct supervisor verifies it. */
export function ExternalTrainingForm({ waiting, onSaved }: { waiting: WaitingApi; onSaved(): void }) {
  const styles = useStyles();
  const d = useDevelopmentText();
  const { pick } = useLocale();
  const [values, setValues] = useState<ExternalTrainingInput>(EMPTY);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const messageOf = (field: string) => error?.fields?.find((f) => f.field === field)?.message;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    // JP travel as typed (a number when it reads as one): the server validates and explains.
    const jp = String(values.jp).trim() !== "" && Number.isFinite(Number(values.jp)) ? Number(values.jp) : values.jp;
    const result = await waiting.recordExternal({ ...values, jp });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setValues(EMPTY);
    setSaved(true);
    onSaved();
  };

  return (
    <Section title={d("externalTitle")} level={3}>
      <Text>{d("externalHint")}</Text>
      <form className={styles.form} onSubmit={submit} noValidate data-testid="external-form">
        {FIELDS.map((f) => {
          const message = messageOf(f.name);
          return (
            <Field key={f.name} label={d(f.label)} required validationState={message ? "error" : "none"} validationMessage={message ? pick(message) : undefined}>
              <Input type={f.type} value={String(values[f.name])} onChange={(_e, data) => setValues((v) => ({ ...v, [f.name]: data.value }))} />
            </Field>
          );
        })}
        {error && !error.fields?.length && <ErrorBar error={error} />}
        {saved && (
          <MessageBar intent="success">
            <MessageBarBody>{d("externalSaved")}</MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button type="submit" appearance="primary" disabled={busy}>
            {d("externalSubmit")}
          </Button>
        </div>
      </form>
    </Section>
  );
}
