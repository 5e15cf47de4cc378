import * as ACData from "adaptivecards-templating";
import fs from "node:fs";
import path from "node:path";

export type AdaptiveCard = Record<string, unknown> & { type: "AdaptiveCard"; version: string };

export const TEMPLATE_NAMES = [
  "help",
  "not-registered",
  "report-form",
  "report-confirmation",
  "report-for-supervisor",
  "feedback-received",
  "admin-notice",
  "skp-summary",
  "skp-empty",
  "skp-approval",
  "skp-outcome",
  "eval-self-form",
  "eval-rate-form",
  "eval-summary",
  "coaching-rating-form",
  "coaching-record-form",
  "objection-form",
  "objection-decision",
  "feedback-request-form",
  "feedback-request-answer",
  "announcement",
  "unit-channel-notice",
  "unit-checkin",
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

const cache = new Map<TemplateName, ACData.Template>();

function template(name: TemplateName): ACData.Template {
  let t = cache.get(name);
  if (!t) {
    const file = path.join(__dirname, "templates", `${name}.json`);
    t = new ACData.Template(JSON.parse(fs.readFileSync(file, "utf8")));
    cache.set(name, t);
  }
  return t;
}

/** Expands a JSON template with typed data; data values are inserted as-is, never evaluated as expressions. */
export function renderCard<T extends object>(name: TemplateName, data: T): AdaptiveCard {
  return template(name).expand({ $root: data }) as AdaptiveCard;
}
