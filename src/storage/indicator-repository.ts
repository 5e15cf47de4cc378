import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { OrgIndicator } from "../domain/cascading";
import type { Target } from "../domain/target";
import type { IndicatorRepository } from "../services/planning-ports";
import { isNotFound, odataString } from "./tables";

/**
 * Organisation indicators: PartitionKey = `${year}_${opdId}`, RowKey = indicator id. An OPD's indicators for a
 * year are one partition query. `upsertAll` is ONE entity-group transaction, so it takes at most
 * MAX_INDICATORS_PER_WRITE indicators: all are written or none (the import caps a file at that many rows).
 */
export const MAX_INDICATORS_PER_WRITE = 100;

interface IndicatorEntity extends Record<string, unknown> {
  partitionKey: string;
  rowKey: string;
  sasaran: string;
  indicator: string;
  approach: Target["approach"];
  value?: number;
  unit?: string;
  narrative?: string;
}

export const indicatorPartitionKey = (year: number, opdId: string): string => `${year}_${opdId}`;

export class TableIndicatorRepository implements IndicatorRepository {
  constructor(private readonly table: TableClient) {}

  async listByOpd(year: number, opdId: string): Promise<OrgIndicator[]> {
    const filter = `PartitionKey eq ${odataString(indicatorPartitionKey(year, opdId))}`;
    const out: OrgIndicator[] = [];
    for await (const e of this.table.listEntities<IndicatorEntity>({ queryOptions: { filter } })) {
      out.push(toIndicator(e, year, opdId));
    }
    return out;
  }

  async get(year: number, opdId: string, indicatorId: string): Promise<OrgIndicator | undefined> {
    try {
      return toIndicator(await this.table.getEntity<IndicatorEntity>(indicatorPartitionKey(year, opdId), indicatorId), year, opdId);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async upsertAll(year: number, opdId: string, indicators: readonly OrgIndicator[]): Promise<void> {
    if (indicators.length === 0) return;
    if (indicators.length > MAX_INDICATORS_PER_WRITE) {
      throw new RangeError(`upsertAll takes at most ${MAX_INDICATORS_PER_WRITE} indicators (one transaction)`);
    }
    const ids = new Set(indicators.map((i) => i.id));
    if (ids.size !== indicators.length) throw new RangeError("upsertAll got the same indicator id twice");
    if (indicators.some((i) => i.year !== year || i.opdId !== opdId)) {
      throw new RangeError(`upsertAll got an indicator of another OPD or year than ${opdId} ${year}`);
    }
    const actions: TransactionAction[] = indicators.map((i) => ["upsert", toEntity(i), "Replace"]);
    await this.table.submitTransaction(actions);
  }

  async remove(year: number, opdId: string, indicatorId: string): Promise<boolean> {
    try {
      await this.table.deleteEntity(indicatorPartitionKey(year, opdId), indicatorId);
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }
}

function toEntity(i: OrgIndicator): IndicatorEntity {
  const base = { partitionKey: indicatorPartitionKey(i.year, i.opdId), rowKey: i.id, sasaran: i.sasaran, indicator: i.indicator };
  return i.target.approach === "KUANTITATIF"
    ? { ...base, approach: "KUANTITATIF", value: i.target.value, unit: i.target.unit }
    : { ...base, approach: "KUALITATIF", narrative: i.target.narrative };
}

function toIndicator(e: IndicatorEntity, year: number, opdId: string): OrgIndicator {
  const target: Target =
    e.approach === "KUANTITATIF"
      ? { approach: "KUANTITATIF", value: Number(e.value), unit: e.unit ?? "" }
      : { approach: "KUALITATIF", narrative: e.narrative ?? "" };
  return { id: e.rowKey, opdId, year, sasaran: e.sasaran, indicator: e.indicator, target };
}
