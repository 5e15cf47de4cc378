import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { PlanningApi } from "../../../api/planning-client";
import type { MatrixSaveAnswer, MatrixView } from "../../../api/planning-types";
import type { ApiError } from "../../../api/types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import type { ScreenProps } from "../../../shell/screens";
import { currentYear } from "../../staff/skp/load-skp";
import { usePlanningText } from "../../staff/skp/planning-strings";
import { MatrixGrid } from "./MatrixGrid";
import { toCells, toValues } from "./matrix-cells";
import { NeedsRevisionList } from "./NeedsRevisionList";

const useStyles = makeStyles({ actions: { display: "flex", gap: tokens.spacingHorizontalM } });

/** Supervisor: the Matriks Peran Hasil editor; saved with the ETag read so two editors never overwrite. */
export function MatrixScreen({ api, me }: ScreenProps) {
  const p = usePlanningText();
  const planning = useMemo(() => new PlanningApi(api), [api]);
  const year = currentYear();
  const load = useCallback(() => planning.matrix(me.person.id, year), [planning, me.person.id, year]);
  const { state, reload } = useApi(load);
  return (
    <Section title={p("matrixTitle", { year })}>
      <Text>{p("matrixHint")}</Text>
      {state.status === "loading" && <Loading />}
      {state.status === "failed" && <ErrorBar error={state.error} onRetry={reload} />}
      {state.status === "ready" && <MatrixEditor planning={planning} initial={state.data} />}
    </Section>
  );
}

function MatrixEditor({ planning, initial }: { planning: PlanningApi; initial: MatrixView }) {
  const styles = useStyles();
  const p = usePlanningText();
  const [matrix, setMatrix] = useState(initial);
  const [values, setValues] = useState(() => toValues(initial.cells));
  const [saved, setSaved] = useState<MatrixSaveAnswer>();
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  if (matrix.columns.length === 0) return <EmptyState>{p("matrixNoColumns")}</EmptyState>;
  if (matrix.rows.length === 0) return <EmptyState>{p("matrixNoRows")}</EmptyState>;

  const save = async () => {
    setBusy(true);
    setFailure(undefined);
    setSaved(undefined);
    const result = await planning.saveMatrix(matrix.supervisorId, matrix.year, toCells(values), matrix.etag);
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setMatrix(result.data.matrix);
    setValues(toValues(result.data.matrix.cells));
    setSaved(result.data);
  };

  return (
    <>
      <MatrixGrid matrix={matrix} values={values} onChange={(key, text) => setValues({ ...values, [key]: text })} />
      {failure && <ErrorBar error={failure} />}
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{p("matrixSaved")}</MessageBarBody>
        </MessageBar>
      )}
      {saved && saved.needsRevision.length > 0 && <NeedsRevisionList matrix={matrix} needsRevision={saved.needsRevision} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>{p("saveMatrix")}</Button>
      </div>
    </>
  );
}
