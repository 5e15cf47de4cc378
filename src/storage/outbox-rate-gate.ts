/**
 * The tenant-wide send rate, shared by every worker process through one Tables entity (CONVENTIONS §3: 50
 * requests/s per app per tenant). The entity holds the "theoretical arrival time" of a virtual scheduler
 * (GCRA): the time of the next free send slot. A worker reserves n slots by moving it n intervals forward with
 * an ETag-conditional update; on 412 another worker was faster and it reads again. Why this and not a counter per
 * second: fixed 1-second buckets allow twice the rate across a bucket boundary, and a lease on "the sender" would
 * let only one process send. Slots are spaced by `paceFor` (src/services/outbox/slot-pacer.ts), so any sliding
 * 1-second window holds at most the limit, and one reservation covers ~100 ms, so storage sees ~10 updates a second
 * per process, whatever the rate.
 */
import type { TableClient } from "@azure/data-tables";
import type { TenantRateGate } from "../services/outbox/ports";
import { isConflict, isNotFound, isPreconditionFailed } from "./tables";

const PARTITION = "tenant";
const MAX_ROUNDS = 50;
/** Slots start this far ahead of the reservation, so they are not already past when the reply arrives. */
const LEAD_MS = 30;

interface GateEntity {
  partitionKey: string;
  rowKey: string;
  /** Next free slot, epoch ms with fractions (they matter at high rates), as text: no Int32/Double guessing. */
  tat: string;
  etag?: string;
}

export class TableTenantRateGate implements TenantRateGate {
  /** Storage requests made, and reservations that lost an ETag race: for the benchmark. */
  operations = 0;
  conflicts = 0;

  constructor(
    private readonly table: TableClient,
    private readonly tenantKey: string,
    private readonly intervalMs: number,
  ) {}

  async reserve(n: number, now: number): Promise<number[]> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const current = await this.read();
      const start = Math.max(now + LEAD_MS, Number(current?.tat ?? 0));
      const entity = { partitionKey: PARTITION, rowKey: this.tenantKey, tat: (start + n * this.intervalMs).toFixed(3) };
      this.operations++;
      try {
        if (current) await this.table.updateEntity(entity, "Replace", { etag: current.etag });
        else await this.table.createEntity(entity);
        return Array.from({ length: n }, (_, i) => start + i * this.intervalMs);
      } catch (err) {
        if (!isPreconditionFailed(err) && !isConflict(err)) throw err;
        this.conflicts++;
        await new Promise((r) => setTimeout(r, Math.random() * 5));
        now = Date.now();
      }
    }
    throw new Error("outbox rate gate: too much contention");
  }

  private async read(): Promise<GateEntity | undefined> {
    this.operations++;
    try {
      return await this.table.getEntity<GateEntity>(PARTITION, this.tenantKey);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}
