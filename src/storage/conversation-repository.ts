import type { TableClient } from "@azure/data-tables";
import type { ConversationRepository, ConversationScope, StoredConversation } from "../services/ports";
import { isNotFound } from "./tables";

/**
 * Conversations: PartitionKey = scope ("personal" | "team"), RowKey = user id or team id.
 * One point read per proactive send; the reference is stored as JSON (it is well under the 64 KiB string limit).
 */
interface ConversationEntity {
  partitionKey: string;
  rowKey: string;
  reference: string;
  updatedAt: string;
}

export class TableConversationRepository implements ConversationRepository {
  constructor(private readonly table: TableClient) {}

  async save(c: StoredConversation): Promise<void> {
    await this.table.upsertEntity<ConversationEntity>(
      { partitionKey: c.scope, rowKey: c.ownerId, reference: JSON.stringify(c.reference), updatedAt: c.updatedAt },
      "Replace",
    );
  }

  async remove(scope: ConversationScope, ownerId: string): Promise<void> {
    try {
      await this.table.deleteEntity(scope, ownerId);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  async get(scope: ConversationScope, ownerId: string): Promise<StoredConversation | undefined> {
    try {
      const e = await this.table.getEntity<ConversationEntity>(scope, ownerId);
      return { scope, ownerId, reference: JSON.parse(e.reference), updatedAt: e.updatedAt };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}
