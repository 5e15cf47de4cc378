import { Checkbox, Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { InstalledTeam } from "../../../api/socialization-types";
import type { FieldError } from "../../../api/types";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ComposeState } from "./compose-form";
import { useSocialText } from "./social-strings";

const useStyles = makeStyles({
  opds: { border: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))" },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Who gets the announcement: members of chosen OPDs, everyone, or the channels of teams with the app. */
export function AudiencePicker(props: {
  state: ComposeState;
  set(patch: Partial<ComposeState>): void;
  opds: { id: string; name: string }[];
  teams: InstalledTeam[];
  errors: FieldError[];
}) {
  const { state, set, opds, teams, errors } = props;
  const styles = useStyles();
  const s = useSocialText();
  const { pick } = useLocale();
  const toggle = (key: "opdIds" | "teamIds", id: string, on: boolean) => set({ [key]: on ? [...state[key], id] : state[key].filter((x) => x !== id) });
  const audienceErrors = errors.filter((e) => e.field.startsWith("audience"));
  return (
    <>
      <Field label={s("audienceLabel")}>
        <RadioGroup value={state.audience} onChange={(_e, d) => set({ audience: d.value as ComposeState["audience"] })}>
          <Radio value="opds" label={s("audienceOpds")} />
          <Radio value="everyone" label={s("audienceEveryone")} />
          <Radio value="channels" label={s("audienceChannels")} />
        </RadioGroup>
      </Field>
      {state.audience === "opds" && (
        <fieldset className={styles.opds} data-testid="opd-choices">
          <legend className={styles.legend}>{s("opdsLabel")}</legend>
          {opds.map((o) => (
            <Checkbox key={o.id} label={o.name} checked={state.opdIds.includes(o.id)} onChange={(_e, d) => toggle("opdIds", o.id, d.checked === true)} />
          ))}
          {state.opdIds.length === 0 && <Text>{s("opdsNone")}</Text>}
        </fieldset>
      )}
      {state.audience === "channels" && teams.length === 0 && <Text>{s("teamsNone")}</Text>}
      {state.audience === "channels" && teams.length > 0 && (
        // Teams are known by id only (the install records no name); none ticked means all of them.
        <fieldset className={styles.opds} data-testid="team-choices">
          <legend className={styles.legend}>{s("teamsLabel")}</legend>
          {teams.map((team) => (
            <Checkbox key={team.teamId} label={team.teamId} checked={state.teamIds.includes(team.teamId)} onChange={(_e, d) => toggle("teamIds", team.teamId, d.checked === true)} />
          ))}
          <Text>{state.teamIds.length === 0 ? s("teamsCount", { n: teams.length }) : s("teamsChosen", { n: state.teamIds.length })}</Text>
        </fieldset>
      )}
      {audienceErrors.map((e) => (
        <Text key={e.field + e.code} className={styles.error} role="alert">
          {pick(e.message)}
        </Text>
      ))}
    </>
  );
}
