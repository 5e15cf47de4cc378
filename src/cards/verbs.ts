/** Action.Execute verbs: globally unique, so they are prefixed with the app's name. */
export const VERBS = {
  reportOpen: "kinerja.report.open",
  reportSubmit: "kinerja.report.submit",
  reportFeedback: "kinerja.report.feedback",
  helpOpen: "kinerja.help.open",
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
export const CARD_VERSION = "1.5";
