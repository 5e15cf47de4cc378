import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { Indicator, IndicatorInput } from "../../../api/eval-types";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { useLocale } from "../../../i18n/LocaleProvider";
import { messagesByField } from "../../staff/report-form-state";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalM, maxWidth: "640px" }, row: { display: "flex", gap: tokens.spacingHorizontalM } });

type Values = { sasaran: string; indicator: string; approach: "KUANTITATIF" | "KUALITATIF"; value: string; unit: string; narrative: string };

function valuesOf(i?: Indicator): Values {
  const target = i?.target;
  return {
    sasaran: i?.sasaran ?? "",
    indicator: i?.indicator ?? "",
    approach: target?.approach ?? "KUANTITATIF",
    value: target?.approach === "KUANTITATIF" ? String(target.value) : "",
    unit: target?.approach === "KUANTITATIF" ? target.unit : "",
    narrative: target?.approach === "KUALITATIF" ? target.narrative : "",
  };
}

/** The body as typed; a number that is not one goes as NaN-free text for the server to refuse with its message. */
function bodyOf(v: Values): IndicatorInput {
  const target = v.approach === "KUANTITATIF" ? { approach: v.approach, value: Number(v.value.replace(",", ".")), unit: v.unit } : { approach: v.approach, narrative: v.narrative };
  return { sasaran: v.sasaran, indicator: v.indicator, target } as IndicatorInput;
}

/** Add or change one organisation indicator; the server's message stands under each field. */
export function IndicatorForm({ initial, onSave, onCancel }: { initial?: Indicator; onSave(body: IndicatorInput): Promise<ApiError | undefined>; onCancel?(): void }) {
  const styles = useStyles();
  const { t, pick } = useLocale();
  const [v, setV] = useState<Values>(() => valuesOf(initial));
  const [error, setError] = useState<ApiError>();
  const fields = messagesByField(error?.fields);
  const validation = (...names: string[]) => {
    const m = names.map((n) => fields[n]).find(Boolean);
    return m ? { validationState: "error" as const, validationMessage: pick(m) } : {};
  };
  const set = (patch: Partial<Values>) => setV((x) => ({ ...x, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const err = await onSave(bodyOf(v));
    setError(err);
    if (!err && !initial) setV(valuesOf());
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="indicator-form">
      <Field label={t("indFieldSasaran")} required {...validation("sasaran")}>
        <Textarea value={v.sasaran} onChange={(_e, d) => set({ sasaran: d.value })} />
      </Field>
      <Field label={t("indFieldIndicator")} required {...validation("indicator")}>
        <Textarea value={v.indicator} onChange={(_e, d) => set({ indicator: d.value })} />
      </Field>
      <Field label={t("indFieldApproach")} {...validation("target.approach", "target")}>
        <Select value={v.approach} onChange={(_e, d) => set({ approach: d.value as Values["approach"] })}>
          <option value="KUANTITATIF">{t("approachKuantitatif")}</option>
          <option value="KUALITATIF">{t("approachKualitatif")}</option>
        </Select>
      </Field>
      {v.approach === "KUANTITATIF" ? (
        <div className={styles.row}>
          <Field label={t("indFieldTargetValue")} required {...validation("target.value")}>
            <Input inputMode="decimal" value={v.value} onChange={(_e, d) => set({ value: d.value })} />
          </Field>
          <Field label={t("indFieldTargetUnit")} required {...validation("target.unit")}>
            <Input value={v.unit} onChange={(_e, d) => set({ unit: d.value })} />
          </Field>
        </div>
      ) : (
        <Field label={t("indFieldNarrative")} required {...validation("target.narrative")}>
          <Textarea value={v.narrative} onChange={(_e, d) => set({ narrative: d.value })} />
        </Field>
      )}
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {initial ? t("saveIndicator") : t("addIndicator")}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t("indCancel")}</Button>}
      </div>
      {error && <ErrorBar error={error} />}
    </form>
  );
}
