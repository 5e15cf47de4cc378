import type { TeamSkpRow } from "../../../api/planning-types";

export type TeamSkpSortKey = "name" | "state" | "submittedAt";
export interface TeamSkpSort {
  key: TeamSkpSortKey;
  direction: "ascending" | "descending";
}
export interface TeamSkpFilter {
  query: string;
  onlySubmitted: boolean;
}

/** Waiting for a decision first: that is what the supervisor came for. */
const STATE_ORDER: Record<string, number> = { diajukan: 0, dikembalikan: 1, draft: 2, none: 3, disetujui: 4 };

export function filterTeamSkp(rows: TeamSkpRow[], f: TeamSkpFilter): TeamSkpRow[] {
  const q = f.query.trim().toLowerCase();
  return rows.filter((r) => (!q || r.employee.displayName.toLowerCase().includes(q)) && (!f.onlySubmitted || r.state === "diajukan"));
}

export function sortTeamSkp(rows: TeamSkpRow[], sort: TeamSkpSort): TeamSkpRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const by = (a: TeamSkpRow, b: TeamSkpRow): number => {
    if (sort.key === "state") return STATE_ORDER[a.state ?? "none"]! - STATE_ORDER[b.state ?? "none"]!;
    if (sort.key === "submittedAt") return (a.submittedAt ?? "").localeCompare(b.submittedAt ?? "");
    return a.employee.displayName.localeCompare(b.employee.displayName, "id");
  };
  return [...rows].sort((a, b) => sign * by(a, b) || a.employee.displayName.localeCompare(b.employee.displayName, "id"));
}

export function nextSkpSort(current: TeamSkpSort, key: TeamSkpSortKey): TeamSkpSort {
  return current.key === key ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" } : { key, direction: "ascending" };
}
