import type { TeamReportsRow } from "../../api/types";

/** One row of the supervisor's team table. */
export interface TeamMemberSummary {
  id: string;
  displayName: string;
  jobTitle: string;
  reportCount: number;
  withoutFeedback: number;
}

export type TeamSortKey = "name" | "reports" | "withoutFeedback";
export interface TeamSort {
  key: TeamSortKey;
  direction: "ascending" | "descending";
}
export interface TeamFilter {
  query: string;
  onlyWithoutFeedback: boolean;
}

/** Who needs an answer first: most reports without feedback at the top. */
export const DEFAULT_TEAM_SORT: TeamSort = { key: "withoutFeedback", direction: "descending" };

export function summarizeTeam(rows: readonly TeamReportsRow[]): TeamMemberSummary[] {
  return rows.map(({ employee, reports }) => ({
    id: employee.id,
    displayName: employee.displayName,
    jobTitle: employee.jobTitle,
    reportCount: reports.length,
    withoutFeedback: reports.filter((r) => !r.feedback).length,
  }));
}

/** Case- and accent-insensitive match on name or job title, optionally only people with unanswered reports. */
export function filterTeam(rows: readonly TeamMemberSummary[], filter: TeamFilter): TeamMemberSummary[] {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const query = fold(filter.query.trim());
  return rows.filter(
    (r) =>
      (!filter.onlyWithoutFeedback || r.withoutFeedback > 0) &&
      (query === "" || fold(r.displayName).includes(query) || fold(r.jobTitle).includes(query)),
  );
}

/** Sorted by the chosen column; ties by name, so the order never jumps between refreshes. */
export function sortTeam(rows: readonly TeamMemberSummary[], sort: TeamSort): TeamMemberSummary[] {
  const byName = (a: TeamMemberSummary, b: TeamMemberSummary) => a.displayName.localeCompare(b.displayName, "id");
  const sign = sort.direction === "ascending" ? 1 : -1;
  const compare = (a: TeamMemberSummary, b: TeamMemberSummary) => {
    if (sort.key === "name") return sign * byName(a, b);
    const key = sort.key === "reports" ? "reportCount" : "withoutFeedback";
    return sign * (a[key] - b[key]) || byName(a, b);
  };
  return [...rows].sort(compare);
}

/** Clicking the sorted column flips it; another column starts with the direction that suits it. */
export function nextSort(current: TeamSort, key: TeamSortKey): TeamSort {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: key === "name" ? "ascending" : "descending" };
}
