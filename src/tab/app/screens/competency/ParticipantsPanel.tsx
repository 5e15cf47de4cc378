import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { CompetencyApi } from "../../api/competency-client";
import type { ApiError } from "../../api/types";
import { EmptyState } from "../../common/EmptyState";
import { ErrorBar } from "../../common/ErrorBar";
import { Loading } from "../../common/Loading";
import { Section } from "../../common/Section";
import { useApi } from "../../common/use-api";
import { useLocale } from "../../i18n/LocaleProvider";
import { useCompetencyText } from "./competency-strings";

const useStyles = makeStyles({
  root: { padding: tokens.spacingVerticalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  buttons: { display: "flex", gap: tokens.spacingHorizontalM },
});

/**
 * The organiser's attendance list: tick who attended and save. Each tick is one confirmation on the server (it
 * credits the training's JP); a confirmed attendance stays ticked, since the API records attendance, not absence.
 */
export function ParticipantsPanel({ competency, trainingId, title, onClose, onSaved }: { competency: CompetencyApi; trainingId: string; title: string; onClose(): void; onSaved(): void }) {
  const styles = useStyles();
  const c = useCompetencyText();
  const { number, dateTime } = useLocale();
  const load = useCallback(() => competency.participants(trainingId), [competency, trainingId]);
  const view = useApi(load);
  const [ticked, setTicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState<number>();
  const [nothing, setNothing] = useState(false);
  const st = view.state;

  const save = async () => {
    setSaved(undefined);
    setNothing(ticked.length === 0);
    if (ticked.length === 0) return;
    setBusy(true);
    let done = 0;
    for (const id of ticked) {
      const r = await competency.attend(trainingId, id);
      if (!r.ok) {
        setError(r.error);
        break;
      }
      done++;
    }
    setBusy(false);
    if (done === ticked.length) setError(undefined);
    setTicked((old) => old.slice(done));
    setSaved(done);
    view.reload();
    onSaved();
  };

  return (
    <div className={styles.root} data-testid="participants">
      <Section title={c("partTitle", { title })} level={3}>
        {st.status === "loading" && <Loading />}
        {st.status === "failed" && <ErrorBar error={st.error} onRetry={view.reload} />}
        {st.status === "ready" && st.data.registrations.length === 0 && <EmptyState>{c("noParticipants")}</EmptyState>}
        {st.status === "ready" && st.data.registrations.length > 0 && (
          <>
            <Text>{c("partHint")}</Text>
            <Table size="small" aria-label={c("partTitle", { title })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{c("colName")}</TableHeaderCell>
                  <TableHeaderCell>{c("colStatus")}</TableHeaderCell>
                  <TableHeaderCell>{c("colAttended")}</TableHeaderCell>
                  <TableHeaderCell>{c("colCreditedJp")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {st.data.registrations.map((r) => {
                  const seated = r.status === "registered" || r.status === "attended";
                  return (
                    <TableRow key={r.employeeId} data-testid="participant-row">
                      <TableCell>{r.name}</TableCell>
                      <TableCell title={dateTime(r.requestedAt)}>{c(`status_${r.status}`)}</TableCell>
                      <TableCell>
                        {seated ? (
                          <Checkbox
                            aria-label={c("attendLabel", { name: r.name })}
                            checked={r.status === "attended" || ticked.includes(r.employeeId)}
                            disabled={r.status === "attended" || busy}
                            onChange={(_e, d) => setTicked((old) => (d.checked === true ? [...old, r.employeeId] : old.filter((x) => x !== r.employeeId)))}
                          />
                        ) : (
                          c("none")
                        )}
                      </TableCell>
                      <TableCell data-testid="credited-jp">{r.status === "attended" && r.jp !== undefined ? c("jpValue", { jp: number(r.jp) }) : c("none")}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </>
        )}
        {error && <ErrorBar error={error} />}
        {nothing && (
          <MessageBar intent="warning">
            <MessageBarBody>{c("nothingToSave")}</MessageBarBody>
          </MessageBar>
        )}
        {saved !== undefined && saved > 0 && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{c("attendanceSaved", { n: number(saved) })}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.buttons}>
          {st.status === "ready" && st.data.registrations.some((r) => r.status === "registered") && (
            <Button appearance="primary" disabled={busy} onClick={() => void save()}>
              {c("saveAttendance")}
            </Button>
          )}
          <Button onClick={onClose}>{c("close")}</Button>
        </div>
      </Section>
    </div>
  );
}
