import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback } from "react";
import type { EvalApi } from "../../../api/eval-client";
import { PREDIKATS } from "../../../api/eval-types";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useLocale } from "../../../i18n/LocaleProvider";
import { PREDIKAT_LABEL } from "../../staff/eval/eval-labels";
import { CountBarChart } from "./CountBarChart";

/**
 * The unit's calibration: proposed predikat against what the organisation predikat allows, each broken rule
 * named. Shown to whoever the server lets read it (head of the unit, above, admins); others see nothing.
 */
export function CalibrationPanel({ evals, periodId, unitId, version }: { evals: EvalApi; periodId: string; unitId: string; /** bumps after a rating */ version: number }) {
  const { t, pick } = useLocale();
  // `version` is a dependency on purpose: it asks for a fresh read after a rating.
  const load = useCallback(() => evals.calibration(periodId, unitId), [evals, periodId, unitId, version]);
  const view = useApi(load);
  const s = view.state;
  if (s.status === "failed") return null; // not theirs to read: the policy decides, the screen stays quiet
  return (
    <Section title={t("calibrationTitle")}>
      {s.status === "loading" && <Loading />}
      {s.status === "ready" && (
        <>
          <Text>{s.data.orgPredikat ? t("calibrationOrgPredikat", { value: s.data.orgPredikat }) : t("calibrationNoOrgPredikat")}</Text>
          <CountBarChart
            testId="calibration-chart"
            title={t("calibrationChartTitle")}
            valueHeader={t("calibrationProposed")}
            bars={PREDIKATS.map((p) => ({ label: t(PREDIKAT_LABEL[p]), value: s.data.counts[p] ?? 0 }))}
          />
          {s.data.rules.map((r, i) => (
            <MessageBar key={i} intent={r.ok ? "success" : "warning"}>
              <MessageBarBody>{t("calibrationRule", { message: pick(r.message), actual: r.actual, limit: r.limit })}</MessageBarBody>
            </MessageBar>
          ))}
          {s.data.violations.length > 0 && (
            <MessageBar intent="error" data-testid="calibration-violations">
              <MessageBarBody>{s.data.violations.map((v) => pick(v.message)).join(" ")}</MessageBarBody>
            </MessageBar>
          )}
          {s.data.notRated.length > 0 && <Text>{t("calibrationNotRated", { names: s.data.notRated.map((p) => p?.displayName ?? "").join(", ") })}</Text>}
        </>
      )}
    </Section>
  );
}
