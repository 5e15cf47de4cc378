import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useState } from "react";
import type { EvalApi } from "../../../api/eval-client";
import type { CityCoverage } from "../../../api/eval-types";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { Section } from "../../../common/Section";
import { useLocale } from "../../../i18n/LocaleProvider";
import { downloadXlsx } from "./download";

/** Admins: per OPD, indicators covered and members with an approved SKP; the whole city as one workbook. */
export function CityCoverageTable({ evals, city }: { evals: EvalApi; city: CityCoverage }) {
  const { t, number } = useLocale();
  const [error, setError] = useState<ApiError>();
  const of = (a: number, b: number) => t("covCountOf", { a: number(a), b: number(b) });
  return (
    <Section title={t("cityCoverageTitle", { year: city.year })} level={3}>
      <Table aria-label={t("cityCoverageTitle", { year: city.year })} size="small">
        <TableHeader>
          <TableRow>
            {(["covColOpd", "covColIndicatorsCovered", "covColApprovedSkp", "covColOrphans"] as const).map((c) => (
              <TableHeaderCell key={c}>{t(c)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {city.opds.map((o) => (
            <TableRow key={o.opdId} data-testid="city-row">
              <TableCell>{o.opdName}</TableCell>
              <TableCell>{of(o.summary.coveredIndicators, o.summary.indicators)}</TableCell>
              <TableCell>{of(o.summary.employeesWithApprovedSkp, o.summary.employees)}</TableCell>
              <TableCell>{number(o.summary.orphanRhks)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div>
        <Button onClick={async () => setError(await downloadXlsx(evals, `/api/coverage.xlsx?year=${city.year}`, `cakupan-kota-${city.year}.xlsx`))}>
          {t("downloadCityXlsx")}
        </Button>
      </div>
      {error && <ErrorBar error={error} />}
    </Section>
  );
}
