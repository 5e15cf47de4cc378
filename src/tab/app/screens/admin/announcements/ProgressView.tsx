import { Badge, Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { SocializationApi } from "../../../api/socialization-client";
import { OUTBOX_STATUSES, type AnnouncementView } from "../../../api/socialization-types";
import type { ApiError } from "../../../api/types";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useLocale } from "../../../i18n/LocaleProvider";
import { SOCIAL_STRINGS, useSocialText, type SocialKey } from "./social-strings";

/** While the outbox works the view is asked again this often (the brief: every 2 s). */
export const POLL_MS = 2000;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  bar: { alignSelf: "stretch" },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, margin: 0 },
  count: { display: "flex", gap: tokens.spacingHorizontalXS },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

const active = (v: AnnouncementView) => v.announcement.status === "sending" || v.announcement.status === "scheduled";

/** The author's view of one announcement: a progress bar, counts by status, per OPD delivered/failed/acknowledged. */
export function ProgressView(props: { social: SocializationApi; announcementId: string; /** once done or cancelled (the list beside it refreshes) */ onSettled?(): void }) {
  const { social, announcementId, onSettled } = props;
  const s = useSocialText();
  const styles = useStyles();
  const { number, dateTime, pick } = useLocale();
  const [view, setView] = useState<AnnouncementView>();
  const [error, setError] = useState<ApiError>();
  const [cancelled, setCancelled] = useState(false);
  const load = useCallback(async () => {
    const r = await social.view(announcementId);
    if (r.ok) setView(r.data);
    setError(r.ok ? undefined : r.error);
    return r.ok ? r.data : undefined;
  }, [social, announcementId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const tick = async () => {
      const v = await load();
      // Keeps asking while sending, and after a failed request (the network may come back).
      if (live && (!v || active(v))) timer = setTimeout(() => void tick(), POLL_MS);
      else if (live) onSettled?.();
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [load, onSettled]);

  const cancel = async () => {
    const r = await social.cancel(announcementId);
    if (!r.ok) return setError(r.error);
    setView(r.data);
    setCancelled(true);
    onSettled?.();
  };

  // Known outbox reasons in words; anything else (an HTTP status, a rare code) as the server recorded it.
  const whyLabel = (why: string) => (`why_${why}` in SOCIAL_STRINGS.id ? s(`why_${why}` as SocialKey) : why);

  if (!view) return error ? <ErrorBar error={error} onRetry={() => void load()} /> : <Loading />;
  const { announcement: a, progress, totals } = view;
  const processed = progress.sent + progress.failed + progress.cancelled;
  return (
    <Section title={s("progressTitle", { title: a.content.titleId })} level={3}>
      <div data-testid="announcement-progress" className={styles.root}>
        <Badge appearance="tint" color={a.status === "done" ? "success" : a.status === "cancelled" ? "warning" : "informative"} data-testid="announcement-status">
          {s(`status_${a.status}`)}
        </Badge>
        {a.status === "scheduled" && <Text block>{s("scheduledFor", { time: dateTime(a.sendAt) })}</Text>}
        <Field className={styles.bar} validationMessage={s("progressLabel", { done: number(processed), total: number(progress.total) })} validationState="none">
          <ProgressBar value={progress.total ? processed / progress.total : 0} thickness="large" aria-label={s("progressLabel", { done: processed, total: progress.total })} />
        </Field>
        <dl className={styles.counts} data-testid="status-counts">
          {OUTBOX_STATUSES.map((st) => (
            <div key={st} className={styles.count}>
              <dt>{s(`out_${st}`)}:</dt>
              <dd className={styles.dd}>{number(progress[st])}</dd>
            </div>
          ))}
        </dl>
        <Text block data-testid="totals">
          {s("totalsLine", { delivered: number(totals.delivered), failed: number(totals.failed), acknowledged: number(totals.acknowledged), recipients: number(totals.recipients) })}
        </Text>
        {Object.keys(view.failures).length > 0 && (
          <Text block>
            {s("failureReasons")}: {Object.entries(view.failures).map(([why, n]) => `${whyLabel(why)} (${number(n)})`).join(", ")}
          </Text>
        )}
      </div>
      <Table size="small" aria-label={s("colOpd")} data-testid="announcement-by-opd">
        <TableHeader>
          <TableRow>
            {(["colOpd", "colRecipients", "colDelivered", "colFailed", "colPending", "colAcknowledged"] as const).map((k) => (
              <TableHeaderCell key={k}>{s(k)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.byOpd.map((r) => (
            <TableRow key={r.opdId} data-testid="announcement-opd-row">
              <TableCell>{r.opdName}</TableCell>
              {[r.recipients, r.delivered, r.failed, r.pending, r.acknowledged].map((n, i) => (
                <TableCell key={i}>{number(n)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {cancelled && (
        <MessageBar intent="warning">
          <MessageBarBody>{s("cancelled")}</MessageBarBody>
        </MessageBar>
      )}
      {error && <Text role="alert">{pick(error.message)}</Text>}
      {active(view) && (
        <div>
          <Button onClick={() => void cancel()}>{s("cancel")}</Button>
        </div>
      )}
    </Section>
  );
}
