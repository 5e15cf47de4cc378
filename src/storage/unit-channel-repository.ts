import type { TableClient } from "@azure/data-tables";
import type { UnitChannel, UnitChannelRepository } from "../services/unit-channel-ports";
import { isNotFound } from "./tables";

/** UnitChannels: PartitionKey "unit", RowKey = unit id; few hundred rows city-wide, listed in one partition. */
const PK = "unit";

interface UnitChannelEntity {
  partitionKey: string;
  rowKey: string;
  teamId: string;
  channelId: string;
  reference: string;
  checkIn?: boolean;
  setById: string;
  setAt: string;
}

export class TableUnitChannelRepository implements UnitChannelRepository {
  constructor(private readonly table: TableClient) {}

  async set(c: UnitChannel): Promise<void> {
    const entity: UnitChannelEntity = { partitionKey: PK, rowKey: c.unitId, teamId: c.teamId, channelId: c.channelId, reference: JSON.stringify(c.reference), checkIn: c.checkIn === true, setById: c.setById, setAt: c.setAt };
    await this.table.upsertEntity(entity, "Replace");
  }

  async get(unitId: string): Promise<UnitChannel | undefined> {
    try {
      return fromEntity(await this.table.getEntity<UnitChannelEntity>(PK, unitId));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async list(): Promise<UnitChannel[]> {
    const out: UnitChannel[] = [];
    for await (const e of this.table.listEntities<UnitChannelEntity>({ queryOptions: { filter: `PartitionKey eq '${PK}'` } })) out.push(fromEntity(e));
    return out;
  }

  async remove(unitId: string): Promise<void> {
    try {
      await this.table.deleteEntity(PK, unitId);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
}

function fromEntity(e: UnitChannelEntity): UnitChannel {
  return { unitId: e.rowKey, teamId: e.teamId, channelId: e.channelId, reference: JSON.parse(e.reference) as unknown, checkIn: e.checkIn === true, setById: e.setById, setAt: e.setAt };
}
