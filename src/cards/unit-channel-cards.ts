/** Cards of a unit's channel (issue 4 item 7): the answers to `kanal` and the daily check-in post. */
import type { BilingualText } from "../i18n";
import { renderCard, type AdaptiveCard } from "./render";
import { bi, formatDate, line } from "./text";

/** Action.Execute verbs of the unit channel's cards (globally unique, prefixed with the app's name). */
export const UNIT_CHANNEL_VERBS = {
  /** "Isi laporan saya" on the check-in post: answers the clicker with their own report form. */
  checkInOpen: "kinerja.unit.checkin.open",
} as const;

export interface ChannelSetInfo {
  unitName: string;
  checkIn: boolean;
  checkInHourWib: number;
}

function notice(title: BilingualText, paragraphs: BilingualText[], color: "Good" | "Attention" | "Default"): AdaptiveCard {
  return renderCard("unit-channel-notice", { title, paragraphs, color });
}

/** Posted in the channel: which unit now posts here, and whether the daily check-in is on. */
export function channelSetCard(info: ChannelSetInfo): AdaptiveCard {
  const checkIn = info.checkIn ? bi("unitChannel.set.checkInOn", { hour: String(info.checkInHourWib).padStart(2, "0") }) : bi("unitChannel.set.checkInOff");
  return notice(bi("unitChannel.set.title"), [bi("unitChannel.set.body", { unit: info.unitName }), checkIn], "Good");
}

/** A precise refusal of `kanal` (i18n key and its params). */
export function channelRefusedCard(messageKey: string, params?: Record<string, unknown>): AdaptiveCard {
  return notice(bi("unitChannel.refused.title"), [bi(messageKey, params)], "Attention");
}

/** The check-in post: the unit and the day only, nothing about any member. */
export function checkInCard(data: { unitId: string; unitName: string; date: string }): AdaptiveCard {
  return renderCard("unit-checkin", {
    header: `${data.unitName} · ${formatDate(data.date)}`,
    title: bi("unitChannel.checkIn.title"),
    body: bi("unitChannel.checkIn.body"),
    button: line("unitChannel.checkIn.button"),
    verb: UNIT_CHANNEL_VERBS.checkInOpen,
    unitId: data.unitId,
    date: data.date,
  });
}

/** The answer to a click by someone outside the unit (only they see it). */
export function checkInNotMemberCard(unitName: string): AdaptiveCard {
  return notice(bi("unitChannel.checkIn.notMember.title"), [bi("unitChannel.checkIn.notMember.body", { unit: unitName })], "Default");
}
