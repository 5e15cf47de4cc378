import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { ApiResult } from "../../../api/client";
import { SocializationApi } from "../../../api/socialization-client";
import type { Announcement, InstalledTeam } from "../../../api/socialization-types";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ScreenProps } from "../../../shell/screens";
import { ComposeForm } from "./ComposeForm";
import { ProgressView } from "./ProgressView";
import { useSocialText } from "./social-strings";

const useStyles = makeStyles({ top: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

interface Setup {
  opds: { id: string; name: string }[];
  teams: InstalledTeam[];
  history: Announcement[];
}

/** "Pengumuman" (Admin Kinerja only): compose and send, then follow the sending; earlier ones below. */
export function AnnouncementsScreen({ api }: ScreenProps) {
  const styles = useStyles();
  const s = useSocialText();
  const { dateTime } = useLocale();
  const social = useMemo(() => new SocializationApi(api), [api]);
  // The OPD list comes with the adoption view (the directory's OPDs, named).
  const load = useCallback(async (): Promise<ApiResult<Setup>> => {
    const [adoption, teams, history] = await Promise.all([social.adoption(), social.teams(), social.list()]);
    if (!adoption.ok) return adoption;
    if (!teams.ok) return teams;
    if (!history.ok) return history;
    return { ok: true, status: 200, data: { opds: adoption.data.opds.map((o) => ({ id: o.opdId, name: o.opdName })), teams: teams.data, history: history.data } };
  }, [social]);
  const setup = useApi(load);
  const [shown, setShown] = useState<string>();
  const st = setup.state;
  const sent = (a: Announcement) => {
    setShown(a.id);
    setup.reload();
  };
  return (
    <Section title={s("annTitle")}>
      <div className={styles.top}>
        <Text>{s("annHint")}</Text>
        {st.status === "loading" && <Loading />}
        {st.status === "failed" && <ErrorBar error={st.error} onRetry={setup.reload} />}
        {st.status === "ready" && shown && (
          <>
            <ProgressView key={shown} social={social} announcementId={shown} onSettled={setup.reload} />
            <div>
              <Button appearance="primary" onClick={() => setShown(undefined)}>
                {s("newAnnouncement")}
              </Button>
            </div>
          </>
        )}
        {st.status === "ready" && !shown && <ComposeForm social={social} opds={st.data.opds} teams={st.data.teams} onSent={sent} />}
        {st.status === "ready" && (
          <Section title={s("historyTitle")} level={3}>
            {st.data.history.length === 0 ? (
              <EmptyState>{s("historyEmpty")}</EmptyState>
            ) : (
              <Table size="small" aria-label={s("historyTitle")}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{s("historyColTitle")}</TableHeaderCell>
                    <TableHeaderCell>{s("whenLabel")}</TableHeaderCell>
                    <TableHeaderCell>{s("colStatus")}</TableHeaderCell>
                    <TableHeaderCell>{s("open")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {st.data.history.map((a) => (
                    <TableRow key={a.id} data-testid="announcement-row">
                      <TableCell>{a.content.titleId}</TableCell>
                      <TableCell>{dateTime(a.sendAt)}</TableCell>
                      <TableCell>{s(`status_${a.status}`)}</TableCell>
                      <TableCell>
                        <Button size="small" aria-label={s("openLabel", { title: a.content.titleId })} onClick={() => setShown(a.id)}>
                          {s("open")}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        )}
      </div>
    </Section>
  );
}
