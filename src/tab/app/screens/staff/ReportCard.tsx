import { Badge, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Report } from "../../api/types";
import { useLocale } from "../../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  activity: { whiteSpace: "pre-wrap" },
  meta: { color: tokens.colorNeutralForeground2 },
  feedback: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
    display: "grid",
    gap: tokens.spacingVerticalXXS,
  },
});

/** One report: date, what was done, quantity and evidence, then the feedback (or `pending` when there is none). */
export function ReportCard({ report, pending }: { report: Report; pending?: ReactNode }) {
  const styles = useStyles();
  const { t, date, dateTime, number } = useLocale();
  return (
    <li className={styles.root} data-testid="report">
      <Text weight="semibold">{date(report.date)}</Text>
      <Text className={styles.activity}>{report.activity}</Text>
      {report.quantity !== undefined && (
        <Text>{t("reportQuantity", { value: `${number(report.quantity)} ${report.unit ?? ""}`.trim() })}</Text>
      )}
      {report.evidenceUrl && (
        <Link href={report.evidenceUrl} target="_blank" rel="noreferrer">
          {t("evidenceLink")}
        </Link>
      )}
      <Text size={200} className={styles.meta}>
        {t("submittedAt", { time: dateTime(report.createdAt) })}
      </Text>
      {report.feedback ? (
        <div className={styles.feedback} data-testid="feedback">
          <Text size={200} weight="semibold">
            {t("feedbackFrom", { time: dateTime(report.feedback.at) })}
          </Text>
          <Text className={styles.activity}>{report.feedback.text}</Text>
        </div>
      ) : (
        (pending ?? (
          <div>
            <Badge appearance="tint" color="warning">
              {t("feedbackWaiting")}
            </Badge>
          </div>
        ))
      )}
    </li>
  );
}
