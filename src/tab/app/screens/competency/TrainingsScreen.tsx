import { Button, Link, makeStyles, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { ApiResult } from "../../api/client";
import { CompetencyApi } from "../../api/competency-client";
import type { AnnounceResult, CatalogueEntry, Training } from "../../api/competency-types";
import type { ApiError } from "../../api/types";
import { EmptyState } from "../../common/EmptyState";
import { ErrorBar } from "../../common/ErrorBar";
import { Loading } from "../../common/Loading";
import { Section } from "../../common/Section";
import { useApi } from "../../common/use-api";
import { todayInWib } from "../../i18n/format";
import { useLocale } from "../../i18n/LocaleProvider";
import type { ScreenProps } from "../../shell/screens";
import { useCompetencyText } from "./competency-strings";
import { AnnounceDelivery } from "./AnnounceDelivery";
import { ParticipantsPanel } from "./ParticipantsPanel";
import { TrainingForm } from "./TrainingForm";
import { formatWibRange } from "./when";

const useStyles = makeStyles({
  top: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  wrap: { overflowX: "auto" },
  // Columns sized by their content: the numbers stay narrow, the title and time get the room.
  table: { tableLayout: "auto" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  sub: { display: "block", color: tokens.colorNeutralForeground3 },
});

interface Setup {
  trainings: CatalogueEntry[];
  units: { id: string; name: string }[];
}

/** "Pelatihan" (Pengelola Kompetensi): the catalogue with seats and waiting lists, add, announce, attendance. */
export function TrainingsScreen({ api, me }: ScreenProps) {
  const styles = useStyles();
  const c = useCompetencyText();
  const { lang, number, dateTime } = useLocale();
  const competency = useMemo(() => new CompetencyApi(api), [api]);
  // Target units to choose from: the OPDs and units with staff, as the city's JP compliance lists them.
  const load = useCallback(async (): Promise<ApiResult<Setup>> => {
    const [trainings, city] = await Promise.all([competency.trainings(), competency.city(Number(todayInWib().slice(0, 4)))]);
    if (!trainings.ok) return trainings;
    const rows = city.ok ? [...city.data.jp.opds, ...city.data.jp.units] : [];
    const units = [...new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }])).values()].sort((a, b) => a.name.localeCompare(b.name, "id"));
    return { ok: true, status: 200, data: { trainings: trainings.data, units } };
  }, [competency]);
  const setup = useApi(load);
  const [open, setOpen] = useState<string>();
  const [created, setCreated] = useState<Training>();
  const [announced, setAnnounced] = useState<{ key: number; trainingId: string; title: string; result: AnnounceResult }>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<string>();
  const st = setup.state;

  const announce = async (t: CatalogueEntry) => {
    setBusy(t.id);
    const r = await competency.announce(t.id);
    setBusy(undefined);
    if (!r.ok) return setError(r.error);
    setError(undefined);
    setCreated(undefined);
    setAnnounced((old) => ({ key: (old?.key ?? 0) + 1, trainingId: t.id, title: t.title, result: r.data }));
    setup.reload();
  };
  const where = (t: Training) => (
    <>
      {t.place && <span>{t.place}</span>}
      {t.onlineUrl && (
        <Link href={t.onlineUrl} target="_blank" rel="noreferrer" className={styles.sub}>
          {c("online")}
        </Link>
      )}
    </>
  );
  const opened = st.status === "ready" ? st.data.trainings.find((t) => t.id === open) : undefined;

  return (
    <Section title={c("trTitle")}>
      <div className={styles.top}>
        <Text>{c("trHint")}</Text>
        {st.status === "loading" && <Loading />}
        {st.status === "failed" && <ErrorBar error={st.error} onRetry={setup.reload} />}
        {error && <ErrorBar error={error} />}
        {announced && (
          <MessageBar intent={announced.result.audience === 0 ? "warning" : "success"} role="status" data-testid="announce-result">
            <MessageBarBody>
              {announced.result.audience === 0
                ? c("announcedNoAudience", { title: announced.title })
                : announced.result.queued === 0
                  ? c("announcedAgain", { title: announced.title, audience: number(announced.result.audience) })
                  : c("announced", { title: announced.title, queued: number(announced.result.queued), audience: number(announced.result.audience) })}
              {announced.result.audience > 0 && <AnnounceDelivery key={announced.key} competency={competency} trainingId={announced.trainingId} />}
            </MessageBarBody>
          </MessageBar>
        )}
        {created && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{c("saved", { title: created.title })}</MessageBarBody>
          </MessageBar>
        )}
        {st.status === "ready" && (
          <Section title={c("listTitle")} level={3}>
            {st.data.trainings.length === 0 ? (
              <EmptyState>{c("listEmpty")}</EmptyState>
            ) : (
              <div className={styles.wrap}>
                <Table size="small" className={styles.table} aria-label={c("listTitle")} data-testid="training-table">
                  <TableHeader>
                    <TableRow>
                      {(["colTitle", "colType", "colJp", "colWhen", "colWhere", "colCapacity", "colRegistered", "colWaitlisted", "colActions"] as const).map((k) => (
                        <TableHeaderCell key={k}>{c(k)}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {st.data.trainings.map((t) => (
                      <TableRow key={t.id} data-testid="training-row">
                        <TableCell>
                          {t.title}
                          {t.announcedAt && <Text size={200} className={styles.sub}>{c("announcedAt", { time: dateTime(t.announcedAt) })}</Text>}
                        </TableCell>
                        <TableCell>{c(`type_${t.type}`)}</TableCell>
                        <TableCell>{number(t.jp)}</TableCell>
                        <TableCell>{formatWibRange(t.start, t.end, lang, (start, end) => c("whenRange", { start, end }))}</TableCell>
                        <TableCell>{where(t)}</TableCell>
                        <TableCell>{number(t.capacity)}</TableCell>
                        <TableCell data-testid="count-registered">{number(t.counts.registered)}</TableCell>
                        <TableCell data-testid="count-waitlisted">{number(t.counts.waitlisted)}</TableCell>
                        <TableCell>
                          {t.organizerId === me.person.id ? (
                            <div className={styles.actions}>
                              <Button size="small" aria-label={c("announceLabel", { title: t.title })} disabled={busy === t.id} onClick={() => void announce(t)}>
                                {c("announce")}
                              </Button>
                              <Button size="small" aria-label={c("participantsLabel", { title: t.title })} aria-expanded={open === t.id} onClick={() => setOpen(open === t.id ? undefined : t.id)}>
                                {c("participants")}
                              </Button>
                            </div>
                          ) : (
                            <Text size={200}>{c("otherOrganizer")}</Text>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </Section>
        )}
        {opened && <ParticipantsPanel key={opened.id} competency={competency} trainingId={opened.id} title={opened.title} onClose={() => setOpen(undefined)} onSaved={setup.reload} />}
        {st.status === "ready" && (
          <TrainingForm
            competency={competency}
            units={st.data.units}
            onCreated={(t) => {
              setCreated(t);
              setAnnounced(undefined);
              setup.reload();
            }}
          />
        )}
      </div>
    </Section>
  );
}
