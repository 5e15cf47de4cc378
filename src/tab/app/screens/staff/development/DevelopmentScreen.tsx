import { Badge, Field, ProgressBar, Text } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { SocializationApi } from "../../../api/socialization-client";
import type { DevelopmentPlan } from "../../../api/socialization-types";
import { WaitingApi, type MyCatalogueEntry } from "../../../api/waiting-client";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { todayInWib } from "../../../i18n/format";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ScreenProps } from "../../../shell/screens";
import { ExternalTrainingForm } from "./ExternalTrainingForm";
import { RecommendedTrainings } from "./RecommendedTrainings";
import { useDevelopmentText, type DevelopmentKey } from "./development-strings";

const ACTIVE = new Set(["registered", "waitlisted", "attended"]);

/** "Pengembangan saya": my development plan, trainings matching my needs, my JP towards 20, training done elsewhere. */
export function DevelopmentScreen({ api, me }: ScreenProps) {
  const d = useDevelopmentText();
  const waiting = useMemo(() => new WaitingApi(api), [api]);
  const load = useCallback(async () => {
    const [plan, trainings] = await Promise.all([new SocializationApi(api).plan(me.person.id), waiting.trainings()]);
    if (!plan.ok) return plan;
    if (!trainings.ok) return trainings;
    return { ok: true as const, status: 200, data: { plan: plan.data, trainings: shownTrainings(plan.data, trainings.data) } };
  }, [api, waiting, me.person.id]);
  const page = useApi(load);
  const s = page.state;
  const year = s.status === "ready" ? s.data.plan.year : Number(todayInWib().slice(0, 4));
  return (
    <Section title={d("title", { year })}>
      <Text>{d("hint")}</Text>
      {s.status === "loading" && <Loading />}
      {s.status === "failed" && <ErrorBar error={s.error} onRetry={page.reload} />}
      {s.status === "ready" && (
        <>
          <PlanNeeds plan={s.data.plan} />
          <RecommendedTrainings trainings={s.data.trainings} waiting={waiting} onChanged={page.reload} />
          <JpProgress plan={s.data.plan} />
          <ExternalTrainingForm waiting={waiting} onSaved={page.reload} />
        </>
      )}
    </Section>
  );
}

/** The recommended items (the server matched them to my needs), then others I registered for; in catalogue order. */
function shownTrainings(plan: DevelopmentPlan, catalogue: MyCatalogueEntry[]): MyCatalogueEntry[] {
  const recommended = new Set(plan.recommendations.map((r) => r.id));
  return catalogue.filter((t) => recommended.has(t.id) || (t.myRegistration && ACTIVE.has(t.myRegistration.status)));
}

function PlanNeeds({ plan }: { plan: DevelopmentPlan }) {
  const d = useDevelopmentText();
  return (
    <Section title={d("planTitle")} level={3}>
      {plan.needs.length === 0 ? (
        <EmptyState>{d("planEmpty")}</EmptyState>
      ) : (
        <ul>
          {plan.needs.map((n) => (
            <li key={n.id} data-testid="plan-need">
              {`${n.label ?? n.topic} (${d(`source_${n.source}` as DevelopmentKey)}) `}
              <Badge appearance="tint" color={n.status === "confirmed" ? "success" : "informative"}>
                {d(`need_${n.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function JpProgress({ plan }: { plan: DevelopmentPlan }) {
  const d = useDevelopmentText();
  const { number, date } = useLocale();
  const jp = plan.jp;
  const remaining = jp.remaining ?? Math.max(0, jp.target - jp.total);
  return (
    <Section title={d("jpTitle", { year: plan.year })} level={3}>
      <div data-testid="jp-progress">
        <Field label={d("jpProgress", { total: number(jp.total), target: number(jp.target) })} validationState="none" validationMessage={jp.reached ? d("jpReached") : d("jpRemaining", { remaining: number(remaining) })}>
          <ProgressBar value={Math.min(1, jp.total / jp.target)} thickness="large" color={jp.reached ? "success" : "brand"} />
        </Field>
      </div>
      <Text weight="semibold">{d("creditsTitle")}</Text>
      {jp.credits.length === 0 ? (
        <EmptyState>{d("creditsEmpty")}</EmptyState>
      ) : (
        <ul>
          {jp.credits.map((c) => (
            <li key={c.id} data-testid="dev-credit">
              {d("creditLine", { title: c.title, jp: number(c.jp), date: date(c.date) })}{" "}
              <Badge appearance="tint" color={c.status === "rejected" ? "danger" : c.status === "pending" ? "warning" : "success"}>
                {d(`credit_${c.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
