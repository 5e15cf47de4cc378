import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { WaitingApi } from "../../../api/waiting-client";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import type { ScreenProps } from "../../../shell/screens";
import { WaitingRow } from "./WaitingRow";
import { useWaitingText } from "./waiting-strings";

const useStyles = makeStyles({ list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** "Menunggu saya": everything waiting for the signed-in person, soonest due first, acted on in place. */
export function WaitingSection({ api }: ScreenProps) {
  const styles = useStyles();
  const w = useWaitingText();
  const waiting = useMemo(() => new WaitingApi(api), [api]);
  const load = useCallback(() => waiting.waiting(), [waiting]);
  const list = useApi(load);
  const [done, setDone] = useState(false);
  const onDone = useCallback(() => {
    setDone(true);
    list.reload();
  }, [list]);
  const s = list.state;
  return (
    <Section title={w("waitingTitle")}>
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{w("done")}</MessageBarBody>
        </MessageBar>
      )}
      {s.status === "loading" && <Loading />}
      {s.status === "failed" && <ErrorBar error={s.error} onRetry={list.reload} />}
      {s.status === "ready" && s.data.items.length === 0 && <EmptyState>{w("waitingEmpty")}</EmptyState>}
      {s.status === "ready" && s.data.items.length > 0 && (
        <>
          <Text>{w("waitingCount", { count: s.data.items.length })}</Text>
          <ul className={styles.list} data-testid="waiting-list">
            {s.data.items.map((item) => (
              <WaitingRow key={item.id} item={item} waiting={waiting} onDone={onDone} />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
