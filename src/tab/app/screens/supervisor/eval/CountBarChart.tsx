import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { useLocale } from "../../../i18n/LocaleProvider";

const useStyles = makeStyles({
  table: { maxWidth: "880px" },
  label: { width: "40%" },
  track: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  bar: { height: "16px", minWidth: "2px", borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground },
  empty: { backgroundColor: tokens.colorNeutralStroke2 },
});

export interface CountBar {
  label: string;
  value: number;
}

/**
 * Counts as horizontal bars drawn with Fluent tokens inside a table: the bar is for the eye (decorative), the
 * number beside it is what a screen reader reads. @fluentui/react-charts was tried first: it bundles and renders
 * under the CSP, but it cut long indicator names on its axis, ignored the Teams theme colours (SVG fills) and
 * drew fractional ticks for counts of people.
 */
export function CountBarChart({ title, bars, valueHeader, testId }: { title: string; bars: CountBar[]; valueHeader: string; testId?: string }) {
  const styles = useStyles();
  const { number } = useLocale();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <Table aria-label={title} size="small" className={styles.table} data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.label}>{title}</TableHeaderCell>
          <TableHeaderCell>{valueHeader}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {bars.map((b) => (
          <TableRow key={b.label} data-testid="bar-row">
            <TableCell>{b.label}</TableCell>
            <TableCell>
              <div className={styles.track}>
                <div aria-hidden="true" data-testid="bar" className={b.value === 0 ? `${styles.bar} ${styles.empty}` : styles.bar} style={{ width: `${(b.value / max) * 80}%` }} />
                <span>{number(b.value)}</span>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
