import type { AdaptiveCard } from "../cards/render";
import type { Person } from "../domain/org";
import { bilingualLine } from "../i18n";

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

export interface CardActionHandler {
  readonly verb: string;
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
