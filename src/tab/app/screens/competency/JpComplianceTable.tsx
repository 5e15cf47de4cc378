import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ComplianceRow } from "../../api/competency-types";
import { useLocale } from "../../i18n/LocaleProvider";
import { useCompetencyText } from "./competency-strings";

const useStyles = makeStyles({ table: { tableLayout: "auto" } });

/** Per OPD or unit: how many staff, how many reached the yearly JP target, and the share. */
export function JpComplianceTable({ title, firstHeader, rows, target, testId }: { title: string; firstHeader: string; rows: ComplianceRow[]; target: number; testId: string }) {
  const styles = useStyles();
  const c = useCompetencyText();
  const { number } = useLocale();
  return (
    <Table size="small" className={styles.table} aria-label={title} data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{firstHeader}</TableHeaderCell>
          <TableHeaderCell>{c("colEmployees")}</TableHeaderCell>
          <TableHeaderCell>{c("colReached", { target: number(target) })}</TableHeaderCell>
          <TableHeaderCell>{c("colShare")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-testid="jp-row">
            <TableCell>{r.name}</TableCell>
            <TableCell>{number(r.employees)}</TableCell>
            <TableCell>{number(r.reached)}</TableCell>
            <TableCell>{`${number(r.share)}%`}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
