import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../../api/client";
import type { TeamReportsRow } from "../../api/types";
import { EmptyState } from "../../common/EmptyState";
import { Section } from "../../common/Section";
import { useLocale } from "../../i18n/LocaleProvider";
import { newestFirst } from "../staff/newest-first";
import { ReportCard } from "../staff/ReportCard";
import { FeedbackForm } from "./FeedbackForm";

const useStyles = makeStyles({ list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM } });

/** One team member's reports, each unanswered one with its feedback field. */
export function PersonReports({ api, row, onAnswered }: { api: ApiClient; row: TeamReportsRow; onAnswered(): void }) {
  const styles = useStyles();
  const { t } = useLocale();
  const name = row.employee.displayName;
  const [sent, setSent] = useState(false);
  const answered = () => {
    setSent(true);
    onAnswered();
  };
  return (
    <Section title={t("personReportsTitle", { name })} level={3}>
      {sent && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t("feedbackSent", { name })}</MessageBarBody>
        </MessageBar>
      )}
      {row.reports.length === 0 ? (
        <EmptyState>{t("personReportsEmpty", { name })}</EmptyState>
      ) : (
        <ol className={styles.list}>
          {newestFirst(row.reports).map((r) => (
            <ReportCard key={r.id} report={r} pending={<FeedbackForm api={api} report={r} onAnswered={answered} />} />
          ))}
        </ol>
      )}
    </Section>
  );
}
