import type { ConversationRepository, ConversationScope, StoredConversation } from "../services/ports";

/**
 * Conversation references change only on install and uninstall, yet every proactive send needs one: keep them
 * in memory for a while. Writes through this instance update the cache at once; an uninstall seen by another
 * instance shows up within the TTL, and a send in between fails with 403/404 and is recorded as such.
 */
export class CachedConversationRepository implements ConversationRepository {
  private readonly cache = new Map<string, { value: StoredConversation | undefined; until: number }>();

  constructor(
    private readonly inner: ConversationRepository,
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 20_000,
  ) {}

  async save(c: StoredConversation): Promise<void> {
    await this.inner.save(c);
    this.put(key(c.scope, c.ownerId), c);
  }

  async remove(scope: ConversationScope, ownerId: string): Promise<void> {
    await this.inner.remove(scope, ownerId);
    this.put(key(scope, ownerId), undefined);
  }

  async get(scope: ConversationScope, ownerId: string): Promise<StoredConversation | undefined> {
    const k = key(scope, ownerId);
    const hit = this.cache.get(k);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await this.inner.get(scope, ownerId);
    this.put(k, value);
    return value;
  }

  private put(k: string, value: StoredConversation | undefined) {
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(k, { value, until: Date.now() + this.ttlMs });
  }
}

const key = (scope: ConversationScope, ownerId: string) => `${scope}:${ownerId}`;
