import type { TableClient } from "@azure/data-tables";
import type { DeliveryLog, DeliveryRecord } from "../services/ports";
import { odataString } from "./tables";

/** Deliveries: PartitionKey = recipient, RowKey = message key; the latest status of each message wins. */
export class TableDeliveryLog implements DeliveryLog {
  constructor(private readonly table: TableClient) {}

  async record(entry: DeliveryRecord): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: entry.recipientId,
        rowKey: entry.messageKey,
        status: entry.status,
        reason: entry.reason ?? "",
        at: entry.at,
      },
      "Replace",
    );
  }

  async listForRecipient(recipientId: string): Promise<DeliveryRecord[]> {
    const out: DeliveryRecord[] = [];
    const filter = `PartitionKey eq ${odataString(recipientId)}`;
    for await (const e of this.table.listEntities<DeliveryRecord & { rowKey: string }>({ queryOptions: { filter } })) {
      out.push({ recipientId, messageKey: e.rowKey, status: e.status, reason: e.reason || undefined, at: e.at });
    }
    return out;
  }
}
