import { Field, Select, Text } from "@fluentui/react-components";
import type { OrgIndicator, UplineLevel } from "../../../api/planning-types";
import { usePlanningText } from "./planning-strings";

export interface ParentPickerProps {
  jpt: boolean;
  value: string;
  indicators: OrgIndicator[];
  /** The direct supervisor's approved RHKs (the nearest level of the upline). */
  supervisor: UplineLevel | undefined;
  error?: string;
  onChange(value: string): void;
}

/** JPT: an organisation indicator of the OPD; everyone else: one of the supervisor's approved RHKs. */
export function ParentPicker({ jpt, value, indicators, supervisor, error, onChange }: ParentPickerProps) {
  const p = usePlanningText();
  const options = jpt
    ? indicators.map((i) => ({ value: `ind:${i.id}`, label: `${i.sasaran} — ${i.indicator}` }))
    : (supervisor?.rhks ?? []).map((r) => ({ value: `rhk:${r.id}`, label: r.text }));
  const known = value === "" || options.some((o) => o.value === value);
  return (
    <Field label={jpt ? p("parentIndicator") : p("parentSupervisorRhk")} required validationMessage={error} validationState={error ? "error" : "none"}>
      <Select value={value} onChange={(_e, d) => onChange(d.value)}>
        <option value="">{p("parentNone")}</option>
        {/* A parent no longer offered (a revised supervisor plan) stays visible rather than silently changing. */}
        {!known && <option value={value}>{value.slice(4)}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </Select>
      {options.length === 0 && <Text size={200}>{jpt ? p("parentEmptyIndicators") : p("parentEmptySupervisor")}</Text>}
    </Field>
  );
}
