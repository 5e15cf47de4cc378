import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { EvalApi } from "../../../api/eval-client";
import type { Indicator, IndicatorInput, Target } from "../../../api/eval-types";
import type { ApiError } from "../../../api/types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useLocale } from "../../../i18n/LocaleProvider";
import { ImportPanel } from "./ImportPanel";
import { IndicatorForm } from "./IndicatorForm";

/** "Indikator organisasi" of one OPD and year: the table, add, edit, delete (refused plainly while in use), import. */
export function IndicatorsPanel({ evals, opdId, year, onChanged }: { evals: EvalApi; opdId: string; year: number; onChanged(): void }) {
  const { t, number } = useLocale();
  const load = useCallback(() => evals.indicators(opdId, year), [evals, opdId, year]);
  const list = useApi(load);
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const s = list.state;
  const done = (text: string) => {
    setError(undefined);
    setNotice(text);
    setEditing(undefined);
    list.reload();
    onChanged();
  };
  const save = (id?: string) => async (body: IndicatorInput) => {
    const result = id ? await evals.updateIndicator(opdId, year, id, body) : await evals.createIndicator(opdId, year, body);
    if (!result.ok) return result.error;
    done(t("indicatorSaved"));
    return undefined;
  };
  const remove = async (i: Indicator) => {
    const result = await evals.deleteIndicator(opdId, year, i.id);
    if (!result.ok) {
      setNotice(undefined);
      return setError(result.error);
    }
    done(t("indicatorDeleted"));
  };
  const target = (x: Target) => (x.approach === "KUANTITATIF" ? `${number(x.value)} ${x.unit}` : x.narrative);
  return (
    <Section title={t("indicatorsTitle", { year })} level={3}>
      {s.status === "loading" && <Loading />}
      {s.status === "failed" && <ErrorBar error={s.error} onRetry={list.reload} />}
      {s.status === "ready" && s.data.length === 0 && <EmptyState>{t("indicatorsEmpty")}</EmptyState>}
      {s.status === "ready" && s.data.length > 0 && (
        <Table aria-label={t("indicatorsTitle", { year })} size="small">
          <TableHeader>
            <TableRow>
              {(["indColSasaran", "indColIndicator", "indColTarget", "colActions"] as const).map((c) => (
                <TableHeaderCell key={c}>{t(c)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.data.map((i) => (
              <TableRow key={i.id} data-testid="indicator-row">
                <TableCell>{i.sasaran}</TableCell>
                <TableCell>{i.indicator}</TableCell>
                <TableCell>{target(i.target)}</TableCell>
                <TableCell>
                  <Button size="small" aria-label={t("editIndicatorOf", { name: i.indicator })} onClick={() => setEditing(i.id)}>
                    {t("indEdit")}
                  </Button>{" "}
                  <Button size="small" aria-label={t("deleteIndicatorOf", { name: i.indicator })} onClick={() => void remove(i)}>
                    {t("indDelete")}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {error && <ErrorBar error={error} />}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {s.status === "ready" && editing && (
        <Section title={t("editIndicatorTitle")} level={3}>
          <IndicatorForm key={editing} initial={s.data.find((i) => i.id === editing)} onSave={save(editing)} onCancel={() => setEditing(undefined)} />
        </Section>
      )}
      {s.status === "ready" && !editing && (
        <Section title={t("addIndicatorTitle")} level={3}>
          <IndicatorForm onSave={save()} />
        </Section>
      )}
      <ImportPanel evals={evals} opdId={opdId} year={year} onImported={(n) => done(t("importDone", { created: n.created, updated: n.updated }))} />
    </Section>
  );
}
