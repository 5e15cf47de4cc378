import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PlanningApi } from "../../../api/planning-client";
import type { OrgIndicator, Skp, SkpView } from "../../../api/planning-types";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { useLocale } from "../../../i18n/LocaleProvider";
import { splitMessages } from "./field-messages";
import { LampiranFields } from "./LampiranFields";
import { PerilakuList } from "./PerilakuList";
import { usePlanningText } from "./planning-strings";
import { RhkEditor } from "./RhkEditor";
import { emptyRhk, toContent, toForm, type FieldMessages, type SkpForm } from "./skp-form";

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalL, marginBottom: tokens.spacingVerticalXXL }, actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" } });

export interface SkpEditorProps {
  planning: PlanningApi;
  view: SkpView;
  draft: Skp | null;
  indicators: OrgIndicator[];
  /** The draft is stored (the screen refreshes its badge; the form keeps what is typed). */
  onSaved(): void;
  onSubmitted(message: string): void;
}

/** The draft as a form: save keeps problems next to their fields; submit saves first, then asks approval. */
export function SkpEditor({ planning, view, draft, indicators, onSaved, onSubmitted }: SkpEditorProps) {
  const styles = useStyles();
  const p = usePlanningText();
  const { lang } = useLocale();
  const [form, setForm] = useState<SkpForm>(() => toForm(draft));
  const [etag, setEtag] = useState(draft?.etag);
  const [errors, setErrors] = useState<{ byField: FieldMessages; other: string[] }>({ byField: {}, other: [] });
  const [failure, setFailure] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const jpt = view.employee.jabatanType === "JPT";
  const me = view.employee.id;

  /** Saves; true when the draft is stored without problems (ready to submit). */
  const save = async (): Promise<boolean> => {
    setFailure(undefined);
    setNotice(undefined);
    const result = await planning.saveDraft(me, view.year, toContent(form, jpt), etag);
    if (!result.ok) {
      if (result.error.fields?.length) setErrors(splitMessages(result.error.fields, lang));
      else setFailure(result.error);
      return false;
    }
    setForm(toForm(result.data.skp));
    setEtag(result.data.skp.etag);
    setErrors(splitMessages(result.data.problems, lang));
    const count = result.data.problems.length;
    setNotice(count === 0 ? p("draftSaved") : p("draftSavedProblems", { count }));
    onSaved();
    return count === 0;
  };
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const onSave = run(async () => void (await save()));
  const onSubmit = run(async () => {
    if (!(await save())) return;
    const result = await planning.submit(me, view.year);
    if (!result.ok) return setFailure(result.error);
    const approver = (result.data as Skp & { approver?: { displayName: string } | null }).approver;
    onSubmitted(p("submitted", { name: approver?.displayName ?? "" }));
  });

  return (
    <div className={styles.root}>
      {form.rhks.map((rhk, i) => (
        <RhkEditor
          key={rhk.key}
          rhk={rhk}
          index={i}
          jpt={jpt}
          indicators={indicators}
          supervisor={view.upline[0]}
          errors={errors.byField}
          onChange={(next) => setForm({ ...form, rhks: form.rhks.map((r) => (r.key === rhk.key ? next : r)) })}
          onRemove={() => setForm({ ...form, rhks: form.rhks.filter((r) => r.key !== rhk.key) })}
        />
      ))}
      <div>
        <Button onClick={() => setForm({ ...form, rhks: [...form.rhks, emptyRhk(form.rhks.length === 0 ? "UTAMA" : "TAMBAHAN")] })}>{p("addRhk")}</Button>
      </div>
      <PerilakuList perilaku={form.perilaku} />
      <LampiranFields lampiran={form.lampiran} errors={errors.byField} onChange={(lampiran) => setForm({ ...form, lampiran })} />
      {errors.other.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{p("problemsTitle")}</MessageBarTitle>
            <ul>{errors.other.map((m, i) => <li key={i}>{m}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {failure && <ErrorBar error={failure} />}
      {notice && (
        <MessageBar intent={notice === p("draftSaved") ? "success" : "warning"} role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button onClick={onSave} disabled={busy}>{p("saveDraft")}</Button>
        <Button appearance="primary" onClick={onSubmit} disabled={busy}>{p("submitSkp")}</Button>
        {busy && <Spinner size="tiny" label={p("saving")} />}
      </div>
    </div>
  );
}
