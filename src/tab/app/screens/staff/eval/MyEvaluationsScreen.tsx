import { Badge, Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { EvalApi } from "../../../api/eval-client";
import type { EvaluationSubject } from "../../../api/eval-types";
import type { ApiError } from "../../../api/types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { todayInWib } from "../../../i18n/format";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ScreenProps } from "../../../shell/screens";
import { periodLabel } from "../../admin/period-label";
import { EVAL_STATE_LABEL, PREDIKAT_LABEL, RATING_LABEL } from "./eval-labels";

/** "Penilaian saya": my evaluation in each period that has started this year, newest first. */
export function MyEvaluationsScreen({ api, me }: ScreenProps) {
  const { t } = useLocale();
  const load = useCallback(async () => {
    const years = await api.periods();
    if (!years.ok) return years;
    const today = todayInWib();
    const started = years.data.flatMap((y) => y.periods).filter((p) => p.start <= today && p.year === Number(today.slice(0, 4)));
    const evals = new EvalApi(api);
    const answers = await Promise.all(started.reverse().map((p) => evals.evaluation(p.id, me.person.id)));
    const failed = answers.find((a) => !a.ok && a.status !== 404);
    if (failed && !failed.ok) return failed;
    // A closed period nobody started says nothing useful: shown are the open ones and those with an evaluation.
    const shown = answers.flatMap((a) => (a.ok && (a.data.evaluation || a.data.period.fillingDeadline >= today) ? [a.data] : []));
    return { ok: true as const, status: 200, data: shown };
  }, [api, me.person.id]);
  const list = useApi(load);
  const s = list.state;
  return (
    <Section title={t("myEvalTitle")}>
      <Text>{t("myEvalHint")}</Text>
      {s.status === "loading" && <Loading />}
      {s.status === "failed" && <ErrorBar error={s.error} onRetry={list.reload} />}
      {s.status === "ready" && s.data.length === 0 && <EmptyState>{t("myEvalEmpty")}</EmptyState>}
      {s.status === "ready" && s.data.map((subject) => <MyEvaluation key={subject.period.id} api={api} subject={subject} onChanged={list.reload} />)}
    </Section>
  );
}

function MyEvaluation({ api, subject, onChanged }: { api: ScreenProps["api"]; subject: EvaluationSubject; onChanged(): void }) {
  const { t, lang, pick, dateTime } = useLocale();
  const [error, setError] = useState<ApiError>();
  const ev = subject.evaluation;
  const rating = ev?.rating;
  const set = subject.state === "ditetapkan" || subject.state === "diterima" || subject.state === "keberatan";
  const accept = async () => {
    const result = await new EvalApi(api).acknowledge(subject.period.id, subject.employee.id);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onChanged();
  };
  return (
    <Section title={periodLabel(subject.period, { t, lang })} level={3}>
      <div data-testid="my-evaluation">
        <Badge appearance="tint" color={set ? "success" : "informative"}>
          {t(EVAL_STATE_LABEL[subject.state])}
        </Badge>
        {set && rating ? (
          <dl>
            <dt>{t("evalPredikat")}</dt>
            <dd>
              <Text weight="semibold">{t(PREDIKAT_LABEL[rating.predikat])}</Text>
            </dd>
            <dt>{t("evalHasilKerja")}</dt>
            <dd>{t(RATING_LABEL[rating.hasilKerja])}</dd>
            <dt>{t("evalPerilaku")}</dt>
            <dd>{t(RATING_LABEL[rating.perilakuKerja])}</dd>
            {rating.rhkAssessments
              .filter((a) => a.feedback)
              .map((a) => (
                <div key={a.rhkId}>
                  <dt>{t("evalFeedbackOn", { rhk: subject.rhks.find((r) => r.id === a.rhkId)?.text ?? a.rhkId })}</dt>
                  <dd>{a.feedback}</dd>
                </div>
              ))}
          </dl>
        ) : (
          <Text block>{t(subject.state === "rated" ? "myEvalWaitingPenetapan" : "myEvalNotYet")}</Text>
        )}
        {subject.state === "ditetapkan" && (
          <Button appearance="primary" onClick={accept}>
            {t("evalAccept")}
          </Button>
        )}
        {subject.state === "diterima" && ev?.acknowledgedAt && (
          <MessageBar intent="success">
            <MessageBarBody>{t("evalAccepted", { time: dateTime(ev.acknowledgedAt) })}</MessageBarBody>
          </MessageBar>
        )}
        {error && <ErrorBar error={error} />}
        {error?.fields?.map((f) => <Text key={f.field}>{pick(f.message)}</Text>)}
      </div>
    </Section>
  );
}
