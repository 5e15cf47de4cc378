import { makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../api/types";
import { EmptyState } from "../../common/EmptyState";
import { ErrorBar } from "../../common/ErrorBar";
import { Loading } from "../../common/Loading";
import { Section } from "../../common/Section";
import type { Loadable } from "../../common/use-api";
import { useLocale } from "../../i18n/LocaleProvider";
import { newestFirst } from "./newest-first";
import { ReportCard } from "./ReportCard";

const useStyles = makeStyles({ list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM } });

/** My reports, newest first, each with the supervisor's feedback under it. */
export function ReportTimeline({ reports, onRetry }: { reports: Loadable<Report[]>; onRetry(): void }) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <Section title={t("timelineTitle")}>
      {reports.status === "loading" && <Loading />}
      {reports.status === "failed" && <ErrorBar error={reports.error} onRetry={onRetry} />}
      {reports.status === "ready" && reports.data.length === 0 && <EmptyState>{t("timelineEmpty")}</EmptyState>}
      {reports.status === "ready" && reports.data.length > 0 && (
        <ol className={styles.list} aria-label={t("timelineTitle")}>
          {newestFirst(reports.data).map((r) => (
            <ReportCard key={r.id} report={r} />
          ))}
        </ol>
      )}
    </Section>
  );
}
