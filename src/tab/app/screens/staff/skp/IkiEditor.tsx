import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { ASPEKS, PERSPEKTIFS } from "../../../api/planning-types";
import { usePlanningText } from "./planning-strings";
import type { FieldMessages, IkiForm } from "./skp-form";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalL, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
});

export interface IkiEditorProps {
  iki: IkiForm;
  index: number;
  /** Server field path of this IKI, e.g. "rhks.0.indicators.1". */
  path: string;
  jpt: boolean;
  errors: FieldMessages;
  onChange(iki: IkiForm): void;
  onRemove?: () => void;
}

/** One IKI: its text, aspek (non-JPT) or perspektif (JPT), and a quantitative or qualitative target. */
export function IkiEditor({ iki, index, path, jpt, errors, onChange, onRemove }: IkiEditorProps) {
  const styles = useStyles();
  const p = usePlanningText();
  const headingId = useId();
  const set = (patch: Partial<IkiForm>) => onChange({ ...iki, ...patch });
  const err = (f: string) => (errors[`${path}.${f}`] ? { validationMessage: errors[`${path}.${f}`], validationState: "error" as const } : {});
  return (
    <div className={styles.root} role="group" aria-labelledby={headingId} data-testid="iki">
      <Text id={headingId} weight="semibold">{p("ikiHeading", { n: index + 1 })}</Text>
      <Field label={p("ikiText")} required {...err("text")}>
        <Textarea value={iki.text} onChange={(_e, d) => set({ text: d.value })} resize="vertical" />
      </Field>
      <div className={styles.row}>
        {jpt ? (
          <Field label={p("perspektif")} required {...err("perspektif")}>
            <Select value={iki.perspektif} onChange={(_e, d) => set({ perspektif: d.value as IkiForm["perspektif"] })}>
              <option value="">{p("parentNone")}</option>
              {PERSPEKTIFS.map((v) => <option key={v} value={v}>{p(`perspektif_${v}`)}</option>)}
            </Select>
          </Field>
        ) : (
          <Field label={p("aspek")} required {...err("aspek")}>
            <Select value={iki.aspek} onChange={(_e, d) => set({ aspek: d.value as IkiForm["aspek"] })}>
              <option value="">{p("parentNone")}</option>
              {ASPEKS.map((v) => <option key={v} value={v}>{p(`aspek_${v}`)}</option>)}
            </Select>
          </Field>
        )}
        <Field label={p("approach")}>
          <RadioGroup layout="horizontal" value={iki.approach} onChange={(_e, d) => set({ approach: d.value as IkiForm["approach"] })}>
            <Radio value="KUANTITATIF" label={p("approachKUANTITATIF")} />
            <Radio value="KUALITATIF" label={p("approachKUALITATIF")} />
          </RadioGroup>
        </Field>
      </div>
      {iki.approach === "KUANTITATIF" ? (
        <div className={styles.row}>
          <Field label={p("targetValue")} required {...err("target.value")}>
            <Input inputMode="decimal" value={iki.value} onChange={(_e, d) => set({ value: d.value })} />
          </Field>
          <Field label={p("targetUnit")} required {...err("target.unit")}>
            <Input value={iki.unit} onChange={(_e, d) => set({ unit: d.value })} />
          </Field>
        </div>
      ) : (
        <Field label={p("targetNarrative")} required {...err("target.narrative")}>
          <Textarea value={iki.narrative} onChange={(_e, d) => set({ narrative: d.value })} resize="vertical" />
        </Field>
      )}
      {onRemove && (
        <div>
          <Button appearance="subtle" onClick={onRemove}>{p("removeIki", { n: index + 1 })}</Button>
        </div>
      )}
    </div>
  );
}
