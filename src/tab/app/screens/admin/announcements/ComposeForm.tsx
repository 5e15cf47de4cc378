import { Button, Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { SocializationApi } from "../../../api/socialization-client";
import type { Announcement, CardPreview, InstalledTeam } from "../../../api/socialization-types";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { Section } from "../../../common/Section";
import { useLocale } from "../../../i18n/LocaleProvider";
import { AudiencePicker } from "./AudiencePicker";
import { CardPreviewView } from "./CardPreviewView";
import { composeBodyOf, contentOf, EMPTY_COMPOSE, type ComposeState } from "./compose-form";
import { useSocialText, type SocialKey } from "./social-strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "720px" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

type TextField = "titleId" | "bodyId" | "titleEn" | "bodyEn" | "imageUrl" | "linkUrl";
const TEXT_FIELDS: { key: TextField; label: SocialKey; long?: boolean; required?: boolean }[] = [
  { key: "titleId", label: "fieldTitleId", required: true },
  { key: "bodyId", label: "fieldBodyId", long: true, required: true },
  { key: "titleEn", label: "fieldTitleEn" },
  { key: "bodyEn", label: "fieldBodyEn", long: true },
  { key: "imageUrl", label: "fieldImage" },
  { key: "linkUrl", label: "fieldLink" },
];

/** Compose, preview and send (or schedule) an announcement; the server's messages stand under their fields. */
export function ComposeForm(props: { social: SocializationApi; opds: { id: string; name: string }[]; teams: InstalledTeam[]; onSent(a: Announcement): void }) {
  const { social, opds, teams, onSent } = props;
  const styles = useStyles();
  const s = useSocialText();
  const { pick } = useLocale();
  const [state, setState] = useState<ComposeState>(EMPTY_COMPOSE);
  const [preview, setPreview] = useState<CardPreview>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ComposeState>) => setState((old) => ({ ...old, ...patch }));
  const errors = error?.fields ?? [];
  const messageOf = (field: string) => {
    const e = errors.find((f) => f.field === field);
    return e ? { validationMessage: pick(e.message), validationState: "error" as const } : {};
  };

  const run = async <T,>(call: () => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>, done: (data: T) => void) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    done(result.data);
  };
  const showPreview = () => run(() => social.preview(contentOf(state)), setPreview);
  const send = () =>
    run(
      () => social.compose(composeBodyOf(state)),
      (a) => {
        setState(EMPTY_COMPOSE);
        setPreview(undefined);
        onSent(a);
      },
    );

  return (
    <Section title={s("composeTitle")} level={3}>
      <form className={styles.form} onSubmit={(e) => (e.preventDefault(), void send())} noValidate>
        {TEXT_FIELDS.map((f) => (
          <Field key={f.key} label={s(f.label)} required={f.required} {...messageOf(`content.${f.key}`)}>
            {f.long ? (
              <Textarea value={state[f.key]} resize="vertical" rows={5} onChange={(_e, d) => set({ [f.key]: d.value })} />
            ) : (
              <Input value={state[f.key]} type={f.key.endsWith("Url") ? "url" : "text"} onChange={(_e, d) => set({ [f.key]: d.value })} />
            )}
          </Field>
        ))}
        <Field label={s("fieldDeadline")} {...messageOf("content.ackDeadline")}>
          <Input type="date" value={state.ackDeadline} onChange={(_e, d) => set({ ackDeadline: d.value })} />
        </Field>
        <AudiencePicker state={state} set={set} opds={opds} teams={teams} errors={errors} />
        <Field label={s("whenLabel")}>
          <RadioGroup layout="horizontal" value={state.when} onChange={(_e, d) => set({ when: d.value as ComposeState["when"] })}>
            <Radio value="now" label={s("whenNow")} />
            <Radio value="later" label={s("whenLater")} />
          </RadioGroup>
        </Field>
        {state.when === "later" && (
          <Field label={s("fieldSchedule")} required {...messageOf("scheduledAt")}>
            <Input type="datetime-local" value={state.scheduledAt} onChange={(_e, d) => set({ scheduledAt: d.value })} />
          </Field>
        )}
        {error && <ErrorBar error={error} />}
        <div className={styles.buttons}>
          <Button type="button" onClick={() => void showPreview()} disabled={busy}>
            {s("previewButton")}
          </Button>
          <Button type="submit" appearance="primary" disabled={busy || (state.audience === "opds" && state.opdIds.length === 0)}>
            {state.when === "later" ? s("schedule") : s("send")}
          </Button>
        </div>
      </form>
      {preview && (
        <Section title={s("previewTitle")} level={3}>
          <CardPreviewView preview={preview} />
        </Section>
      )}
    </Section>
  );
}
