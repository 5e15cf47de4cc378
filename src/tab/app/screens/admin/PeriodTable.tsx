import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { PeriodYear } from "../../api/types";
import { useLocale } from "../../i18n/LocaleProvider";
import { periodLabel, PERIOD_TYPE_LABEL } from "./period-label";

/** The periods of one year with their dates and whether each is open today. */
export function PeriodTable({ year }: { year: PeriodYear }) {
  const locale = useLocale();
  const { t, date } = locale;
  const open = new Set(year.open);
  return (
    <Table aria-label={t("periodYearCaption", { year: year.year, type: t(PERIOD_TYPE_LABEL[year.type]) })} size="small">
      <TableHeader>
        <TableRow>
          {(["colPeriod", "colStart", "colEnd", "colDeadline", "colStatus"] as const).map((c) => (
            <TableHeaderCell key={c}>{t(c)}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {year.periods.map((p) => (
          <TableRow key={p.id} data-testid="period-row">
            <TableCell>{periodLabel(p, locale)}</TableCell>
            <TableCell>{date(p.start)}</TableCell>
            <TableCell>{date(p.end)}</TableCell>
            <TableCell>{date(p.fillingDeadline)}</TableCell>
            <TableCell>
              {open.has(p.id) ? (
                <Badge appearance="filled" color="success">
                  {t("periodOpen")}
                </Badge>
              ) : (
                t("periodClosed")
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
