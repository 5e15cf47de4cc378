import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PlanningApi } from "../../../api/planning-client";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { useLocale } from "../../../i18n/LocaleProvider";
import { usePlanningText } from "../../staff/skp/planning-strings";

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalM }, actions: { display: "flex", gap: tokens.spacingHorizontalM } });

export interface SkpDecisionFormProps {
  planning: PlanningApi;
  employeeId: string;
  name: string;
  year: number;
  onDecided(message: string): void;
}

/** Setujui, or Kembalikan with a reason (required here and on the server). */
export function SkpDecisionForm({ planning, employeeId, name, year, onDecided }: SkpDecisionFormProps) {
  const styles = useStyles();
  const p = usePlanningText();
  const { pick } = useLocale();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const decide = async (action: "approve" | "return") => {
    setFailure(undefined);
    if (action === "return" && reason.trim() === "") return setReasonError(p("returnReasonRequired"));
    setReasonError(undefined);
    setBusy(true);
    const result = action === "approve" ? await planning.approve(employeeId, year) : await planning.returnSkp(employeeId, year, reason.trim());
    setBusy(false);
    if (result.ok) return onDecided(p(action === "approve" ? "approvedMsg" : "returnedMsg", { name }));
    const field = result.error.fields?.find((f) => f.field === "reason");
    if (field) setReasonError(pick(field.message));
    else setFailure(result.error);
  };

  return (
    <div className={styles.root}>
      <Field label={p("returnReason")} validationMessage={reasonError} validationState={reasonError ? "error" : "none"}>
        <Textarea name="reason" value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
      </Field>
      {failure && <ErrorBar error={failure} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void decide("approve")}>{p("approve")}</Button>
        <Button disabled={busy} onClick={() => void decide("return")}>{p("returnSkp")}</Button>
      </div>
    </div>
  );
}
