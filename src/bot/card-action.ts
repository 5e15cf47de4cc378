import type { AdaptiveCard } from "../cards/render";
import type { Person } from "../domain/org";
import { bilingualLine } from "../i18n";
import type { AccessAction, Subject } from "../services/policy";

/**
 * Our own shape of an Action.Execute, free of Bot Framework types, so handlers can move to another SDK
 * (e.g. the Microsoft 365 Agents SDK) by changing only the adapter in kinerja-bot.ts.
 */
export interface CardActionRequest {
  verb: string;
  /** The card's data merged with the user's inputs: untrusted, validated by each handler. */
  data: Record<string, unknown>;
}

export type CardActionResponse =
  | { kind: "card"; card: AdaptiveCard }
  | { kind: "error"; statusCode: 400 | 401 | 403 | 404 | 409 | 412 | 500; code: string; message: string };

/** The policy action a verb performs and the subject it names (from the card data; undefined: malformed, 400). */
export interface CardAccess {
  action: AccessAction;
  subject?: (data: Record<string, unknown>) => Subject | undefined;
}

export interface CardActionHandler {
  readonly verb: string;
  readonly access: CardAccess;
  handle(actor: Person, request: CardActionRequest): Promise<CardActionResponse>;
}

export function cardResponse(card: AdaptiveCard): CardActionResponse {
  return { kind: "card", card };
}

export function errorResponse(
  statusCode: Extract<CardActionResponse, { kind: "error" }>["statusCode"],
  code: string,
  messageKey: string,
  params?: Record<string, unknown>,
): CardActionResponse {
  return { kind: "error", statusCode, code, message: bilingualLine(messageKey, params) };
}

const CARD_ID = /^[A-Za-z0-9_:-]{1,200}$/;

/** The employee a card names in `field` (an id as our cards write them), or undefined when malformed. */
export function employeeInCard(field = "employeeId") {
  return (data: Record<string, unknown>): Subject | undefined => {
    const id = data[field];
    return typeof id === "string" && CARD_ID.test(id) ? { kind: "employee", id } : undefined;
  };
}
