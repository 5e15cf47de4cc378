import { Text } from "@fluentui/react-components";
import { useCallback } from "react";
import type { PlanningApi } from "../../../api/planning-client";
import type { PersonView } from "../../../api/types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { loadSkp } from "../../staff/skp/load-skp";
import { usePlanningText } from "../../staff/skp/planning-strings";
import { ServesTree } from "../../staff/skp/ServesTree";
import { SkpReadOnly } from "../../staff/skp/SkpReadOnly";
import { SkpStateBadge } from "../../staff/skp/SkpStateBadge";
import { SkpDecisionForm } from "./SkpDecisionForm";

/** One direct report's SKP to read; a submitted one can be approved or returned right here. */
export function SkpDecisionPanel({ planning, person, year, onDecided }: { planning: PlanningApi; person: PersonView; year: number; onDecided(message: string): void }) {
  const p = usePlanningText();
  const load = useCallback(() => loadSkp(planning, person.id, year), [planning, person.id, year]);
  const { state, reload } = useApi(load);
  return (
    <Section title={p("skpOf", { name: person.displayName })}>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <ErrorBar error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (() => {
          const { view, indicators } = state.data;
          const shown = view.current ?? view.effective;
          if (!shown) return <EmptyState>{p("noSkpYet", { name: person.displayName })}</EmptyState>;
          return (
            <>
              <div>
                <SkpStateBadge state={shown.state} /> <Text>{p("revisionLabel", { n: shown.revision })}</Text>
              </div>
              <SkpReadOnly skp={shown} />
              <ServesTree rhks={shown.rhks} upline={view.upline} indicators={indicators} ownerName={person.displayName} />
              {/* Read first, then decide: the form follows the plan. */}
              {shown.state === "diajukan" && (
                <SkpDecisionForm planning={planning} employeeId={person.id} name={person.displayName} year={year} onDecided={(m) => { reload(); onDecided(m); }} />
              )}
            </>
          );
        })()}
    </Section>
  );
}
