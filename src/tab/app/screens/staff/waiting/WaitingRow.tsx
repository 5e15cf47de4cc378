import { Badge, Button, Field, Link, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState, type FormEvent, type ReactNode } from "react";
import type { Predikat } from "../../../api/eval-types";
import type { ApiError, Period } from "../../../api/types";
import type { ApiResult } from "../../../api/client";
import type { WaitingApi, WaitingItem } from "../../../api/waiting-client";
import { ErrorBar } from "../../../common/ErrorBar";
import { useLocale } from "../../../i18n/LocaleProvider";
import { periodLabel } from "../../admin/period-label";
import { PREDIKAT_LABEL } from "../eval/eval-labels";
import { BERAKHLAK_NAMES, useWaitingText } from "./waiting-strings";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  form: { display: "grid", gap: tokens.spacingVerticalS },
});

/** The ?view= link to another screen of the tab, keeping the other parameters (theme, locale). */
export function viewHref(view: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set("view", view);
  return `${url.pathname}${url.search}`;
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** One waiting item: what it is, its due date (WIB), and the action in place where the API allows it. */
export function WaitingRow({ item, waiting, onDone }: { item: WaitingItem; waiting: WaitingApi; onDone(): void }) {
  const styles = useStyles();
  const w = useWaitingText();
  const { t, lang, date } = useLocale();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const act = async (call: () => Promise<ApiResult<unknown>>) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    onDone();
  };
  const r = item.ref;
  let title: string;
  let body: ReactNode = null;
  switch (item.kind) {
    case "announcement":
      title = lang === "en" && item.titleEn ? item.titleEn : item.title;
      body = (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => act(() => waiting.ackAnnouncement(str(r.announcementId)))}>
            {w("ackAnnouncement")}
          </Button>
          {r.linkUrl && (
            <Link href={str(r.linkUrl)} target="_blank" rel="noreferrer">
              {w("announcementLink")}
            </Link>
          )}
        </div>
      );
      break;
    case "evaluationResult": {
      const period = { type: r.periodType, index: Number(r.periodIndex) } as Period;
      const predikat = r.predikat ? t(PREDIKAT_LABEL[r.predikat as Predikat]) : "";
      title = w("evaluationTitle", { period: periodLabel(period, { t, lang }), year: str(r.year), predikat });
      body = (
        <>
          <Text>{r.objectionDeadline ? w("evaluationHint", { date: date(str(r.objectionDeadline)) }) : w("evaluationHintNoObjection")}</Text>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => act(() => waiting.acceptEvaluation(str(r.periodId), str(r.employeeId)))}>
              {w("acceptEvaluation")}
            </Button>
            {item.screen && <Link href={viewHref(item.screen)}>{w("openMyEval")}</Link>}
          </div>
        </>
      );
      break;
    }
    case "feedbackRequest": {
      const about = r.aboutKind === "BERAKHLAK" ? (BERAKHLAK_NAMES[str(r.about)] ?? str(r.about)) : w("feedbackAboutRhk");
      title = w(r.requesterId === r.employeeId ? "feedbackTitleSelf" : "feedbackTitle", { requester: str(r.requesterName), employee: item.title, about });
      body = (
        <>
          {r.message && <Text italic>{`\u201c${str(r.message)}\u201d`}</Text>}
          <FeedbackAnswer employee={item.title} busy={busy} error={error} onSend={(text) => act(() => waiting.answerFeedback(str(r.employeeId), str(r.requestId), text))} />
        </>
      );
      break;
    }
    case "coachingRating":
      title = w("coachingTitle", { coach: item.title, date: date(str(r.date)) });
      body = <Text>{w("coachingHint")}</Text>;
      break;
    case "developmentNeeds":
      title = w("needsTitle", { count: str(r.count), employee: item.title });
      body = <Text>{w("needsHint")}</Text>;
      break;
    case "externalTraining": {
      title = w("externalTitle", { employee: str(r.employeeName), title: item.title, jp: str(r.jp), date: date(str(r.date)) });
      const decide = (decision: "verify" | "reject") => act(() => waiting.decideExternal(str(r.employeeId), str(r.recordId), Number(r.year), decision));
      body = (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => decide("verify")}>
            {w("verify")}
          </Button>
          <Button disabled={busy} onClick={() => decide("reject")}>
            {w("reject")}
          </Button>
          {r.evidenceUrl && (
            <Link href={str(r.evidenceUrl)} target="_blank" rel="noreferrer">
              {w("externalEvidence")}
            </Link>
          )}
        </div>
      );
      break;
    }
  }
  return (
    <li className={styles.row} data-testid="waiting-item" data-kind={item.kind}>
      <div className={styles.head}>
        <Badge appearance="tint" color="informative">
          {w(`kind_${item.kind}`)}
        </Badge>
        {item.due && (
          <Badge appearance="outline" color="warning">
            {w("due", { date: date(item.due) })}
          </Badge>
        )}
      </div>
      <Text weight="semibold">{title}</Text>
      {body}
      {error && item.kind !== "feedbackRequest" && <ErrorBar error={error} />}
    </li>
  );
}

/** The answer typed in place; the server checks it (length, once, only the named colleagues) and says why not. */
function FeedbackAnswer({ employee, busy, error, onSend }: { employee: string; busy: boolean; error?: ApiError; onSend(text: string): void }) {
  const styles = useStyles();
  const w = useWaitingText();
  const { pick } = useLocale();
  const [text, setText] = useState("");
  const fieldMessage = error?.fields?.[0]?.message;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSend(text);
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field label={w("feedbackAnswerLabel", { employee })} validationState={fieldMessage ? "error" : "none"} validationMessage={fieldMessage ? pick(fieldMessage) : undefined}>
        <Textarea resize="vertical" value={text} onChange={(_e, data) => setText(data.value)} />
      </Field>
      {error && !fieldMessage && <ErrorBar error={error} />}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {w("sendAnswer")}
        </Button>
      </div>
    </form>
  );
}
