import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { TeamSkpRow } from "../../../api/planning-types";
import { useLocale } from "../../../i18n/LocaleProvider";
import { usePlanningText, type PlanningKey } from "../../staff/skp/planning-strings";
import { SkpStateBadge } from "../../staff/skp/SkpStateBadge";
import type { TeamSkpSort, TeamSkpSortKey } from "./team-skp-rows";

const COLUMNS: { key: TeamSkpSortKey; label: PlanningKey | "name" }[] = [
  { key: "name", label: "name" },
  { key: "state", label: "colState" },
  { key: "submittedAt", label: "colSubmitted" },
];

export interface TeamSkpTableProps {
  rows: TeamSkpRow[];
  sort: TeamSkpSort;
  onSort(key: TeamSkpSortKey): void;
  onOpen(id: string): void;
}

/** One row per direct report; headers sort, the last column opens the SKP below the table. */
export function TeamSkpTable({ rows, sort, onSort, onOpen }: TeamSkpTableProps) {
  const { t, dateTime } = useLocale();
  const p = usePlanningText();
  return (
    <Table sortable aria-label={p("teamSkpTitle", { year: "" }).trim()}>
      <TableHeader>
        <TableRow>
          {COLUMNS.map((c) => (
            <TableHeaderCell key={c.key} sortDirection={sort.key === c.key ? sort.direction : undefined} onClick={() => onSort(c.key)}>
              {c.label === "name" ? t("colName") : p(c.label)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell>{p("colOpen")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.employee.id} data-testid="team-skp-row">
            <TableCell>{r.employee.displayName}</TableCell>
            <TableCell>
              <SkpStateBadge state={r.state} />
            </TableCell>
            <TableCell>{r.submittedAt ? dateTime(r.submittedAt) : "—"}</TableCell>
            <TableCell>
              <Button size="small" aria-label={p("openSkpOf", { name: r.employee.displayName })} onClick={() => onOpen(r.employee.id)}>
                {p("openSkp")}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
