import { Button, Field, makeStyles, MessageBar, MessageBarBody, Text, Textarea, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react";
import type { EvalApi } from "../../../api/eval-client";
import type { EvaluationSubject, RatingPreview } from "../../../api/eval-types";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useLocale } from "../../../i18n/LocaleProvider";
import { messagesByField } from "../../staff/report-form-state";
import { EVAL_STATE_LABEL, PREDIKAT_LABEL, RATING_LABEL } from "../../staff/eval/eval-labels";
import { initialForm, ratingBody, type RatingForm } from "./rating-form";
import { RatingChoice } from "./RatingChoice";

const useStyles = makeStyles({
  rhk: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  predikat: { padding: tokens.spacingVerticalM, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
});

/** Rate one direct report from the list: judgement and umpan balik per RHK, both ratings, the predikat first. */
export function RatingPanel({ evals, periodId, employeeId, onRated }: { evals: EvalApi; periodId: string; employeeId: string; onRated(): void }) {
  const { t } = useLocale();
  const load = useCallback(() => evals.evaluation(periodId, employeeId), [evals, periodId, employeeId]);
  const subject = useApi(load);
  const s = subject.state;
  return (
    <>
      {s.status === "loading" && <Loading />}
      {s.status === "failed" && <ErrorBar error={s.error} onRetry={subject.reload} />}
      {s.status === "ready" && (
        <Section title={t("rateTitle", { name: s.data.employee.displayName })} level={3}>
          <RatingFormView evals={evals} subject={s.data} onRated={onRated} />
        </Section>
      )}
    </>
  );
}

function RatingFormView({ evals, subject, onRated }: { evals: EvalApi; subject: EvaluationSubject; onRated(): void }) {
  const styles = useStyles();
  const { t, pick } = useLocale();
  const [form, setForm] = useState<RatingForm>(() => initialForm(subject));
  const [preview, setPreview] = useState<RatingPreview>();
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const formId = useMemo(() => crypto.randomUUID(), []);
  const body = useMemo(() => ratingBody(subject, form), [subject, form]);
  const fields = messagesByField(error?.fields);
  const message = (field: string) => (fields[field] ? pick(fields[field]) : undefined);
  const locked = !["draft", "self_assessed", "rated"].includes(subject.state);

  // The server's own preview: the same suggestion and predikat matrix the rating will use.
  useEffect(() => {
    let current = true;
    void evals.preview(subject.period.id, subject.employee.id, body).then((r) => current && r.ok && setPreview(r.data));
    return () => {
      current = false;
    };
  }, [evals, subject, body]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const result = await evals.rate(subject.period.id, subject.employee.id, { formId, ...body });
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setSaved(true);
    onRated();
  };
  const update = (patch: Partial<RatingForm>) => setForm((f) => ({ ...f, ...patch }));
  const realisasi = new Map((subject.evaluation?.selfAssessment?.realisasi ?? []).map((r) => [r.rhkId, r.text]));

  if (locked) return <Text>{t("rateLocked", { state: t(EVAL_STATE_LABEL[subject.state]) })}</Text>;
  return (
    <form onSubmit={submit} noValidate data-testid="rating-form">
      {subject.rhks.length === 0 && <Text block>{t("rateNoRhk")}</Text>}
      {subject.rhks.map((rhk, i) => (
        <div key={rhk.id} className={styles.rhk}>
          <Text weight="semibold">{rhk.text}</Text>
          <Text size={200}>{realisasi.has(rhk.id) ? t("rateRealisasi", { text: realisasi.get(rhk.id)! }) : t("rateNoRealisasi")}</Text>
          <RatingChoice
            label={t("rateJudgementOf", { rhk: rhk.text })}
            value={form.judgements[rhk.id]}
            onChange={(r) => update({ judgements: { ...form.judgements, [rhk.id]: r } })}
            message={message(`rhkAssessments.${i}.judgement`)}
            required
          />
          <Field label={t("rateFeedbackOf", { rhk: rhk.text })}>
            <Textarea value={form.feedback[rhk.id] ?? ""} onChange={(_e, d) => update({ feedback: { ...form.feedback, [rhk.id]: d.value } })} />
          </Field>
        </div>
      ))}
      <RatingChoice
        label={t("evalHasilKerja")}
        hint={preview ? t("rateSuggestion", { rating: t(RATING_LABEL[preview.suggestedHasilKerja]) }) : undefined}
        value={form.hasilKerja}
        onChange={(r) => update({ hasilKerja: r })}
        message={message("hasilKerja")}
        required
      />
      {(preview?.reasonRequired || message("hasilKerjaReason")) && (
        <Field label={t("rateReason")} required {...(message("hasilKerjaReason") ? { validationState: "error" as const, validationMessage: message("hasilKerjaReason") } : {})}>
          <Textarea value={form.hasilKerjaReason} onChange={(_e, d) => update({ hasilKerjaReason: d.value })} />
        </Field>
      )}
      <RatingChoice label={t("evalPerilaku")} value={form.perilakuKerja} onChange={(r) => update({ perilakuKerja: r })} message={message("perilakuKerja")} required />
      <div className={styles.predikat} role="status" data-testid="predikat-preview">
        <Text>{preview?.predikat ? t("ratePredikatPreview", { predikat: t(PREDIKAT_LABEL[preview.predikat]) }) : t("ratePredikatPending")}</Text>
      </div>
      <Button type="submit" appearance="primary">
        {t("rateSubmit")}
      </Button>
      {error && <ErrorBar error={error} />}
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t("rateSaved", { name: subject.employee.displayName })}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
