import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ApiClient } from "../../api/client";
import type { DirectoryStatusView } from "../../api/types";
import { ErrorBar } from "../../common/ErrorBar";
import { Loading } from "../../common/Loading";
import { Section } from "../../common/Section";
import { useApi } from "../../common/use-api";
import { useLocale, type LocaleValue } from "../../i18n/LocaleProvider";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "max-content 1fr", gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  // dt/dd pairs may be grouped in a div; the grid lays out the pairs, not the groups.
  group: { display: "contents" },
});

export function DirectoryStatusPanel({ api }: { api: ApiClient }) {
  const styles = useStyles();
  const locale = useLocale();
  const status = useApi(api.directoryStatus);
  return (
    <Section title={locale.t("directoryTitle")}>
      {status.state.status === "loading" && <Loading />}
      {status.state.status === "failed" && <ErrorBar error={status.state.error} onRetry={status.reload} />}
      {status.state.status === "ready" && (
        <dl className={styles.list} data-testid="directory-status">
          {rows(status.state.data, locale).map(([term, value]) => (
            <div key={term} className={styles.group}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>
                <Text>{value}</Text>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}

function rows(s: DirectoryStatusView, { t, number, dateTime }: LocaleValue): [string, string][] {
  const reported = Object.values(s.reported ?? {}).reduce((sum, list) => sum + list.length, 0);
  const lastRun = s.lastRun;
  const out: [string, string][] = [
    [t("directorySource"), t(s.source === "graph" ? "directorySourceGraph" : "directorySourceFile")],
    [t("directoryPeople"), number(s.inUse.people)],
    [t("directoryUnits"), number(s.inUse.units)],
    [
      t("directoryLastSync"),
      !lastRun
        ? t("directoryNeverSynced")
        : t(lastRun.status === "ok" ? "directorySyncOk" : "directorySyncFailed", { time: dateTime(lastRun.finishedAt), users: number(lastRun.users) }),
    ],
  ];
  if (reported > 0) out.push([t("directoryReported"), t("directoryReportedCount", { count: number(reported) })]);
  return out;
}
