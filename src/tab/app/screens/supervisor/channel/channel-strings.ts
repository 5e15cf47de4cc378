import { useCallback } from "react";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { Lang } from "../../../i18n/strings";

/** Texts of the unit channel panel on "Tim saya" (issue 4 item 7), Bahasa Indonesia first; `en` must match keys. */
const id = {
  chTitle: "Kanal unit di Teams",
  chHint: "Kartu penilaian kinerja {unit} diposting di kanal ini. Pilih kanal dari tim tempat aplikasi Kinerja ASN terpasang (atau ketik @Kinerja ASN kanal di kanal tersebut).",
  chCurrent: "Kanal sekarang: {channel} (tim {team})",
  chNone: "Unit ini belum memiliki kanal.",
  chPick: "Kanal",
  chNoOptions: "Aplikasi belum terpasang di tim mana pun. Pasang aplikasinya di tim unit Anda terlebih dahulu.",
  chCheckIn: "Posting kartu laporan kemajuan harian setiap hari kerja",
  chSave: "Simpan kanal",
  chRemove: "Hapus kanal",
  chSaved: "Tersimpan.",
};
export type ChannelKey = keyof typeof id;

const en: Record<ChannelKey, string> = {
  chTitle: "Unit channel in Teams",
  chHint: "The performance cards of {unit} are posted in this channel. Pick a channel of a team where the Kinerja ASN app is installed (or type @Kinerja ASN kanal in that channel).",
  chCurrent: "Current channel: {channel} (team {team})",
  chNone: "This unit has no channel yet.",
  chPick: "Channel",
  chNoOptions: "The app is not installed in any team yet. Install the app in your unit's team first.",
  chCheckIn: "Post a daily progress-report card every working day",
  chSave: "Save channel",
  chRemove: "Remove channel",
  chSaved: "Saved.",
};

export const CHANNEL_STRINGS: Record<Lang, Record<ChannelKey, string>> = { id, en };

export function useChannelText(): (key: ChannelKey, params?: Record<string, string>) => string {
  const { lang } = useLocale();
  return useCallback((key, params = {}) => CHANNEL_STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole), [lang]);
}
