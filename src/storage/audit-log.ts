import type { TableClient } from "@azure/data-tables";
import { randomUUID } from "node:crypto";
import type { AuditEntry, AuditLog } from "../services/ports";
import { odataString } from "./tables";

/**
 * Append-only audit: PartitionKey = owner (the employee whose record changed), RowKey = `${at}_${uuid}`,
 * so one partition query lists everything done to a person's data in time order. Only createEntity is
 * ever called on this table; entries hold who/when/what/states, never contents (UU 27/2022).
 */
export class TableAuditLog implements AuditLog {
  constructor(private readonly table: TableClient) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.table.createEntity({
      partitionKey: entry.ownerId,
      rowKey: `${entry.at}_${randomUUID()}`,
      ...Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)),
    });
  }

  async listForOwner(ownerId: string): Promise<AuditEntry[]> {
    const out: AuditEntry[] = [];
    const filter = `PartitionKey eq ${odataString(ownerId)}`;
    for await (const e of this.table.listEntities<AuditEntry>({ queryOptions: { filter } })) {
      out.push({
        actorId: e.actorId,
        action: e.action,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        ownerId: e.ownerId,
        fromState: e.fromState,
        toState: e.toState,
        ...(e.onBehalfOfId ? { onBehalfOfId: e.onBehalfOfId } : {}),
        at: e.at,
      });
    }
    return out;
  }
}
