import type { TableClient } from "@azure/data-tables";
import type { ActingAssignment, ActingRepository } from "../services/ports";
import { odataString } from "./tables";

/** Acting officials (Plt/Plh): PartitionKey = the supervisor acted for, RowKey = `${from}_${actingId}`. */
export class TableActingRepository implements ActingRepository {
  constructor(private readonly table: TableClient) {}

  async add(a: ActingAssignment): Promise<void> {
    await this.table.upsertEntity(
      { partitionKey: a.supervisorId, rowKey: `${a.from}_${a.actingId}`, ...a, reason: a.reason ?? "" },
      "Replace",
    );
  }

  async listForSupervisor(supervisorId: string): Promise<ActingAssignment[]> {
    const out: ActingAssignment[] = [];
    const filter = `PartitionKey eq ${odataString(supervisorId)}`;
    for await (const e of this.table.listEntities<ActingAssignment>({ queryOptions: { filter } })) {
      out.push({
        supervisorId: e.supervisorId,
        actingId: e.actingId,
        from: e.from,
        to: e.to,
        recordedById: e.recordedById,
        reason: e.reason || undefined,
      });
    }
    return out;
  }
}
