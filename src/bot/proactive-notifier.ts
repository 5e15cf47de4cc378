import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference, type TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../cards/render";
import type { ConversationRepository, DeliveryLog, DeliveryStatus, SentCard, Clock } from "../services/ports";
import { MESSAGE_WRITES_BLOCKED } from "./protocol";
import { withoutSdkRetries } from "./outbox-send-port";
import { withRetry, errorStatus, errorCode } from "./retry";

export type ProactiveResult = { status: "sent"; card: SentCard } | { status: DeliveryStatus };

/**
 * Sends cards to people in their personal chat with the bot, using the conversation reference stored at install.
 * Every failed attempt is recorded with its reason: nobody is skipped silently.
 */
export class ProactiveNotifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botId: string,
    private readonly conversations: ConversationRepository,
    private readonly deliveries: DeliveryLog,
    private readonly clock: Clock,
  ) {}

  async canReach(personId: string): Promise<boolean> {
    return (await this.conversations.get("personal", personId)) !== undefined;
  }

  async sendToPerson(personId: string, messageKey: string, card: AdaptiveCard): Promise<ProactiveResult> {
    const conversation = await this.conversations.get("personal", personId);
    if (!conversation) {
      await this.record(personId, messageKey, "undeliverable", "not_installed");
      return { status: "undeliverable" };
    }
    try {
      let activityId = "";
      await withRetry(() =>
        this.continueWith(conversation.reference, async (context) => {
          const sent = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
          activityId = sent?.id ?? "";
        }),
      );
      // Success is recorded by the caller where it matters (e.g. the report keeps the supervisor's card id),
      // which saves a storage write per message; every failure is recorded here.
      return { status: "sent", card: { conversationKey: `personal:${personId}`, activityId } };
    } catch (err) {
      const status = errorStatus(err);
      if (status === 403 && errorCode(err) === MESSAGE_WRITES_BLOCKED) {
        await this.record(personId, messageKey, "blocked", MESSAGE_WRITES_BLOCKED);
        return { status: "blocked" };
      }
      const undeliverable = status === 403 || status === 404;
      await this.record(personId, messageKey, undeliverable ? "undeliverable" : "failed", `http_${status ?? "error"}`);
      return { status: undeliverable ? "undeliverable" : "failed" };
    }
  }

  /** Replaces a card posted earlier; best effort, since the clicker already sees the new card. */
  async updateCard(sent: SentCard, card: AdaptiveCard): Promise<boolean> {
    const [scope, ownerId] = sent.conversationKey.split(":");
    if (scope !== "personal" || !ownerId || !sent.activityId) return false;
    const conversation = await this.conversations.get("personal", ownerId);
    if (!conversation) return false;
    try {
      await withRetry(() =>
        this.continueWith(conversation.reference, async (context) => {
          const update = MessageFactory.attachment(CardFactory.adaptiveCard(card));
          update.id = sent.activityId;
          await context.updateActivity(update);
        }),
      );
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The adapter's onTurnError swallows what the logic throws, so the connector's answer is caught inside and
   * rethrown here; the SDK's own retries are removed so that withRetry alone decides (no retries on retries).
   */
  private async continueWith(reference: unknown, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    let failure: { error: unknown } | undefined;
    await this.adapter.continueConversationAsync(this.botId, reference as Partial<ConversationReference>, async (context) => {
      try {
        withoutSdkRetries(context.turnState.get(this.adapter.ConnectorClientKey));
        await logic(context);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  }

  private record(recipientId: string, messageKey: string, status: DeliveryStatus, reason?: string) {
    return this.deliveries.record({ recipientId, messageKey, status, reason, at: this.clock.now().toISOString() });
  }
}
