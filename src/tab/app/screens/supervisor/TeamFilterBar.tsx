import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useLocale } from "../../i18n/LocaleProvider";
import type { TeamFilter } from "./team-summary";

const useStyles = makeStyles({ root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL } });

export function TeamFilterBar({ filter, onChange }: { filter: TeamFilter; onChange(filter: TeamFilter): void }) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <div className={styles.root}>
      <Field label={t("teamSearch")}>
        <Input type="search" value={filter.query} onChange={(_e, data) => onChange({ ...filter, query: data.value })} />
      </Field>
      <Checkbox
        label={t("teamOnlyPending")}
        checked={filter.onlyWithoutFeedback}
        onChange={(_e, data) => onChange({ ...filter, onlyWithoutFeedback: data.checked === true })}
      />
    </div>
  );
}
