import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { RATINGS, type Rating } from "../../../api/eval-types";
import { useLocale } from "../../../i18n/LocaleProvider";
import { RATING_LABEL } from "../../staff/eval/eval-labels";

/** One rating (Di atas / Sesuai / Di bawah ekspektasi) as a labelled radio group, with the server's message. */
export function RatingChoice(props: { label: string; value?: Rating; onChange(r: Rating): void; message?: string; hint?: string; required?: boolean }) {
  const { t } = useLocale();
  return (
    <Field label={props.label} hint={props.hint} required={props.required} {...(props.message ? { validationState: "error" as const, validationMessage: props.message } : {})}>
      <RadioGroup layout="horizontal" value={props.value ?? ""} onChange={(_e, d) => props.onChange(d.value as Rating)}>
        {RATINGS.map((r) => (
          <Radio key={r} value={r} label={t(RATING_LABEL[r])} />
        ))}
      </RadioGroup>
    </Field>
  );
}
