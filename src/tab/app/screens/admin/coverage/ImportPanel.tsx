import { Button, Label, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useId, useState, type FormEvent } from "react";
import type { EvalApi, ImportError } from "../../../api/eval-client";
import type { ImportResult } from "../../../api/eval-types";
import { ErrorBar } from "../../../common/ErrorBar";
import { Section } from "../../../common/Section";
import { useLocale } from "../../../i18n/LocaleProvider";

/** Import from .xlsx or .csv: all rows or none; every bad row is listed with its reason. */
export function ImportPanel({ evals, opdId, year, onImported }: { evals: EvalApi; opdId: string; year: number; onImported(r: ImportResult): void }) {
  const { t, pick } = useLocale();
  const inputId = useId();
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<ImportError>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    const result = await evals.importIndicators(opdId, year, file);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onImported(result.data);
  };
  const rows = error?.problems ?? [];
  return (
    <Section title={t("importTitle")} level={3}>
      <form onSubmit={submit} noValidate>
        <Label htmlFor={inputId} style={{ display: "block" }}>
          {t("importFile")}
        </Label>
        <input
          id={inputId}
          type="file"
          aria-describedby={`${inputId}-hint`}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <Text block size={200} id={`${inputId}-hint`}>
          {t("importHint")}
        </Text>
        <Button type="submit" appearance="primary" disabled={!file || busy}>
          {busy ? t("importing") : t("importButton")}
        </Button>
      </form>
      {error && <ErrorBar error={error} />}
      {rows.length > 0 && (
        <Table aria-label={t("importProblems")} size="small" data-testid="import-problems">
          <TableHeader>
            <TableRow>
              {(["importColRow", "importColColumn", "importColProblem"] as const).map((c) => (
                <TableHeaderCell key={c}>{t(c)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((p, i) => (
              <TableRow key={i} data-testid="import-problem">
                <TableCell>{p.row ?? ""}</TableCell>
                <TableCell>{p.column ?? ""}</TableCell>
                <TableCell>{pick(p.message)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
