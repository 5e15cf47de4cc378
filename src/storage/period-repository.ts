import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { Period } from "../domain/periods";
import type { PeriodRepository, PeriodYearConfig, StoredPeriodYear } from "../services/period-ports";
import { odataString } from "./tables";

/**
 * Periods: PartitionKey = year, RowKey = period id ('2026-bulanan-03'), plus one row CONFIG_ROW per year with
 * how the year was defined. A year holds at most 12 periods, so redefining it (delete the old rows, write the
 * new) is a single batch transaction in one partition.
 */
const CONFIG_ROW = "~config";

interface PeriodEntity {
  partitionKey: string;
  rowKey: string;
  [column: string]: unknown;
}

export class TablePeriodRepository implements PeriodRepository {
  constructor(private readonly table: TableClient) {}

  async listAll(): Promise<StoredPeriodYear[]> {
    const years = new Map<number, StoredPeriodYear>();
    const yearOf = (pk: string) => {
      const y = Number(pk);
      let entry = years.get(y);
      if (!entry) years.set(y, (entry = { config: undefined as unknown as PeriodYearConfig, periods: [] }));
      return entry;
    };
    for await (const e of this.table.listEntities<PeriodEntity>()) {
      const entry = yearOf(e.partitionKey);
      if (e.rowKey === CONFIG_ROW) entry.config = JSON.parse(String(e.config)) as PeriodYearConfig;
      else entry.periods.push(JSON.parse(String(e.period)) as Period);
    }
    return [...years.values()]
      .filter((y) => y.config !== undefined)
      .sort((a, b) => a.config.year - b.config.year)
      .map((y) => ({ ...y, periods: y.periods.sort((a, b) => (a.start < b.start ? -1 : 1)) }));
  }

  async saveYear({ config, periods }: StoredPeriodYear): Promise<void> {
    const pk = String(config.year);
    const keep = new Set([CONFIG_ROW, ...periods.map((p) => p.id)]);
    const actions: TransactionAction[] = [];
    const filter = `PartitionKey eq ${odataString(pk)}`;
    for await (const e of this.table.listEntities<PeriodEntity>({ queryOptions: { filter, select: ["RowKey"] } })) {
      if (!keep.has(e.rowKey)) actions.push(["delete", { partitionKey: pk, rowKey: e.rowKey }]);
    }
    for (const p of periods) actions.push(["upsert", { partitionKey: pk, rowKey: p.id, period: JSON.stringify(p) }, "Replace"]);
    actions.push(["upsert", { partitionKey: pk, rowKey: CONFIG_ROW, config: JSON.stringify(config) }, "Replace"]);
    await this.table.submitTransaction(actions);
  }
}
