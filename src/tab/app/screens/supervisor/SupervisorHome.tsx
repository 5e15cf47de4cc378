import { Text } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { EvalApi } from "../../api/eval-client";
import { EmptyState } from "../../common/EmptyState";
import { ErrorBar } from "../../common/ErrorBar";
import { Loading } from "../../common/Loading";
import { Section } from "../../common/Section";
import { useApi } from "../../common/use-api";
import { useLocale } from "../../i18n/LocaleProvider";
import type { ScreenProps } from "../../shell/screens";
import { UnitChannelPanel } from "./channel/UnitChannelPanel";
import { PersonReports } from "./PersonReports";
import { DEFAULT_TEAM_SORT, filterTeam, nextSort, sortTeam, summarizeTeam, type TeamFilter } from "./team-summary";
import { TeamFilterBar } from "./TeamFilterBar";
import { TeamTable } from "./TeamTable";

/** Supervisor: my team as a sortable, filterable table, and the chosen person's reports to answer inline. */
export function SupervisorHome({ api, me }: ScreenProps) {
  const { t } = useLocale();
  // One request for the whole home (GET /api/team/overview): its rows carry each person's recent reports.
  const loadTeam = useCallback(async () => {
    const result = await new EvalApi(api).teamOverview();
    return result.ok ? { ...result, data: result.data.rows } : result;
  }, [api]);
  const team = useApi(loadTeam);
  const [filter, setFilter] = useState<TeamFilter>({ query: "", onlyWithoutFeedback: false });
  const [sort, setSort] = useState(DEFAULT_TEAM_SORT);
  const [selectedId, setSelectedId] = useState<string>();
  const data = team.state.status === "ready" ? team.state.data : [];
  const rows = useMemo(() => sortTeam(filterTeam(summarizeTeam(data), filter), sort), [data, filter, sort]);
  const selected = data.find((r) => r.employee.id === selectedId);

  return (
    <Section title={t("teamTitle")}>
      <Text>{t("teamHint")}</Text>
      <UnitChannelPanel api={api} unitId={me.person.unitId} />
      {team.state.status === "loading" && <Loading />}
      {team.state.status === "failed" && <ErrorBar error={team.state.error} onRetry={team.reload} />}
      {team.state.status === "ready" && data.length === 0 && <EmptyState>{t("teamEmpty")}</EmptyState>}
      {team.state.status === "ready" && data.length > 0 && (
        <>
          <TeamFilterBar filter={filter} onChange={setFilter} />
          {rows.length === 0 ? (
            <EmptyState>{t("teamFilterEmpty")}</EmptyState>
          ) : (
            <TeamTable rows={rows} sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} selectedId={selectedId} onSelect={setSelectedId} />
          )}
          {selected ? <PersonReports key={selected.employee.id} api={api} row={selected} onAnswered={team.reload} /> : <Text>{t("pickPerson")}</Text>}
        </>
      )}
    </Section>
  );
}
