import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import type { TnaTopic } from "../../api/competency-types";
import { useLocale } from "../../i18n/LocaleProvider";
import { useCompetencyText } from "./competency-strings";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { tableLayout: "auto" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  people: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingVerticalS },
});

const keyOf = (t: TnaTopic) => `${t.source}|${t.topic}`;

/** Needs per competency or value, with their units and jabatan types; the people behind each on expand. */
export function TnaTopicsTable({ topics }: { topics: TnaTopic[] }) {
  const styles = useStyles();
  const c = useCompetencyText();
  const { number } = useLocale();
  const [open, setOpen] = useState<string[]>([]);
  const toggle = (k: string) => setOpen((old) => (old.includes(k) ? old.filter((x) => x !== k) : [...old, k]));
  const counts = (rows: { name: string; count: number }[]) => (
    <ul className={styles.list}>
      {rows.map((r) => (
        <li key={r.name}>{c("countLine", { name: r.name, n: number(r.count) })}</li>
      ))}
    </ul>
  );
  return (
    <div className={styles.wrap}>
      <Table size="small" className={styles.table} aria-label={c("topicsTitle")} data-testid="tna-table">
        <TableHeader>
          <TableRow>
            {(["colNeed", "colSource", "colCount", "colByUnit", "colByJabatan", "colPeople"] as const).map((k) => (
              <TableHeaderCell key={k}>{c(k)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {topics.map((t) => {
            const k = keyOf(t);
            const shown = open.includes(k);
            return (
              <Fragment key={k}>
                <TableRow data-testid="tna-row">
                  <TableCell>{t.label}</TableCell>
                  <TableCell>{c(`source_${t.source}`)}</TableCell>
                  <TableCell data-testid="tna-count">{number(t.employeeCount)}</TableCell>
                  <TableCell data-testid="tna-by-unit">{counts(t.byUnit.map((u) => ({ name: u.unitName, count: u.count })))}</TableCell>
                  <TableCell data-testid="tna-by-jabatan">{counts(t.byJabatanType.map((j) => ({ name: j.jabatanType, count: j.count })))}</TableCell>
                  <TableCell>
                    <Button size="small" aria-expanded={shown} aria-label={shown ? undefined : c("showPeopleLabel", { need: t.label })} onClick={() => toggle(k)}>
                      {shown ? c("hidePeople") : c("showPeople", { n: number(t.people.length) })}
                    </Button>
                  </TableCell>
                </TableRow>
                {shown && (
                  <TableRow>
                    <TableCell colSpan={6} className={styles.people}>
                      <Table size="extra-small" className={styles.table} aria-label={c("peopleLabel", { need: t.label })} data-testid="tna-people">
                        <TableHeader>
                          <TableRow>
                            {(["colName", "colNip", "colUnit", "colJabatan"] as const).map((h) => (
                              <TableHeaderCell key={h}>{c(h)}</TableHeaderCell>
                            ))}
                          </TableRow>
                        </TableHeader>
                        <TableBody>
                          {t.people.map((p) => (
                            <TableRow key={p.id} data-testid="tna-person">
                              <TableCell>{p.name}</TableCell>
                              <TableCell>{p.nip || c("none")}</TableCell>
                              <TableCell>{p.unitName}</TableCell>
                              <TableCell>{p.jabatanType}</TableCell>
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
