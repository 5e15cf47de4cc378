import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  ToggleButton,
} from "@fluentui/react-components";
import { useLocale } from "../../i18n/LocaleProvider";
import type { StringKey } from "../../i18n/strings";
import type { TeamMemberSummary, TeamSort, TeamSortKey } from "./team-summary";

const COLUMNS: { key: TeamSortKey; label: StringKey }[] = [
  { key: "name", label: "colName" },
  { key: "reports", label: "colReports" },
  { key: "withoutFeedback", label: "colPending" },
];

export interface TeamTableProps {
  rows: TeamMemberSummary[];
  sort: TeamSort;
  onSort(key: TeamSortKey): void;
  selectedId: string | undefined;
  onSelect(id: string | undefined): void;
}

/** My team, one row per direct report; the column headers sort, the last column opens that person's reports. */
export function TeamTable({ rows, sort, onSort, selectedId, onSelect }: TeamTableProps) {
  const { t, number } = useLocale();
  return (
    <Table sortable aria-label={t("teamTitle")}>
      <TableHeader>
        <TableRow>
          {COLUMNS.map((c) => (
            <TableHeaderCell key={c.key} sortDirection={sort.key === c.key ? sort.direction : undefined} onClick={() => onSort(c.key)}>
              {t(c.label)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell>{t("colActions")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-testid="team-row">
            <TableCell>
              <Text weight="semibold">{r.displayName}</Text>
              <br />
              <Text size={200}>{r.jobTitle}</Text>
            </TableCell>
            <TableCell>{number(r.reportCount)}</TableCell>
            <TableCell>{number(r.withoutFeedback)}</TableCell>
            <TableCell>
              <ToggleButton
                size="small"
                checked={selectedId === r.id}
                aria-label={t("showReportsOf", { name: r.displayName })}
                onClick={() => onSelect(selectedId === r.id ? undefined : r.id)}
              >
                {t("showReports")}
              </ToggleButton>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
