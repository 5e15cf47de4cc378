import { useCallback } from "react";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { Lang } from "../../../i18n/strings";

/** Texts of the "JP saya" card, Bahasa Indonesia first (parity checked in test/tab/socialization.browser.test.ts). */
const id = {
  jpTitle: "JP saya {year}",
  jpProgress: "{total} dari {target} JP",
  jpReached: "Target 20 JP tahun ini tercapai.",
  jpRemaining: "Kurang {remaining} JP lagi. Ikuti pelatihan atau catat pelatihan di luar kantor agar diverifikasi atasan.",
  jpCreditsTitle: "Pelatihan yang tercatat",
  jpNoCredits: "Belum ada pelatihan yang tercatat tahun ini. Daftar pelatihan dari katalog atau catat pelatihan yang Anda ikuti di tempat lain.",
  credit_pending: "Menunggu verifikasi atasan",
  credit_verified: "Diverifikasi",
  credit_rejected: "Ditolak",
  credit_credited: "Dihitung",
  creditLine: "{title}: {jp} JP, {date}",
  planTitle: "Rencana pengembangan",
  planEmpty: "Belum ada kebutuhan pengembangan. Kebutuhan muncul dari penilaian kinerja dan dikonfirmasi atasan.",
  need_suggested: "Usulan",
  need_confirmed: "Dikonfirmasi atasan",
  recommendedTitle: "Pelatihan yang disarankan",
  recommendedLine: "{title} ({jp} JP, mulai {date})",
};
export type JpKey = keyof typeof id;

const en: Record<JpKey, string> = {
  jpTitle: "My JP {year}",
  jpProgress: "{total} of {target} JP",
  jpReached: "This year's target of 20 JP is reached.",
  jpRemaining: "{remaining} JP to go. Attend a training, or record one you did elsewhere for your supervisor to verify.",
  jpCreditsTitle: "Recorded trainings",
  jpNoCredits: "No training recorded this year yet. Register for one from the catalogue or record one you attended elsewhere.",
  credit_pending: "Awaiting supervisor's verification",
  credit_verified: "Verified",
  credit_rejected: "Rejected",
  credit_credited: "Counted",
  creditLine: "{title}: {jp} JP, {date}",
  planTitle: "Development plan",
  planEmpty: "No development needs yet. They come from performance evaluations and are confirmed by your supervisor.",
  need_suggested: "Suggested",
  need_confirmed: "Confirmed by supervisor",
  recommendedTitle: "Recommended trainings",
  recommendedLine: "{title} ({jp} JP, starts {date})",
};

export const JP_STRINGS: Record<Lang, Record<JpKey, string>> = { id, en };

export function useJpText(): (key: JpKey, params?: Record<string, string | number>) => string {
  const { lang } = useLocale();
  return useCallback((key, params = {}) => JP_STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)), [lang]);
}
