/** Action.Execute verbs: globally unique, so they are prefixed with the app's name. */
export const VERBS = {
  reportOpen: "kinerja.report.open",
  reportSubmit: "kinerja.report.submit",
  reportFeedback: "kinerja.report.feedback",
  helpOpen: "kinerja.help.open",
  skpSubmit: "kinerja.skp.submit",
  skpApprove: "kinerja.skp.approve",
  skpReturn: "kinerja.skp.return",
  /** The automatic refresh of the approval card: the approver's view gets the decision buttons. */
  skpRefresh: "kinerja.skp.refresh",
  evalSelfOpen: "kinerja.eval.self.open",
  evalSelfSubmit: "kinerja.eval.self.submit",
  evalRateOpen: "kinerja.eval.rate.open",
  /** Recomputes the suggestion and the matrix's predikat for the chosen ratings; stores nothing. */
  evalRatePreview: "kinerja.eval.rate.preview",
  evalRateSubmit: "kinerja.eval.rate.submit",
  evalAcknowledge: "kinerja.eval.acknowledge",
  /** The supervisor confirms, removes or adds development needs (issue 8). */
  developmentDecide: "kinerja.development.decide",
  trainingRegister: "kinerja.training.register",
  trainingCancel: "kinerja.training.cancel",
  /** The organiser ticks who attended on the attendance card (sent after the training ends). */
  trainingAttendance: "kinerja.training.attendance",
  /** The direct supervisor verifies or rejects an external training record. */
  jpExternalDecide: "kinerja.jp.external.decide",
  /** The employee rates a coaching conversation on Format B.1.8. */
  coachingRate: "kinerja.coaching.rate",
  /** The supervisor records a coaching conversation from the `bimbingan` form card. */
  coachingRecord: "kinerja.coaching.record",
  /** Ajukan keberatan on the result card: shows the objection form. */
  objectionOpen: "kinerja.eval.objection.open",
  objectionSubmit: "kinerja.eval.objection.submit",
  objectionDecide: "kinerja.eval.objection.decide",
  feedbackRequestOpen: "kinerja.feedback.request.open",
  feedbackRequestSubmit: "kinerja.feedback.request.submit",
  feedbackAnswer: "kinerja.feedback.answer",
  /** "Saya sudah membaca dan memahami" on an announcement (issue 7); per person, also in a channel post. */
  announcementAck: "kinerja.announcement.ack",
  /** A member's own view of the period post in their unit's channel (refresh and "Lihat status saya"). */
  channelPeriodView: "kinerja.channel.period.view",
  /** One's own view of a feedback request posted in a unit channel: the named colleague's answer form. */
  channelFeedbackView: "kinerja.channel.feedback.view",
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
export const CARD_VERSION = "1.5";
