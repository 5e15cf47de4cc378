import { Button, Card, Field, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import type { OrgIndicator, RhkGroup, UplineLevel } from "../../../api/planning-types";
import { IkiEditor } from "./IkiEditor";
import { ParentPicker } from "./ParentPicker";
import { usePlanningText } from "./planning-strings";
import { emptyIki, type FieldMessages, type RhkForm } from "./skp-form";

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalM }, actions: { display: "flex", gap: tokens.spacingHorizontalS } });

export interface RhkEditorProps {
  rhk: RhkForm;
  index: number;
  jpt: boolean;
  indicators: OrgIndicator[];
  supervisor: UplineLevel | undefined;
  errors: FieldMessages;
  onChange(rhk: RhkForm): void;
  onRemove(): void;
}

/** One RHK: group, text, what it serves, and its IKIs. */
export function RhkEditor({ rhk, index, jpt, indicators, supervisor, errors, onChange, onRemove }: RhkEditorProps) {
  const styles = useStyles();
  const p = usePlanningText();
  const path = `rhks.${index}`;
  const set = (patch: Partial<RhkForm>) => onChange({ ...rhk, ...patch });
  const err = (f: string) => errors[`${path}.${f}`];
  return (
    <Card className={styles.root} data-testid="rhk-editor" role="group" aria-label={p("rhkHeading", { n: index + 1 })}>
      <Text weight="semibold">{p("rhkHeading", { n: index + 1 })}</Text>
      <Field label={p("rhkGroup")}>
        <Select value={rhk.group} onChange={(_e, d) => set({ group: d.value as RhkGroup })}>
          <option value="UTAMA">{p("groupUTAMA")}</option>
          <option value="TAMBAHAN">{p("groupTAMBAHAN")}</option>
        </Select>
      </Field>
      <Field label={p("rhkText")} required validationMessage={err("text")} validationState={err("text") ? "error" : "none"}>
        <Textarea value={rhk.text} onChange={(_e, d) => set({ text: d.value })} resize="vertical" />
      </Field>
      <ParentPicker jpt={jpt} value={rhk.parent} indicators={indicators} supervisor={supervisor} error={err("parent")} onChange={(parent) => set({ parent })} />
      {err("indicators") && <Text role="alert">{err("indicators")}</Text>}
      {rhk.ikis.map((iki, j) => (
        <IkiEditor
          key={iki.key}
          iki={iki}
          index={j}
          path={`${path}.indicators.${j}`}
          jpt={jpt}
          errors={errors}
          onChange={(next) => set({ ikis: rhk.ikis.map((x) => (x.key === iki.key ? next : x)) })}
          onRemove={rhk.ikis.length > 1 ? () => set({ ikis: rhk.ikis.filter((x) => x.key !== iki.key) }) : undefined}
        />
      ))}
      <div className={styles.actions}>
        <Button onClick={() => set({ ikis: [...rhk.ikis, emptyIki()] })}>{p("addIki")}</Button>
        <Button appearance="subtle" onClick={onRemove}>{p("removeRhk", { n: index + 1 })}</Button>
      </div>
    </Card>
  );
}
