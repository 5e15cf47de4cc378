import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { MatrixSaveAnswer, MatrixView } from "../../../api/planning-types";
import { usePlanningText } from "../../staff/skp/planning-strings";

/** Whose submitted or approved SKP the saved matrix could not change: they must start a revision. */
export function NeedsRevisionList({ matrix, needsRevision }: { matrix: MatrixView; needsRevision: MatrixSaveAnswer["needsRevision"] }) {
  const p = usePlanningText();
  const name = (id: string) => matrix.rows.find((r) => r.subordinate.id === id)?.subordinate.displayName ?? id;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="needs-revision">
      <MessageBarBody>
        {p("matrixNeedsRevision")}
        <ul>
          {needsRevision.map((n) => (
            <li key={n.subordinateId}>{p("matrixNeedsRevisionRow", { name: name(n.subordinateId), state: p(`state_${n.state}`) })}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
