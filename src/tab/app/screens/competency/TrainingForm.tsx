import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CompetencyApi } from "../../api/competency-client";
import { TRAINING_TYPES, type Training } from "../../api/competency-types";
import type { ApiError } from "../../api/types";
import { ErrorBar } from "../../common/ErrorBar";
import { Section } from "../../common/Section";
import { useLocale } from "../../i18n/LocaleProvider";
import { useCompetencyText, type CompetencyKey } from "./competency-strings";
import { EMPTY_TRAINING, errorsOf, trainingBodyOf, VALUES, type TrainingFormState } from "./training-form";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "720px" },
  row: { display: "grid", gap: tokens.spacingHorizontalL, gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))" },
  group: { border: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))" },
  units: { maxHeight: "14rem", overflowY: "auto" },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type TextKey = "title" | "jp" | "capacity" | "start" | "end" | "place" | "onlineUrl";
const TEXT: { key: TextKey; label: CompetencyKey; type: "text" | "datetime-local" | "url"; numeric?: boolean; required?: boolean }[] = [
  { key: "title", label: "fTitle", type: "text", required: true },
  { key: "jp", label: "fJp", type: "text", numeric: true, required: true },
  { key: "capacity", label: "fCapacity", type: "text", numeric: true, required: true },
  { key: "start", label: "fStart", type: "datetime-local", required: true },
  { key: "end", label: "fEnd", type: "datetime-local", required: true },
  { key: "place", label: "fPlace", type: "text" },
  { key: "onlineUrl", label: "fOnlineUrl", type: "url" },
];

/** Adds a training to the catalogue; every server message stands under its field. */
export function TrainingForm({ competency, units, onCreated }: { competency: CompetencyApi; units: { id: string; name: string }[]; onCreated(t: Training): void }) {
  const styles = useStyles();
  const c = useCompetencyText();
  const { pick } = useLocale();
  const [state, setState] = useState<TrainingFormState>(EMPTY_TRAINING);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<TrainingFormState>) => setState((old) => ({ ...old, ...patch }));
  const fields = error?.fields ?? [];
  const messageOf = (field: string) => {
    const mine = errorsOf(fields, field);
    return mine.length > 0 ? { validationMessage: mine.map((e) => pick(e.message)).join(" "), validationState: "error" as const } : {};
  };
  const toggle = (key: "values" | "targetUnitIds", id: string, on: boolean) => set({ [key]: on ? [...state[key], id] : state[key].filter((x) => x !== id) });

  const submit = async () => {
    setBusy(true);
    const result = await competency.create(trainingBodyOf(state));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setState(EMPTY_TRAINING);
    onCreated(result.data);
  };

  const addressErrors = errorsOf(fields, "addresses");
  const unitErrors = errorsOf(fields, "targetUnitIds");
  return (
    <Section title={c("addTitle")} level={3}>
      <form className={styles.form} onSubmit={(e) => (e.preventDefault(), void submit())} noValidate data-testid="training-form">
        {TEXT.slice(0, 1).map((f) => (
          <Field key={f.key} label={c(f.label)} required {...messageOf(f.key)}>
            <Input value={state[f.key]} onChange={(_e, d) => set({ [f.key]: d.value })} />
          </Field>
        ))}
        <div className={styles.row}>
          <Field label={c("fType")} required {...messageOf("type")}>
            <Select value={state.type} onChange={(_e, d) => set({ type: d.value })}>
              <option value="">{c("none")}</option>
              {TRAINING_TYPES.map((t) => (
                <option key={t} value={t}>
                  {c(`type_${t}`)}
                </option>
              ))}
            </Select>
          </Field>
          {TEXT.slice(1, 3).map((f) => (
            <Field key={f.key} label={c(f.label)} required {...messageOf(f.key)}>
              <Input inputMode="decimal" value={state[f.key]} onChange={(_e, d) => set({ [f.key]: d.value })} />
            </Field>
          ))}
        </div>
        <div className={styles.row}>
          {TEXT.slice(3).map((f) => (
            <Field key={f.key} label={c(f.label)} required={f.required} hint={f.key === "place" ? c("placeHint") : undefined} {...messageOf(f.key)}>
              <Input type={f.type} value={state[f.key]} onChange={(_e, d) => set({ [f.key]: d.value })} />
            </Field>
          ))}
        </div>
        <fieldset className={styles.group} data-testid="value-choices">
          <legend className={styles.legend}>{c("fValues")}</legend>
          {VALUES.map(([id, name]) => (
            <Checkbox key={id} label={name} checked={state.values.includes(id)} onChange={(_e, d) => toggle("values", id, d.checked === true)} />
          ))}
        </fieldset>
        <Field label={c("fCompetencies")} hint={c("addressesHint")} {...(addressErrors.length > 0 ? { validationMessage: addressErrors.map((e) => pick(e.message)).join(" "), validationState: "error" as const } : {})}>
          <Input value={state.competencies} onChange={(_e, d) => set({ competencies: d.value })} />
        </Field>
        <fieldset className={`${styles.group} ${styles.units}`} data-testid="unit-choices">
          <legend className={styles.legend}>{c("fTargets")}</legend>
          {units.map((u) => (
            <Checkbox key={u.id} label={u.name} checked={state.targetUnitIds.includes(u.id)} onChange={(_e, d) => toggle("targetUnitIds", u.id, d.checked === true)} />
          ))}
        </fieldset>
        <Text size={200}>{c("targetsHint")}</Text>
        {unitErrors.length > 0 && <Text className={styles.error}>{unitErrors.map((e) => pick(e.message)).join(" ")}</Text>}
        {error && error.fields && error.fields.length > 0 ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{c("fixFields")}</MessageBarBody>
          </MessageBar>
        ) : (
          error && <ErrorBar error={error} />
        )}
        <div>
          <Button type="submit" appearance="primary" disabled={busy}>
            {c("save")}
          </Button>
        </div>
      </form>
    </Section>
  );
}
