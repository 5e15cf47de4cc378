import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, ToggleButton } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { EvalApi } from "../../../api/eval-client";
import type { TeamOverviewRow } from "../../../api/eval-types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ScreenProps } from "../../../shell/screens";
import { EVAL_STATE_LABEL, PREDIKAT_LABEL } from "../../staff/eval/eval-labels";
import { CalibrationPanel } from "./CalibrationPanel";
import { RatingPanel } from "./RatingPanel";
import { skpStateLabel } from "./skp-state-label";

/** "Penilaian tim": every direct report's status in the open period (one request), rated from the list. */
export function TeamEvaluationScreen({ api, me }: ScreenProps) {
  const { t, number } = useLocale();
  const evals = useMemo(() => new EvalApi(api), [api]);
  const overview = useApi(evals.teamOverview);
  const [selected, setSelected] = useState<string>();
  const [ratings, setRatings] = useState(0);
  const rated = () => {
    overview.reload();
    setRatings((n) => n + 1);
  };
  const s = overview.state;
  const periodId = s.status === "ready" ? s.data.periodId : null;
  return (
    <>
      <Section title={t("teamEvalTitle")}>
        <Text>{t("teamEvalHint")}</Text>
        {s.status === "loading" && <Loading />}
        {s.status === "failed" && <ErrorBar error={s.error} onRetry={overview.reload} />}
        {s.status === "ready" && !periodId && <EmptyState>{t("teamEvalNoPeriod")}</EmptyState>}
        {s.status === "ready" && periodId && s.data.rows.length === 0 && <EmptyState>{t("teamEmpty")}</EmptyState>}
        {s.status === "ready" && periodId && s.data.rows.length > 0 && (
          <Table aria-label={t("teamEvalTitle")} size="small">
            <TableHeader>
              <TableRow>
                {(["colName", "ovColSkp", "ovColThisWeek", "colPending", "ovColEvalStatus", "colActions"] as const).map((c) => (
                  <TableHeaderCell key={c}>{t(c)}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {s.data.rows.map((r) => (
                <TableRow key={r.employee.id} data-testid="eval-row">
                  <TableCell>
                    <Text weight="semibold">{r.employee.displayName}</Text>
                    <br />
                    <Text size={200}>{r.employee.jobTitle}</Text>
                  </TableCell>
                  <TableCell>{t(skpStateLabel(r.skp?.state))}</TableCell>
                  <TableCell>{number(r.reportsThisWeek)}</TableCell>
                  <TableCell>{number(r.withoutFeedback)}</TableCell>
                  <TableCell>
                    <EvalStatus row={r} />
                  </TableCell>
                  <TableCell>
                    <ToggleButton
                      size="small"
                      checked={selected === r.employee.id}
                      aria-label={t("rateOf", { name: r.employee.displayName })}
                      onClick={() => setSelected(selected === r.employee.id ? undefined : r.employee.id)}
                    >
                      {t("rateButton")}
                    </ToggleButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {periodId && selected && <RatingPanel key={selected} evals={evals} periodId={periodId} employeeId={selected} onRated={rated} />}
      </Section>
      {periodId && me.person.unitId && <CalibrationPanel evals={evals} periodId={periodId} unitId={me.person.unitId} version={ratings} />}
    </>
  );
}

function EvalStatus({ row }: { row: TeamOverviewRow }) {
  const { t } = useLocale();
  const ev = row.evaluation;
  if (!ev) return <Text>{t("evalStateNone")}</Text>;
  return (
    <>
      <Badge appearance="tint" color={ev.state === "draft" || ev.state === "self_assessed" ? "warning" : "success"}>
        {t(EVAL_STATE_LABEL[ev.state])}
      </Badge>{" "}
      {ev.predikat && <Text size={200}>{t(PREDIKAT_LABEL[ev.predikat])}</Text>}
    </>
  );
}
