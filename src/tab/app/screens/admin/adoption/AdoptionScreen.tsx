import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SocializationApi } from "../../../api/socialization-client";
import type { OpdAdoption } from "../../../api/socialization-types";
import type { ApiError } from "../../../api/types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ScreenProps } from "../../../shell/screens";
import { CountBarChart } from "../../supervisor/eval/CountBarChart";
import { useSocialText, type SocialKey } from "../announcements/social-strings";

const useStyles = makeStyles({ wrap: { overflowX: "auto" }, bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" } });

type Share = [count: keyof OpdAdoption, pct: keyof OpdAdoption, of: keyof OpdAdoption, header: SocialKey];
const SHARES: Share[] = [
  ["installed", "installedPct", "staff", "colInstalled"],
  ["acknowledged", "acknowledgedPct", "delivered", "colAckRate"],
  ["activeReporters", "activeReportersPct", "staff", "colActive"],
  ["approvedSkp", "approvedSkpPct", "staff", "colApprovedSkp"],
];

/** "Adopsi" (Admin Kinerja): per OPD who installed the app, acknowledged, reports, has an approved SKP; .xlsx export. */
export function AdoptionScreen({ api }: ScreenProps) {
  const styles = useStyles();
  const s = useSocialText();
  const { number, date } = useLocale();
  const social = useMemo(() => new SocializationApi(api), [api]);
  const view = useApi(social.adoption);
  const [error, setError] = useState<ApiError>();
  const st = view.state;
  const share = (row: OpdAdoption, [count, pct, of]: Share) => {
    const p = row[pct] as number | null;
    return p === null ? s("noShare") : s("shareOf", { pct: `${number(p)}%`, n: number(row[count] as number), total: number(row[of] as number) });
  };
  const download = async () => {
    const r = await social.adoptionXlsx();
    if (!r.ok) return setError(r.error);
    setError(undefined);
    const url = URL.createObjectURL(r.data);
    const a = document.createElement("a");
    a.href = url;
    a.download = `adopsi-${st.status === "ready" ? st.data.to : "kota"}.xlsx`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <Section title={s("adoptionTitle")}>
      {st.status === "loading" && <Loading />}
      {st.status === "failed" && <ErrorBar error={st.error} onRetry={view.reload} />}
      {st.status === "ready" && (
        <>
          <div className={styles.bar}>
            <Text>{s("adoptionHint", { from: date(st.data.from), to: date(st.data.to) })}</Text>
            <Button onClick={() => void download()}>{s("downloadXlsx")}</Button>
          </div>
          {error && <ErrorBar error={error} />}
          {st.data.opds.length === 0 ? (
            <EmptyState>{s("adoptionEmpty")}</EmptyState>
          ) : (
            <>
              <div className={styles.wrap}>
                <Table size="small" aria-label={s("adoptionTitle")} data-testid="adoption-table">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{s("colOpd")}</TableHeaderCell>
                      <TableHeaderCell>{s("colStaff")}</TableHeaderCell>
                      {SHARES.map((sh) => (
                        <TableHeaderCell key={sh[3]}>{s(sh[3])}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {st.data.opds.map((row) => (
                      <TableRow key={row.opdId} data-testid="adoption-row">
                        <TableCell>{row.opdName}</TableCell>
                        <TableCell>{number(row.staff)}</TableCell>
                        {SHARES.map((sh) => (
                          <TableCell key={sh[3]}>{share(row, sh)}</TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <CountBarChart title={s("chartInstalled")} valueHeader={s("chartValue")} testId="adoption-chart" bars={st.data.opds.map((o) => ({ label: o.opdName, value: o.installedPct ?? 0 }))} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
