import { useCallback } from "react";
import { useLocale } from "../../../i18n/LocaleProvider";
import type { Lang } from "../../../i18n/strings";

/** Texts of "Menunggu saya", Bahasa Indonesia first (parity checked in test/tab/development.browser.test.ts). */
const id = {
  waitingTitle: "Menunggu saya",
  waitingEmpty: "Tidak ada yang menunggu Anda.",
  waitingCount: "{count} hal menunggu Anda",
  due: "Batas: {date}",
  kind_announcement: "Pengumuman",
  kind_evaluationResult: "Hasil penilaian",
  kind_feedbackRequest: "Permintaan umpan balik",
  kind_coachingRating: "Dialog kinerja",
  kind_developmentNeeds: "Kebutuhan pengembangan",
  kind_externalTraining: "Pelatihan di luar kantor",
  announcementTitle: "{title}",
  ackAnnouncement: "Saya sudah membaca dan memahami",
  announcementLink: "Baca selengkapnya",
  evaluationTitle: "Penilaian kinerja {period} {year} sudah ditetapkan: {predikat}",
  evaluationHint: "Terima hasilnya, atau ajukan keberatan sampai {date}.",
  evaluationHintNoObjection: "Terima hasilnya untuk menyelesaikan penilaian.",
  acceptEvaluation: "Terima hasil penilaian",
  openMyEval: "Buka Penilaian saya",
  feedbackTitle: "{requester} meminta umpan balik Anda tentang {employee}: {about}",
  feedbackTitleSelf: "{requester} meminta umpan balik Anda tentang dirinya: {about}",
  feedbackAboutRhk: "salah satu RHK",
  feedbackAnswerLabel: "Umpan balik Anda tentang {employee}",
  sendAnswer: "Kirim umpan balik",
  coachingTitle: "Beri penilaian dialog kinerja dengan {coach} ({date})",
  coachingHint: "Isi penilaian melalui kartu di chat Kinerja ASN.",
  needsTitle: "{count} usulan kebutuhan pengembangan {employee} menunggu konfirmasi Anda",
  needsHint: "Konfirmasi, hapus, atau tambah melalui kartu di chat Kinerja ASN.",
  externalTitle: "{employee} mencatat pelatihan \u201c{title}\u201d ({jp} JP, {date})",
  externalEvidence: "Lihat bukti",
  verify: "Verifikasi",
  reject: "Tolak",
  done: "Selesai. Terima kasih.",
};
export type WaitingKey = keyof typeof id;

const en: Record<WaitingKey, string> = {
  waitingTitle: "Waiting for me",
  waitingEmpty: "Nothing is waiting for you.",
  waitingCount: "{count} things waiting for you",
  due: "Due: {date}",
  kind_announcement: "Announcement",
  kind_evaluationResult: "Evaluation result",
  kind_feedbackRequest: "Feedback request",
  kind_coachingRating: "Coaching conversation",
  kind_developmentNeeds: "Development needs",
  kind_externalTraining: "Training done elsewhere",
  announcementTitle: "{title}",
  ackAnnouncement: "I have read and understood",
  announcementLink: "Read more",
  evaluationTitle: "Your performance evaluation for {period} {year} is set: {predikat}",
  evaluationHint: "Accept the result, or file an objection until {date}.",
  evaluationHintNoObjection: "Accept the result to complete the evaluation.",
  acceptEvaluation: "Accept the evaluation result",
  openMyEval: "Open My evaluations",
  feedbackTitle: "{requester} asks for your feedback about {employee}: {about}",
  feedbackTitleSelf: "{requester} asks for your feedback about themself: {about}",
  feedbackAboutRhk: "one of the RHKs",
  feedbackAnswerLabel: "Your feedback about {employee}",
  sendAnswer: "Send feedback",
  coachingTitle: "Rate your coaching conversation with {coach} ({date})",
  coachingHint: "Rate it on the card in the Kinerja ASN chat.",
  needsTitle: "{count} suggested development needs of {employee} await your confirmation",
  needsHint: "Confirm, remove or add on the card in the Kinerja ASN chat.",
  externalTitle: "{employee} recorded the training \u201c{title}\u201d ({jp} JP, {date})",
  externalEvidence: "See the evidence",
  verify: "Verify",
  reject: "Reject",
  done: "Done. Thank you.",
};

export const WAITING_STRINGS: Record<Lang, Record<WaitingKey, string>> = { id, en };

/** The official BerAKHLAK names: they stay in Bahasa Indonesia in every language. */
export const BERAKHLAK_NAMES: Record<string, string> = {
  "berorientasi-pelayanan": "Berorientasi Pelayanan",
  akuntabel: "Akuntabel",
  kompeten: "Kompeten",
  harmonis: "Harmonis",
  loyal: "Loyal",
  adaptif: "Adaptif",
  kolaboratif: "Kolaboratif",
};

export function useWaitingText(): (key: WaitingKey, params?: Record<string, string | number>) => string {
  const { lang } = useLocale();
  return useCallback((key, params = {}) => WAITING_STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)), [lang]);
}
