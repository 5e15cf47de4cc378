import { Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { PlanningApi } from "../../../api/planning-client";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import type { ScreenProps } from "../../../shell/screens";
import { currentYear } from "../../staff/skp/load-skp";
import { usePlanningText } from "../../staff/skp/planning-strings";
import { SkpDecisionPanel } from "./SkpDecisionPanel";
import { filterTeamSkp, nextSkpSort, sortTeamSkp, type TeamSkpFilter, type TeamSkpSort } from "./team-skp-rows";
import { TeamSkpTable } from "./TeamSkpTable";

const useStyles = makeStyles({ filters: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL } });

/** Supervisor: the SKP status of each direct report, and the chosen one's SKP to approve or return inline. */
export function TeamSkpScreen({ api }: ScreenProps) {
  const styles = useStyles();
  const p = usePlanningText();
  const planning = useMemo(() => new PlanningApi(api), [api]);
  const year = currentYear();
  const load = useCallback(() => planning.teamSkp(year), [planning, year]);
  const team = useApi(load);
  const [filter, setFilter] = useState<TeamSkpFilter>({ query: "", onlySubmitted: false });
  const [sort, setSort] = useState<TeamSkpSort>({ key: "state", direction: "ascending" });
  const [openId, setOpenId] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const data = team.state.status === "ready" ? team.state.data : [];
  const rows = useMemo(() => sortTeamSkp(filterTeamSkp(data, filter), sort), [data, filter, sort]);
  const open = data.find((r) => r.employee.id === openId);

  return (
    <>
      <Section title={p("teamSkpTitle", { year })}>
        <Text>{p("teamSkpHint")}</Text>
        {team.state.status === "loading" && <Loading />}
        {team.state.status === "failed" && <ErrorBar error={team.state.error} onRetry={team.reload} />}
        {team.state.status === "ready" && data.length === 0 && <EmptyState>{p("teamSkpEmpty")}</EmptyState>}
        {data.length > 0 && (
          <>
            <div className={styles.filters}>
              <Field label={p("teamSkpSearch")}>
                <Input type="search" value={filter.query} onChange={(_e, d) => setFilter({ ...filter, query: d.value })} />
              </Field>
              <Checkbox label={p("teamSkpOnlySubmitted")} checked={filter.onlySubmitted} onChange={(_e, d) => setFilter({ ...filter, onlySubmitted: d.checked === true })} />
            </div>
            {rows.length === 0 ? (
              <EmptyState>{p("teamSkpFilterEmpty")}</EmptyState>
            ) : (
              <TeamSkpTable rows={rows} sort={sort} onSort={(key) => setSort((s) => nextSkpSort(s, key))} onOpen={(id) => { setNotice(undefined); setOpenId(id); }} />
            )}
            {notice && (
              <MessageBar intent="success" role="status">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </Section>
      {open ? (
        <SkpDecisionPanel key={open.employee.id} planning={planning} person={open.employee} year={year} onDecided={(m) => { setNotice(m); team.reload(); }} />
      ) : (
        data.length > 0 && <Text>{p("pickSkp")}</Text>
      )}
    </>
  );
}
