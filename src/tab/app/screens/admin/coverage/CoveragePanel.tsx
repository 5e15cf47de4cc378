import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { EvalApi } from "../../../api/eval-client";
import type { ApiError } from "../../../api/types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useLocale } from "../../../i18n/LocaleProvider";
import { CountBarChart } from "../../supervisor/eval/CountBarChart";
import { downloadXlsx } from "./download";

/** "Cakupan": who works on which indicator, what nobody works on, RHKs that reach none, who has no approved SKP. */
export function CoveragePanel({ evals, opdId, year }: { evals: EvalApi; opdId: string; year: number }) {
  const { t, number } = useLocale();
  const load = useCallback(() => evals.coverage(opdId, year), [evals, opdId, year]);
  const coverage = useApi(load);
  const [error, setError] = useState<ApiError>();
  const s = coverage.state;
  if (s.status === "loading") return <Loading />;
  if (s.status === "failed") return <ErrorBar error={s.error} onRetry={coverage.reload} />;
  const c = s.data;
  return (
    <Section title={t("coverageTitle", { opd: c.opdName, year })} level={3}>
      <Text data-testid="coverage-summary">
        {t("coverageSummary", {
          covered: number(c.summary.coveredIndicators),
          indicators: number(c.summary.indicators),
          approved: number(c.summary.employeesWithApprovedSkp),
          employees: number(c.summary.employees),
        })}
      </Text>
      {c.indicators.length === 0 ? (
        <EmptyState>{t("coverageNoIndicators")}</EmptyState>
      ) : (
        <CountBarChart
          testId="coverage-chart"
          title={t("coverageChartTitle")}
          valueHeader={t("covColContributors")}
          bars={c.indicators.map((i) => ({ label: i.indicator.indicator, value: i.contributorCount }))}
        />
      )}
      <Section title={t("uncoveredTitle")} level={3}>
        {c.summary.indicators === 0 ? (
          <Text>{t("orphansNone")}</Text>
        ) : c.uncoveredIndicators.length === 0 ? (
          <Text>{t("uncoveredNone")}</Text>
        ) : (
          <ul data-testid="uncovered">
            {c.uncoveredIndicators.map((i) => (
              <li key={i.id}>{i.indicator}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("orphansTitle")} level={3}>
        {c.orphanRhks.length === 0 ? (
          <Text>{t("orphansNone")}</Text>
        ) : (
          <ul>
            {c.orphanRhks.map((r) => (
              <li key={r.rhkId}>{t("orphanLine", { name: r.employeeName, rhk: r.text })}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("withoutSkpTitle")} level={3}>
        {c.employeesWithoutApprovedSkp.length === 0 ? (
          <Text>{t("withoutSkpNone")}</Text>
        ) : (
          <Table aria-label={t("withoutSkpTitle")} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("colName")}</TableHeaderCell>
                <TableHeaderCell>{t("covColUnit")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {c.employeesWithoutApprovedSkp.map((p) => (
                <TableRow key={p.id} data-testid="without-skp-row">
                  <TableCell>{p.displayName}</TableCell>
                  <TableCell>{p.unitName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <div>
        <Button onClick={async () => setError(await downloadXlsx(evals, `/api/opds/${encodeURIComponent(opdId)}/coverage.xlsx?year=${year}`, `cakupan-${opdId}-${year}.xlsx`))}>
          {t("downloadOpdXlsx")}
        </Button>
      </div>
      {error && <ErrorBar error={error} />}
    </Section>
  );
}
