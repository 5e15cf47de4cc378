import { Badge, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { SocializationApi } from "../../../api/socialization-client";
import { EmptyState } from "../../../common/EmptyState";
import { ErrorBar } from "../../../common/ErrorBar";
import { Loading } from "../../../common/Loading";
import { Section } from "../../../common/Section";
import { useApi } from "../../../common/use-api";
import { todayInWib } from "../../../i18n/format";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { ScreenProps } from "../../../shell/screens";
import { useJpText } from "./jp-strings";

const useStyles = makeStyles({ card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "880px" } });

/** "JP saya": this year's learning hours towards 20 and the development plan (DOMAIN.md section 9). */
export function JpCard({ api, me }: ScreenProps) {
  const j = useJpText();
  const styles = useStyles();
  const { number, date } = useLocale();
  const social = useMemo(() => new SocializationApi(api), [api]);
  const load = useCallback(() => social.plan(me.person.id), [social, me.person.id]);
  const plan = useApi(load);
  const st = plan.state;
  const year = st.status === "ready" ? st.data.year : Number(todayInWib().slice(0, 4));
  return (
    <Section title={j("jpTitle", { year })}>
      {st.status === "loading" && <Loading />}
      {st.status === "failed" && <ErrorBar error={st.error} onRetry={plan.reload} />}
      {st.status === "ready" && (
        <div data-testid="jp-card" className={styles.card}>
          <Field label={j("jpProgress", { total: number(st.data.jp.total), target: number(st.data.jp.target) })} validationState="none" validationMessage={st.data.jp.reached ? j("jpReached") : j("jpRemaining", { remaining: number(st.data.jp.remaining ?? st.data.jp.target - st.data.jp.total) })}>
            <ProgressBar value={Math.min(1, st.data.jp.total / st.data.jp.target)} thickness="large" color={st.data.jp.reached ? "success" : "brand"} />
          </Field>
          <Section title={j("jpCreditsTitle")} level={3}>
            {st.data.jp.credits.length === 0 ? (
              <EmptyState>{j("jpNoCredits")}</EmptyState>
            ) : (
              <ul>
                {st.data.jp.credits.map((c) => (
                  <li key={c.id} data-testid="jp-credit">
                    {j("creditLine", { title: c.title, jp: number(c.jp), date: date(c.date) })}{" "}
                    <Badge appearance="tint" color={c.status === "rejected" ? "danger" : c.status === "pending" ? "warning" : "success"}>
                      {j(`credit_${c.status}`)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={j("planTitle")} level={3}>
            {st.data.needs.length === 0 ? (
              <EmptyState>{j("planEmpty")}</EmptyState>
            ) : (
              <ul>
                {st.data.needs.map((n) => (
                  <li key={n.id} data-testid="plan-need">
                    {n.label ?? n.topic}{" "}
                    <Badge appearance="tint" color={n.status === "confirmed" ? "success" : "informative"}>
                      {j(`need_${n.status}`)}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
            {st.data.recommendations.length > 0 && (
              <>
                <Text weight="semibold">{j("recommendedTitle")}</Text>
                <ul>
                  {st.data.recommendations.map((r) => (
                    <li key={r.id}>{j("recommendedLine", { title: r.title, jp: number(r.jp), date: date(todayInWib(new Date(r.start))) })}</li>
                  ))}
                </ul>
              </>
            )}
          </Section>
        </div>
      )}
    </Section>
  );
}
