import { Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import type { Lampiran } from "../../../api/planning-types";
import { Section } from "../../../common/Section";
import { usePlanningText } from "./planning-strings";
import type { FieldMessages } from "./skp-form";

export const LAMPIRAN_KEYS = ["dukunganSumberDaya", "skemaPertanggungjawaban", "konsekuensi"] as const;

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL } });

/** The first message about a list or one of its items ("lampiran.konsekuensi.2"). */
function messageFor(errors: FieldMessages, key: string): string | undefined {
  const field = Object.keys(errors).find((f) => f === `lampiran.${key}` || f.startsWith(`lampiran.${key}.`));
  return field ? errors[field] : undefined;
}

/** Lampiran SKP as three lists; editable as one item per line, or read as bullet lists. */
export function LampiranFields({ lampiran, errors = {}, onChange }: { lampiran: Lampiran; errors?: FieldMessages; onChange?: (l: Lampiran) => void }) {
  const p = usePlanningText();
  const styles = useStyles();
  return (
    <Section title={p("lampiranTitle")} level={3}>
      {onChange && <Text>{p("lampiranHint")}</Text>}
      {LAMPIRAN_KEYS.map((key) =>
        onChange ? (
          <Field key={key} label={p(`lampiran_${key}`)} validationMessage={messageFor(errors, key)} validationState={messageFor(errors, key) ? "error" : "none"}>
            <Textarea
              value={lampiran[key].join("\n")}
              resize="vertical"
              onChange={(_e, d) => onChange({ ...lampiran, [key]: d.value === "" ? [] : d.value.split("\n") })}
            />
          </Field>
        ) : (
          <div key={key}>
            <Text weight="semibold">{p(`lampiran_${key}`)}</Text>
            {lampiran[key].length === 0 ? (
              <Text block>{p("lampiranEmpty")}</Text>
            ) : (
              <ul className={styles.list}>{lampiran[key].map((item, i) => <li key={i}>{item}</li>)}</ul>
            )}
          </div>
        ),
      )}
    </Section>
  );
}
