import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { PersonView } from "../api/types";
import { Section } from "../common/Section";
import { useLocale } from "../i18n/LocaleProvider";
import { saveLocalUser } from "../session/local-user";

const useStyles = makeStyles({ form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" } });

/** Local mode only: act as any person of the demo organisation (the server accepts X-Dev-User only then). */
export function LocalSignIn({ people, onSignedIn }: { people: PersonView[]; onSignedIn(): void }) {
  const styles = useStyles();
  const { t } = useLocale();
  const [personId, setPersonId] = useState(people[0]?.id ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    saveLocalUser(personId);
    onSignedIn();
  };
  return (
    <Section title={t("signInTitle")}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t("localModeNote")}</MessageBarBody>
      </MessageBar>
      <form className={styles.form} onSubmit={submit}>
        <Field label={t("signInPerson")}>
          <Select value={personId} onChange={(_e, data) => setPersonId(data.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.displayName} — ${p.jobTitle} (${p.unitName ?? ""})`}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary">
          {t("signInButton")}
        </Button>
      </form>
    </Section>
  );
}
