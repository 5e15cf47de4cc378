import type { ApiClient } from "../../api/client";
import { EmptyState } from "../../common/EmptyState";
import { ErrorBar } from "../../common/ErrorBar";
import { Loading } from "../../common/Loading";
import { Section } from "../../common/Section";
import { useApi } from "../../common/use-api";
import { useLocale } from "../../i18n/LocaleProvider";
import { DefineYearForm } from "./DefineYearForm";
import { PERIOD_TYPE_LABEL } from "./period-label";
import { PeriodTable } from "./PeriodTable";

export function PeriodsPanel({ api }: { api: ApiClient }) {
  const { t } = useLocale();
  const years = useApi(api.periods);
  const state = years.state;
  return (
    <Section title={t("periodsTitle")}>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <ErrorBar error={state.error} onRetry={years.reload} />}
      {state.status === "ready" && state.data.length === 0 && <EmptyState>{t("periodsEmpty")}</EmptyState>}
      {state.status === "ready" &&
        [...state.data]
          .sort((a, b) => b.year - a.year)
          .map((y) => (
            <Section key={y.year} title={t("periodYearCaption", { year: y.year, type: t(PERIOD_TYPE_LABEL[y.type]) })} level={3}>
              <PeriodTable year={y} />
            </Section>
          ))}
      {state.status !== "loading" && <DefineYearForm api={api} onSaved={years.reload} />}
    </Section>
  );
}
