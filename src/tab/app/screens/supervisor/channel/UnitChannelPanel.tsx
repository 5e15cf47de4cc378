import { Button, Checkbox, Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ApiClient, ApiResult } from "../../../api/client";
import type { ApiError } from "../../../api/types";
import { UnitChannelApi, type ChannelOption, type UnitChannelView } from "../../../api/unit-channel-client";
import { ErrorBar } from "../../../common/ErrorBar";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { useChannelText } from "./channel-strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "36rem" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const keyOf = (o: ChannelOption) => `${o.teamId}|${o.channelId}`;

/**
 * The unit's channel on "Tim saya", for whom the server lets manage it (the unit head, their Plt/Plh, an admin):
 * for anyone else the API answers 403 and the panel shows nothing.
 */
export function UnitChannelPanel({ api, unitId }: { api: ApiClient; unitId: string | undefined }) {
  const styles = useStyles();
  const t = useChannelText();
  const client = new UnitChannelApi(api);
  const load = useCallback(async (): Promise<ApiResult<UnitChannelView | null>> => {
    if (!unitId) return { ok: true, status: 200, data: null };
    const view = await new UnitChannelApi(api).get(unitId);
    return !view.ok && view.status === 403 ? { ok: true as const, status: 200, data: null } : view;
  }, [api, unitId]);
  const view = useApi(load);
  const loadOptions = useCallback(() => new UnitChannelApi(api).options(unitId ?? ""), [api, unitId]);
  const [options, setOptions] = useState<ChannelOption[]>([]);
  const [choice, setChoice] = useState("");
  const [checkIn, setCheckIn] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const data = view.state.status === "ready" ? view.state.data : null;

  useEffect(() => {
    if (!data) return;
    setCheckIn(data.channel?.checkIn ?? false);
    setChoice(data.channel ? keyOf(data.channel) : "");
    void loadOptions().then((r) => r.ok && setOptions(r.data));
  }, [data, loadOptions]);

  if (view.state.status === "failed") return <ErrorBar error={view.state.error} onRetry={view.reload} />;
  if (!data || !unitId) return null;
  const current = data.channel;
  const picked = options.find((o) => keyOf(o) === choice) ?? (current && keyOf(current) === choice ? current : undefined);
  const answer = async (run: () => ReturnType<typeof client.remove>) => {
    setSaved(false);
    setError(undefined);
    const result = await run();
    if (!result.ok) return setError(result.error);
    setSaved(true);
    view.reload();
  };

  return (
    <Section title={t("chTitle")}>
      <div className={styles.form} data-testid="unit-channel">
        <Text>{t("chHint", { unit: data.unitName })}</Text>
        <Text weight="semibold">{current ? t("chCurrent", { channel: current.channelId, team: current.teamId }) : t("chNone")}</Text>
        {options.length === 0 && !current ? (
          <Text>{t("chNoOptions")}</Text>
        ) : (
          <>
            <Field label={t("chPick")}>
              <Select value={choice} onChange={(_e, d) => setChoice(d.value)}>
                <option value="" disabled>
                  —
                </option>
                {[...options, ...(current && !options.some((o) => keyOf(o) === keyOf(current)) ? [current] : [])].map((o) => (
                  <option key={keyOf(o)} value={keyOf(o)}>
                    {o.channelId} · {o.teamId}
                  </option>
                ))}
              </Select>
            </Field>
            <Checkbox checked={checkIn} onChange={(_e, d) => setCheckIn(d.checked === true)} label={t("chCheckIn")} />
            <div className={styles.actions}>
              <Button appearance="primary" disabled={!picked} onClick={() => picked && void answer(() => client.set(unitId, { teamId: picked.teamId, channelId: picked.channelId, checkIn }))}>
                {t("chSave")}
              </Button>
              {current && <Button onClick={() => void answer(() => client.remove(unitId))}>{t("chRemove")}</Button>}
            </div>
          </>
        )}
        {error && <ErrorBar error={error} />}
        {saved && (
          <MessageBar intent="success">
            <MessageBarBody>{t("chSaved")}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Section>
  );
}
