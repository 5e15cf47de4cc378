/**
 * Every message code the domain returns and every enum label key, in one list, so a test can prove each has a
 * Bahasa Indonesia and an English text in src/i18n/locales/{id,en}/domain.json. Adding a code to a module's
 * `*_CODES` array without a translation fails that test.
 */
import { CASCADING_ERROR_CODES } from "./cascading";
import { B18_STATEMENTS, COACHING_ERROR_CODES } from "./coaching";
import { ORPHAN_REASONS } from "./coverage";
import { DEVELOPMENT_NEED_SOURCES } from "./development-needs";
import { DISTRIBUTION_MESSAGE_CODES, ORG_PREDIKATS } from "./distribution";
import { EVALUATION_STATES, OBJECTION_OUTCOMES } from "./evaluation";
import { EVALUATION_INPUT_ERROR_CODES } from "./evaluation-input";
import { EVALUATION_WORKFLOW_ERROR_CODES } from "./evaluation-workflow";
import { FEEDBACK_REQUEST_ERROR_CODES } from "./feedback-request";
import { FIELD_ERROR_CODES } from "./input";
import { JP_ERROR_CODES } from "./jp";
import { NIP_ERROR_CODES } from "./nip";
import { PERIOD_CONFIG_ERROR_CODES, PERIOD_REFUSAL_CODES, PERIOD_TYPES } from "./periods";
import { PREDIKATS } from "./predikat";
import { REPORT_ERROR_CODES } from "./progress-report";
import { RATINGS } from "./rating";
import { ASPEKS, PERSPEKTIFS, RHK_GROUPS, SKP_STATES } from "./skp";
import { SKP_CONTENT_ERROR_CODES } from "./skp-validation";
import { SKP_WORKFLOW_ERROR_CODES } from "./skp-workflow";
import { APPROACHES, TARGET_ERROR_CODES } from "./target";

export const DOMAIN_MESSAGE_CODES: readonly string[] = [
  ...FIELD_ERROR_CODES,
  ...PERIOD_REFUSAL_CODES,
  ...PERIOD_CONFIG_ERROR_CODES,
  ...REPORT_ERROR_CODES,
  ...TARGET_ERROR_CODES,
  ...CASCADING_ERROR_CODES,
  ...SKP_CONTENT_ERROR_CODES,
  ...SKP_WORKFLOW_ERROR_CODES,
  ...DISTRIBUTION_MESSAGE_CODES,
  ...EVALUATION_INPUT_ERROR_CODES,
  ...EVALUATION_WORKFLOW_ERROR_CODES,
  ...FEEDBACK_REQUEST_ERROR_CODES,
  ...COACHING_ERROR_CODES,
  ...JP_ERROR_CODES,
  ...NIP_ERROR_CODES,
];

/** i18n key of an enum value's label, e.g. labelKey('predikat', 'SANGAT_BAIK') = 'label_predikat_SANGAT_BAIK'. */
export function labelKey(kind: LabelKind, value: string): string {
  return `label_${kind}_${value}`;
}

const LABELLED = {
  rating: RATINGS,
  predikat: PREDIKATS,
  org_predikat: ORG_PREDIKATS,
  skp_state: SKP_STATES,
  evaluation_state: EVALUATION_STATES,
  period_type: PERIOD_TYPES,
  rhk_group: RHK_GROUPS,
  aspek: ASPEKS,
  perspektif: PERSPEKTIFS,
  approach: APPROACHES,
  orphan_reason: ORPHAN_REASONS,
  objection_outcome: OBJECTION_OUTCOMES,
  b18: B18_STATEMENTS,
  development_need_source: DEVELOPMENT_NEED_SOURCES,
} as const;
export type LabelKind = keyof typeof LABELLED;

export const DOMAIN_LABEL_KEYS: readonly string[] = Object.entries(LABELLED).flatMap(([kind, values]) =>
  (values as readonly string[]).map((v) => labelKey(kind as LabelKind, v)),
);
