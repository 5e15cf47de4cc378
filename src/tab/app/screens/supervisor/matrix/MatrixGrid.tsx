import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Textarea } from "@fluentui/react-components";
import type { MatrixView } from "../../../api/planning-types";
import { usePlanningText } from "../../staff/skp/planning-strings";
import { cellKey } from "./matrix-cells";

const useStyles = makeStyles({ wrap: { overflowX: "auto" }, name: { width: "12rem", verticalAlign: "top" }, cell: { minWidth: "14rem", verticalAlign: "top" }, textarea: { width: "100%" } });

export interface MatrixGridProps {
  matrix: MatrixView;
  values: Record<string, string>;
  onChange(key: string, text: string): void;
}

/** Columns = my RHKs, rows = my direct reports; each cell a labelled text area. */
export function MatrixGrid({ matrix, values, onChange }: MatrixGridProps) {
  const styles = useStyles();
  const p = usePlanningText();
  return (
    <div className={styles.wrap}>
      <Table aria-label={p("matrixTitle", { year: matrix.year })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name} />
            {matrix.columns.map((c) => (
              <TableHeaderCell key={c.rhkId} className={styles.cell}>
                <Text weight="semibold">{c.text}</Text> {!c.approved && <Text size={200}>{p("matrixNotApproved")}</Text>}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {matrix.rows.map((r) => (
            <TableRow key={r.subordinate.id} data-testid="matrix-row">
              <TableCell className={styles.name}>
                <Text weight="semibold">{r.subordinate.displayName}</Text>
              </TableCell>
              {matrix.columns.map((c) => {
                const key = cellKey(c.rhkId, r.subordinate.id);
                return (
                  <TableCell key={c.rhkId} className={styles.cell}>
                    <Textarea
                      className={styles.textarea}
                      aria-label={p("matrixCell", { name: r.subordinate.displayName, rhk: c.text })}
                      value={values[key] ?? ""}
                      onChange={(_e, d) => onChange(key, d.value)}
                      resize="vertical"
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
