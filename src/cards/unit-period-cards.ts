import type { Period } from "../domain/periods";
import type { OwnStatus, TeamProgress, UnitPeriodView } from "../services/unit-period-posts";
import { withRefresh, type ChannelRefresh } from "./channel-refresh";
import { periodLabel } from "./eval-card-text";
import { summaryCard } from "./eval-cards";
import type { AdaptiveCard } from "./render";
import { formatDate, line, type Fact } from "./text";
import { VERBS } from "./verbs";

/**
 * The period post in a unit's channel and each person's view of it. Only counts and states appear here: no
 * rating, predikat or feedback text ever reaches a channel card.
 */
const MAX_NAMES_SHOWN = 40;

export const periodPostData = (periodId: string, unitId: string) => ({ periodId, unitId });

function facts(period: Period, unitName: string): Fact[] {
  return [
    { title: line("channel.period.fact.unit"), value: unitName },
    { title: line("eval.fact.period"), value: `${periodLabel(period)} (${formatDate(period.start)} – ${formatDate(period.end)})` },
    { title: line("channel.period.fact.deadline"), value: line("channel.period.deadline", { date: formatDate(period.fillingDeadline) }) },
  ];
}

const seeMine = (refresh: ChannelRefresh) => ({ title: line("channel.period.seeMine"), verb: VERBS.channelPeriodView, data: refresh.data });

/** The post every member of the channel sees: the period, its deadline and the button to one's own view. */
export function unitPeriodPublicCard(d: { period: Period; unitName: string; refresh: ChannelRefresh }): AdaptiveCard {
  const card = summaryCard({
    titleKey: "channel.period.title",
    params: { period: periodLabel(d.period) },
    facts: facts(d.period, d.unitName),
    noticeKey: "channel.period.public",
    actions: [seeMine(d.refresh)],
  });
  return withRefresh(card, d.refresh);
}

/** One's own view: one's self-assessment status (and its form while open), the team's counts for the head. */
export function unitPeriodOwnCard(d: {
  period: Period;
  unitName: string;
  employeeId: string;
  own?: { status: OwnStatus; canFill: boolean };
  team?: TeamProgress;
  refresh: ChannelRefresh;
}): AdaptiveCard {
  const rows = facts(d.period, d.unitName);
  if (d.own) rows.push({ title: line("channel.period.fact.mine"), value: line(`channel.period.status.${d.own.status}`) });
  if (d.team) {
    rows.push({ title: line("channel.period.fact.submitted"), value: line("channel.period.count", { count: d.team.submitted, total: d.team.total }) });
    rows.push({ title: line("channel.period.fact.rated"), value: line("channel.period.count", { count: d.team.rated, total: d.team.total }) });
  }
  const pending = d.team?.notSubmitted ?? [];
  const names = pending.slice(0, MAX_NAMES_SHOWN).map((p) => p.displayName);
  if (pending.length > names.length) names.push(line("channel.period.andMore", { count: pending.length - names.length }));
  const card = summaryCard({
    titleKey: "channel.period.title",
    params: { period: periodLabel(d.period) },
    facts: rows,
    sections: pending.length > 0 ? [{ heading: line("channel.period.notSubmitted"), text: names.join(", ") }] : [],
    actions: [
      ...(d.own?.canFill ? [{ title: line("channel.period.openForm"), verb: VERBS.evalSelfOpen, style: "positive" as const, data: { periodId: d.period.id, employeeId: d.employeeId } }] : []),
      seeMine(d.refresh),
    ],
  });
  return withRefresh(card, d.refresh);
}

/** The post's period or unit is gone (a redefined year, a directory change). */
export function unitPeriodGoneCard(refresh: ChannelRefresh): AdaptiveCard {
  return withRefresh(summaryCard({ titleKey: "channel.gone.title", facts: [], noticeKey: "channel.gone.body" }), refresh);
}

/** The card for a view of the post: `refresh` is the post's own (verb and data), its user ids from the view. */
export function unitPeriodViewCard(view: UnitPeriodView, post: { periodId: string; unitId: string }, employeeId = ""): AdaptiveCard {
  const refresh: ChannelRefresh = { verb: VERBS.channelPeriodView, data: periodPostData(post.periodId, post.unitId), userIds: view.kind === "gone" ? undefined : view.userIds };
  if (view.kind === "gone") return unitPeriodGoneCard(refresh);
  if (view.kind === "public") return unitPeriodPublicCard({ ...view, refresh });
  return unitPeriodOwnCard({ ...view, employeeId, refresh });
}
