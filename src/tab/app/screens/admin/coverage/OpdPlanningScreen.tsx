import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { ApiResult } from "../../../api/client";
import { EvalApi } from "../../../api/eval-client";
import type { CityCoverage } from "../../../api/eval-types";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { todayInWib } from "../../../i18n/format";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ScreenProps } from "../../../shell/screens";
import { CityCoverageTable } from "./CityCoverageTable";
import { CoveragePanel } from "./CoveragePanel";
import { IndicatorsPanel } from "./IndicatorsPanel";

const useStyles = makeStyles({ bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-end" } });

/**
 * "Indikator & cakupan": the organisation indicators of an OPD (edit, import) and how the approved SKPs cover
 * them. Admins choose any OPD and see the city summary; the head of an OPD works on their own.
 */
export function OpdPlanningScreen({ api, me }: ScreenProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const evals = useMemo(() => new EvalApi(api), [api]);
  const isAdmin = me.roles.includes("admin");
  const [yearText, setYearText] = useState(() => todayInWib().slice(0, 4));
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  // Only admins may read the city; for the head of an OPD nothing is asked.
  const loadCity = useCallback(async (): Promise<ApiResult<CityCoverage | null>> => (isAdmin && year ? evals.cityCoverage(year) : { ok: true, status: 200, data: null }), [evals, isAdmin, year]);
  const city = useApi(loadCity);
  const [chosen, setChosen] = useState<string>();
  const opds = city.state.status === "ready" && city.state.data ? city.state.data.opds.map((o) => ({ id: o.opdId, name: o.opdName })) : [];
  const opdId = isAdmin ? (chosen ?? opds[0]?.id) : me.person.unitId;
  const [generation, setGeneration] = useState(0);
  const changed = () => {
    setGeneration((g) => g + 1);
    if (isAdmin) city.reload();
  };
  return (
    <Section title={t("opdPlanningTitle")}>
      <div className={styles.bar}>
        <Field label={t("fieldYear")}>
          <Input inputMode="numeric" value={yearText} onChange={(_e, d) => setYearText(d.value)} />
        </Field>
        {isAdmin && (
          <Field label={t("covFieldOpd")}>
            <Select value={opdId ?? ""} onChange={(_e, d) => setChosen(d.value)}>
              {opds.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {isAdmin && city.state.status === "loading" && <Loading />}
      {isAdmin && city.state.status === "failed" && <ErrorBar error={city.state.error} onRetry={city.reload} />}
      {city.state.status === "ready" && city.state.data && <CityCoverageTable evals={evals} city={city.state.data} />}
      {year && opdId && (
        <>
          <IndicatorsPanel key={`i-${opdId}-${year}`} evals={evals} opdId={opdId} year={year} onChanged={changed} />
          <CoveragePanel key={`c-${opdId}-${year}-${generation}`} evals={evals} opdId={opdId} year={year} />
        </>
      )}
    </Section>
  );
}
