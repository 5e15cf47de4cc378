import type { Report, TeamReportsRow } from "../../src/tab/app/api/types";
import { filterTeam, nextSort, sortTeam, summarizeTeam } from "../../src/tab/app/screens/supervisor/team-summary";

function report(id: string, answered: boolean): Report {
  return {
    id,
    employeeId: "x",
    date: "2026-11-27",
    activity: "a",
    createdAt: "2026-11-27T03:00:00Z",
    ...(answered ? { feedback: { text: "ok", byId: "s", at: "2026-11-27T04:00:00Z" } } : {}),
  };
}
const row = (id: string, displayName: string, jobTitle: string, reports: Report[]): TeamReportsRow => ({
  employee: { id, displayName, jobTitle },
  reports,
});

const team = summarizeTeam([
  row("1", "Eko Kusuma", "Pengolah Data", [report("a", false), report("b", true), report("c", false)]),
  row("2", "Ahmad Susanto", "Analis SDM", [report("d", true)]),
  row("3", "Énny Lestari", "Pranata Komputer", []),
]);

describe("the supervisor's team table", () => {
  test("counts reports in the window and those still without feedback", () => {
    expect(team.map((r) => [r.displayName, r.reportCount, r.withoutFeedback])).toEqual([
      ["Eko Kusuma", 3, 2],
      ["Ahmad Susanto", 1, 0],
      ["Énny Lestari", 0, 0],
    ]);
  });

  test("filters by name or job title, ignoring case and accents", () => {
    expect(filterTeam(team, { query: "enny", onlyWithoutFeedback: false }).map((r) => r.id)).toEqual(["3"]);
    expect(filterTeam(team, { query: "analis", onlyWithoutFeedback: false }).map((r) => r.id)).toEqual(["2"]);
  });

  test("can show only people who wait for feedback", () => {
    expect(filterTeam(team, { query: "", onlyWithoutFeedback: true }).map((r) => r.id)).toEqual(["1"]);
  });

  test("sorts by each column; equal counts fall back to the name", () => {
    const ids = (key: "name" | "reports" | "withoutFeedback", direction: "ascending" | "descending") =>
      sortTeam(team, { key, direction }).map((r) => r.id);
    expect(ids("name", "ascending")).toEqual(["2", "1", "3"]);
    expect(ids("reports", "descending")).toEqual(["1", "2", "3"]);
    expect(ids("withoutFeedback", "descending")).toEqual(["1", "2", "3"]);
    expect(ids("withoutFeedback", "ascending")).toEqual(["2", "3", "1"]);
  });

  test("clicking the sorted column flips it; a new column starts in its natural direction", () => {
    expect(nextSort({ key: "name", direction: "ascending" }, "name")).toEqual({ key: "name", direction: "descending" });
    expect(nextSort({ key: "name", direction: "ascending" }, "reports")).toEqual({ key: "reports", direction: "descending" });
    expect(nextSort({ key: "reports", direction: "descending" }, "name")).toEqual({ key: "name", direction: "ascending" });
  });
});
