/**
 * Which card an outbox item gets, by the job payload's kind (services/outbox/card-jobs). Feature modules
 * register their renderers when the app is composed; the outbox's send port asks at send time, so a card always
 * shows the state of the moment it is sent. Announcements' payloads have no kind and keep their own renderer.
 */
import type { AdaptiveCard } from "../cards/render";
import type { CardJobPayload } from "../services/outbox/card-jobs";
import type { OutboxItem } from "../services/outbox/model";

/** The card for one item, or undefined when there is nothing to send any more (recorded as nothing_to_send). */
export type OutboxCardRenderer = (item: OutboxItem, payload: CardJobPayload) => Promise<AdaptiveCard | undefined>;

/**
 * Called once a card of the kind was delivered, with the id the connector gave it: to record where it landed
 * (so it can be updated later). A failure here is logged, never retried: the card is out, only the pointer is lost.
 */
export type OutboxCardSent = (item: OutboxItem, payload: CardJobPayload, activityId: string) => Promise<void>;

export class OutboxCardRegistry {
  private readonly renderers = new Map<string, OutboxCardRenderer>();
  private readonly sentHooks = new Map<string, OutboxCardSent>();

  register(kind: string, renderer: OutboxCardRenderer, onSent?: OutboxCardSent): this {
    if (this.renderers.has(kind)) throw new Error(`outbox card kind registered twice: ${kind}`);
    this.renderers.set(kind, renderer);
    if (onSent) this.sentHooks.set(kind, onSent);
    return this;
  }

  renderer(kind: string): OutboxCardRenderer | undefined {
    return this.renderers.get(kind);
  }

  async sent(kind: string, item: OutboxItem, payload: CardJobPayload, activityId: string | undefined): Promise<void> {
    const hook = this.sentHooks.get(kind);
    if (!hook || !activityId) return;
    try {
      await hook(item, payload, activityId);
    } catch (err) {
      console.error(`outbox: recording the sent ${kind} card failed (it was delivered)`, err);
    }
  }
}
