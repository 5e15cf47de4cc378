/**
 * The outbox's SendPort over the Bot Framework (issue 7): one attempt per call, no retries of its own (the
 * outbox decides when to try again), the connector's answer classified into a SendOutcome. Personal chats and
 * channel posts alike go through continueConversationAsync with the stored reference: a message to a channel
 * conversation id starts a new post in that channel (what TeamsInfo.sendMessageToTeamsChannel does for a
 * channel we only know by id). The activity id the connector returns is kept by the outbox for card updates.
 */
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from "botbuilder";
import type { AdaptiveCard } from "../cards/render";
import type { OutboxItem, OutboxJob, SendOutcome } from "../services/outbox/model";
import type { SendPort } from "../services/outbox/ports";
import { classifyConnectorAnswer, parseRetryAfter } from "../services/outbox/retry-policy";
import { errorCode, errorStatus } from "./retry";

/** The card for one item; undefined when there is nothing to send any more (e.g. the announcement is gone). */
export type CardForItem = (item: OutboxItem, job: OutboxJob) => Promise<AdaptiveCard | undefined>;

/** `address` of an item nobody can be reached at (no stored conversation): failed at once, never sent. */
export const UNREACHABLE_ADDRESS = "";

export function botSendPort(adapter: CloudAdapter, botId: string, cardFor: CardForItem): SendPort {
  return async (item, job) => {
    if (!item.address) return { kind: "permanent", reason: "not_installed" };
    const card = await cardFor(item, job);
    if (!card) return { kind: "permanent", reason: "nothing_to_send" };
    let reference: Partial<ConversationReference>;
    try {
      reference = JSON.parse(item.address) as Partial<ConversationReference>;
    } catch {
      return { kind: "permanent", reason: "bad_address" };
    }
    // The adapter's onTurnError swallows errors thrown in the logic, so the connector's answer is caught inside.
    let failure: { error: unknown } | undefined;
    let activityId: string | undefined;
    try {
      await adapter.continueConversationAsync(botId, reference, async (context) => {
        try {
          withoutSdkRetries(context.turnState.get(adapter.ConnectorClientKey));
          const sent = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
          activityId = sent?.id;
        } catch (error) {
          failure = { error };
        }
      });
    } catch (error) {
      failure = { error };
    }
    return failure ? classifyError(failure.error) : { kind: "sent", activityId };
  };
}

/**
 * The connector client's HTTP pipeline retries 5xx and 429 by itself (core-rest-pipeline's "Retry" phase); the
 * outbox must see every answer to keep its own schedule, rate and attempt count. A client is made per
 * continueConversationAsync, so this changes only this send.
 */
export function withoutSdkRetries(connectorClient: unknown): void {
  const pipeline = (connectorClient as { client?: { pipeline?: { removePolicy(options: { phase: string }): unknown } } } | undefined)?.client?.pipeline;
  pipeline?.removePolicy({ phase: "Retry" });
}

function classifyError(err: unknown): SendOutcome {
  const status = errorStatus(err);
  if (status === undefined) return { kind: "transient", reason: `network:${err instanceof Error ? err.message : "error"}`.slice(0, 200) };
  return classifyConnectorAnswer(status, errorCode(err), parseRetryAfter(retryAfterHeader(err), Date.now()));
}

function retryAfterHeader(err: unknown): string | undefined {
  const headers = (err as { response?: { headers?: { get?(name: string): string | null | undefined } } }).response?.headers;
  return headers?.get?.("retry-after") ?? undefined;
}
