import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiError } from "../../../api/types";
import type { MyCatalogueEntry, WaitingApi } from "../../../api/waiting-client";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Section } from "../../../common/Section";
import { useLocale } from "../../../i18n/LocaleProvider";
import { COMPETENCY_STRINGS } from "../../competency/competency-strings";
import { useDevelopmentText } from "./development-strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

const ACTIVE = new Set(["registered", "waitlisted", "attended"]);

/**
 * Catalogue items matching my needs (and those I already registered for), with Daftar / Batal daftar. The
 * server decides seat or waiting list; the place on the waiting list is the server's too.
 */
export function RecommendedTrainings({ trainings, waiting, onChanged }: { trainings: MyCatalogueEntry[]; waiting: WaitingApi; onChanged(): void }) {
  const styles = useStyles();
  const d = useDevelopmentText();
  const { lang, number, dateTime } = useLocale();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [message, setMessage] = useState<string>();

  const act = async (t: MyCatalogueEntry, register: boolean) => {
    setBusy(t.id);
    const result = register ? await waiting.register(t.id) : await waiting.cancel(t.id);
    setBusy(undefined);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    const status = result.data.registration?.status;
    if (!register) setMessage(d("cancelledMessage", { title: t.title }));
    else if (status === "waitlisted") setMessage(d("waitlistedMessage", { title: t.title, position: result.data.waitlistPosition ?? "?" }));
    else setMessage(d("registeredMessage", { title: t.title }));
    onChanged();
  };

  return (
    <Section title={d("trainingsTitle")} level={3}>
      {message && (
        <MessageBar intent="success">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {error && <ErrorBar error={error} />}
      {trainings.length === 0 ? (
        <EmptyState>{d("trainingsEmpty")}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {trainings.map((t) => {
            const status = t.myRegistration?.status;
            const active = status !== undefined && ACTIVE.has(status);
            return (
              <li key={t.id} className={styles.item} data-testid="recommended-training">
                <Text weight="semibold">{t.title}</Text>
                <Text>{d("trainingWhen", { type: COMPETENCY_STRINGS[lang][`type_${t.type}`], jp: number(t.jp), start: dateTime(t.start) })}</Text>
                <Text>{d("trainingWhere", { place: t.place ?? d("trainingOnline") })}</Text>
                <Text size={200}>{d("seats", { registered: number(t.counts.registered), capacity: number(t.capacity), waitlisted: number(t.counts.waitlisted) })}</Text>
                <div className={styles.row}>
                  {status === "waitlisted" && (
                    <Badge appearance="tint" color="warning" data-testid="waitlist-position">
                      {d("waitlisted", { position: t.myWaitlistPosition ?? "?" })}
                    </Badge>
                  )}
                  {(status === "registered" || status === "attended") && (
                    <Badge appearance="tint" color="success">
                      {d(`status_${status}`)}
                    </Badge>
                  )}
                  {!active && (
                    <Button appearance="primary" aria-label={d("registerLabel", { title: t.title })} disabled={busy === t.id} onClick={() => act(t, true)}>
                      {d("register")}
                    </Button>
                  )}
                  {active && status !== "attended" && (
                    <Button aria-label={d("cancelLabel", { title: t.title })} disabled={busy === t.id} onClick={() => act(t, false)}>
                      {d("cancel")}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
