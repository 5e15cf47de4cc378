/** Opens the outbox's tables (`<prefix>Outbox`, `<prefix>OutboxRate`); the composition root calls this once. */
import { TableClient } from "@azure/data-tables";
import { paceFor } from "../services/outbox/slot-pacer";
import { TableOutboxStore } from "./outbox-store";
import { TableTenantRateGate } from "./outbox-rate-gate";

export const OUTBOX_TABLES = { items: "Outbox", rate: "OutboxRate" } as const;

export interface OutboxStorage {
  store: TableOutboxStore;
  /** The tenant-wide gate for a send rate; every worker of the tenant must use the same rate. */
  gate(tenantKey: string, ratePerSecond: number): TableTenantRateGate;
}

export async function openOutboxStorage(connectionString: string, prefix: string): Promise<OutboxStorage> {
  const allowInsecureConnection = /UseDevelopmentStorage=true|\/\/(127\.0\.0\.1|localhost)[:/]/i.test(connectionString);
  const client = (name: string) => TableClient.fromConnectionString(connectionString, `${prefix}${name}`, { allowInsecureConnection });
  const items = client(OUTBOX_TABLES.items);
  const rate = client(OUTBOX_TABLES.rate);
  await Promise.all([items.createTable(), rate.createTable()]);
  return outboxStorageFrom(items, rate);
}

/** The outbox over tables that already exist (the app's own, created with the others by openTableStorage). */
export function outboxStorageFrom(items: TableClient, rate: TableClient): OutboxStorage {
  return {
    store: new TableOutboxStore(items),
    gate: (tenantKey, ratePerSecond) => new TableTenantRateGate(rate, tenantKey, paceFor(ratePerSecond).intervalMs),
  };
}
