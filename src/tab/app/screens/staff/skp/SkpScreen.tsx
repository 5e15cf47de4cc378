import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { PlanningApi } from "../../../api/planning-client";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import type { ScreenProps } from "../../../shell/screens";
import { saveFile } from "./save-file";
import { currentYear, loadSkp } from "./load-skp";
import { usePlanningText } from "./planning-strings";
import { ReturnReasonBar } from "./ReturnReasonBar";
import { ServesTree } from "./ServesTree";
import { SkpEditor } from "./SkpEditor";
import { SkpReadOnly } from "./SkpReadOnly";
import { SkpStateBadge } from "./SkpStateBadge";

const useStyles = makeStyles({ head: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" }, actions: { display: "flex", gap: tokens.spacingHorizontalM } });

/** Staff: "SKP saya" of the current year: edit while draft or returned, read otherwise; the chain it serves. */
export function SkpScreen({ api, me }: ScreenProps) {
  const styles = useStyles();
  const p = usePlanningText();
  const planning = useMemo(() => new PlanningApi(api), [api]);
  const year = currentYear();
  const load = useCallback(() => loadSkp(planning, me.person.id, year), [planning, me.person.id, year]);
  const { state, reload } = useApi(load);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<ApiError>();

  if (state.status === "loading") return <Loading />;
  if (state.status === "failed") return <ErrorBar error={state.error} onRetry={reload} />;
  const { view, indicators } = state.data;
  const shown = view.current ?? view.effective;
  const editable = !shown || shown.state === "draft" || shown.state === "dikembalikan";
  const act = (action: () => Promise<{ ok: boolean; error?: ApiError }>, message?: string) => async () => {
    setFailure(undefined);
    const result = await action();
    if (!result.ok) return setFailure(result.error);
    setNotice(message);
    reload();
  };
  const pdf = async () => {
    setFailure(undefined);
    const result = await planning.pdf(view.employee.id, year);
    if (!result.ok) return setFailure(result.error);
    saveFile(result.data, `SKP-${year}-${view.employee.displayName}.pdf`);
  };

  return (
    <Section title={p("skpTitle", { year })}>
      <div className={styles.head}>
        <SkpStateBadge state={shown?.state ?? null} />
        {shown && <Text>{p("revisionLabel", { n: shown.revision })}</Text>}
      </div>
      <Text>{shown ? p("skpHint") : p("skpNone")}</Text>
      {shown?.returnReason && editable && <ReturnReasonBar reason={shown.returnReason} />}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {failure && <ErrorBar error={failure} />}
      {editable ? (
        // One editor while the plan is editable: a save refreshes the badge without resetting what is typed.
        <SkpEditor planning={planning} view={view} draft={shown} indicators={indicators} onSaved={reload} onSubmitted={(m) => { setNotice(m); reload(); }} />
      ) : (
        <>
          <Text>{shown.state === "diajukan" ? p("waitingApproval") : p("approvedNote")}</Text>
          <div className={styles.actions}>
            {shown.state === "disetujui" && (
              <Button appearance="primary" onClick={act(() => planning.revise(view.employee.id, year), p("revisionStarted"))}>{p("startRevision")}</Button>
            )}
            <Button onClick={pdf}>{p("downloadPdf")}</Button>
          </div>
          <SkpReadOnly skp={shown} />
        </>
      )}
      <ServesTree rhks={shown?.rhks ?? []} upline={view.upline} indicators={indicators} />
    </Section>
  );
}
