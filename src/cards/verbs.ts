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
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
export const CARD_VERSION = "1.5";
