import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../../domain/cascading";
import type { DecisionCardRef } from "../../services/skp-types";

const ID = /^[A-Za-z0-9_:-]{1,200}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

/** The plan year a card carries (templating may give it as a number or a string); undefined when malformed. */
export function yearInCard(data: Record<string, unknown>): number | undefined {
  const raw = data.year;
  const year = typeof raw === "number" ? raw : typeof raw === "string" && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(year) && year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR ? year : undefined;
}

/** The revision and submission an approval card showed; undefined when the card was not written by us. */
export function decisionRefInCard(data: Record<string, unknown>): (DecisionCardRef & { employeeId: string; year: number }) | undefined {
  const { employeeId, skpId, submittedAt } = data;
  const year = yearInCard(data);
  if (typeof employeeId !== "string" || !ID.test(employeeId) || year === undefined) return undefined;
  if (typeof skpId !== "string" || !ID.test(skpId)) return undefined;
  if (typeof submittedAt !== "string" || !INSTANT.test(submittedAt)) return undefined;
  return { employeeId, year, skpId, submittedAt };
}
