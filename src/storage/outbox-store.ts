/** The outbox on Azure Tables: see outbox-entities.ts for the keys and docs/sender.md for the protocol. */
import type { TableClient, TransactionAction } from "@azure/data-tables";
import { emptyCounts, type OutboxItem, type OutboxJob, type OutboxRecipient, type StatusCounts } from "../services/outbox/model";
import type { ItemUpdate, OutboxStore } from "../services/outbox/ports";
import {
  dueKey, ITEM_PREFIX, ITEM_RANGE_END, itemRowKey, JOB_PARTITION, markerRowKey, shardCount, shardOf, shardPartition, toItem, toJob,
  type ItemEntity, type JobEntity,
} from "./outbox-entities";
import { chunk, inParallel } from "./outbox-batches";
import { isConflict, isNotFound, isPreconditionFailed, odataString, statusOf } from "./tables";

const BATCH = 100;
const OPEN = "(status eq 'queued' or status eq 'retrying' or status eq 'sending')";

export class TableOutboxStore implements OutboxStore {
  /** Storage requests made (point operations, transactions, query pages): for the benchmark. */
  operations = 0;
  private readonly shards = new Map<string, number>();

  constructor(private readonly table: TableClient) {}

  async createJob(job: Omit<OutboxJob, "state" | "total">, recipients: readonly OutboxRecipient[]): Promise<OutboxJob> {
    const existing = await this.getJob(job.jobId);
    if (existing) return existing; // items were all written before the job row: nothing to redo
    const shards = shardCount(recipients.length);
    const partitions = new Map<string, TransactionAction[]>();
    for (const r of recipients) {
      const partitionKey = shardPartition(job.jobId, shardOf(r.recipientId, shards));
      const entity: ItemEntity = { partitionKey, rowKey: itemRowKey(r.recipientId), recipientId: r.recipientId, conversationId: r.conversationId, address: r.address ?? "", status: "queued", attempts: 0, dueAt: dueKey(0) };
      const list = partitions.get(partitionKey) ?? [];
      list.push(["upsert", entity, "Replace"]);
      partitions.set(partitionKey, list);
    }
    const batches = [...partitions.values()].flatMap((actions) => chunk(actions, BATCH));
    await inParallel(batches, 4, async (batch) => {
      this.operations++;
      await this.table.submitTransaction(batch);
    });
    const entity: JobEntity = { partitionKey: JOB_PARTITION, rowKey: job.jobId, payload: job.payload, state: "sending", total: recipients.length, shards, createdAt: job.createdAt };
    this.operations++;
    try {
      await this.table.createEntity(entity);
    } catch (err) {
      if (!isConflict(err)) throw err;
      return (await this.getJob(job.jobId))!; // a concurrent createJob of the same job wrote the same items
    }
    this.shards.set(job.jobId, shards);
    return { jobId: job.jobId, payload: job.payload, state: "sending", total: recipients.length, createdAt: job.createdAt };
  }

  async getJob(jobId: string): Promise<OutboxJob | undefined> {
    this.operations++;
    try {
      const job = toJob(await this.table.getEntity<JobEntity>(JOB_PARTITION, jobId));
      this.shards.set(jobId, job.shards);
      return { jobId: job.jobId, payload: job.payload, state: job.state, total: job.total, createdAt: job.createdAt };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async listDue(jobId: string, now: number, limit: number): Promise<OutboxItem[]> {
    const shards = await this.shardsOf(jobId);
    const start = Math.floor(Math.random() * shards);
    const out: OutboxItem[] = [];
    for (let k = 0; k < shards && out.length < limit; k++) {
      const filter = `${this.itemRange(jobId, (start + k) % shards)} and dueAt le ${odataString(dueKey(now))} and ${OPEN}`;
      out.push(...(await this.query(jobId, filter, limit - out.length)));
    }
    return out;
  }

  async nextDue(jobId: string): Promise<number | undefined> {
    let next: number | undefined;
    for (let s = 0; s < (await this.shardsOf(jobId)); s++) {
      for (const item of await this.query(jobId, `${this.itemRange(jobId, s)} and ${OPEN}`, Infinity)) {
        next = next === undefined ? item.dueAt : Math.min(next, item.dueAt);
      }
    }
    return next;
  }

  async claim(item: OutboxItem, owner: string, leaseUntil: number): Promise<OutboxItem | undefined> {
    const keys = await this.keys(item);
    this.operations++;
    try {
      const res = await this.table.updateEntity({ ...keys, status: "sending", leaseOwner: owner, dueAt: dueKey(leaseUntil) }, "Merge", { etag: item.etag });
      return { ...item, status: "sending", leaseOwner: owner, dueAt: leaseUntil, etag: res.etag ?? "" };
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) return undefined;
      throw err;
    }
  }

  async hasSentMarker(jobId: string, recipientId: string): Promise<boolean> {
    const partitionKey = shardPartition(jobId, shardOf(recipientId, await this.shardsOf(jobId)));
    this.operations++;
    try {
      await this.table.getEntity(partitionKey, markerRowKey(recipientId), { queryOptions: { select: ["RowKey"] } });
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async recordSent(item: OutboxItem, update: ItemUpdate): Promise<void> {
    const keys = await this.keys(item);
    const marker = { partitionKey: keys.partitionKey, rowKey: markerRowKey(item.recipientId), at: update.sentAt ?? "", activityId: update.activityId ?? "" };
    this.operations++;
    try {
      await this.table.submitTransaction([["create", marker], ["update", { ...keys, ...fields(update) }, "Merge", { etag: item.etag }]]);
    } catch (err) {
      if (![404, 409, 412].includes(statusOf(err) ?? 0)) throw err;
      // The lease was lost meanwhile: record the send anyway, the marker first, so the new holder does not send.
      this.operations += 2;
      await this.table.createEntity(marker).catch((e) => (isConflict(e) ? undefined : Promise.reject(e)));
      await this.table.updateEntity({ ...keys, ...fields(update) }, "Merge");
    }
  }

  async update(item: OutboxItem, update: ItemUpdate): Promise<boolean> {
    this.operations++;
    try {
      await this.table.updateEntity({ ...(await this.keys(item)), ...fields(update) }, "Merge", { etag: item.etag });
      return true;
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) return false;
      throw err;
    }
  }

  async cancel(jobId: string): Promise<number> {
    this.operations++;
    await this.table.updateEntity({ partitionKey: JOB_PARTITION, rowKey: jobId, state: "cancelled" }, "Merge");
    let cancelled = 0;
    for (let s = 0; s < (await this.shardsOf(jobId)); s++) {
      // Pending items, and sending ones whose lease ended (their worker is gone). A batch that meets an item a
      // worker claimed meanwhile fails as a whole (ETag): read again and retry.
      for (let round = 0; round < 10; round++) {
        const filter = `${this.itemRange(jobId, s)} and ((status eq 'queued' or status eq 'retrying') or (status eq 'sending' and dueAt lt ${odataString(dueKey(Date.now()))}))`;
        const items = await this.query(jobId, filter, Infinity);
        if (items.length === 0) break;
        let conflicts = 0;
        for (const batch of chunk(items, BATCH)) {
          this.operations++;
          try {
            await this.table.submitTransaction(batch.map((i) => ["update", { partitionKey: shardPartition(jobId, s), rowKey: itemRowKey(i.recipientId), status: "cancelled" }, "Merge", { etag: i.etag }]));
            cancelled += batch.length;
          } catch (err) {
            if (!isPreconditionFailed(err) && !isNotFound(err)) throw err;
            conflicts++;
          }
        }
        if (conflicts === 0) break;
      }
    }
    return cancelled;
  }

  async markDone(jobId: string): Promise<OutboxJob["state"]> {
    this.operations += 2;
    const job = await this.table.getEntity<JobEntity>(JOB_PARTITION, jobId);
    if (job.state !== "sending") return job.state;
    try {
      await this.table.updateEntity({ partitionKey: JOB_PARTITION, rowKey: jobId, state: "done" }, "Merge", { etag: job.etag });
      return "done";
    } catch (err) {
      if (!isPreconditionFailed(err)) throw err;
      return (await this.getJob(jobId))?.state ?? "done"; // cancelled or finished by another worker meanwhile
    }
  }

  async counts(jobId: string): Promise<StatusCounts> {
    const counts = emptyCounts();
    for (let s = 0; s < (await this.shardsOf(jobId)); s++) {
      for (const item of await this.query(jobId, this.itemRange(jobId, s), Infinity)) counts[item.status]++;
    }
    return counts;
  }

  /** Every item of the job (for the tab's per-recipient status, and for tests). */
  async listItems(jobId: string): Promise<OutboxItem[]> {
    const out: OutboxItem[] = [];
    for (let s = 0; s < (await this.shardsOf(jobId)); s++) out.push(...(await this.query(jobId, this.itemRange(jobId, s), Infinity)));
    return out;
  }

  private itemRange(jobId: string, shard: number): string {
    return `PartitionKey eq ${odataString(shardPartition(jobId, shard))} and RowKey ge '${ITEM_PREFIX}' and RowKey lt '${ITEM_RANGE_END}'`;
  }

  private async query(jobId: string, filter: string, limit: number): Promise<OutboxItem[]> {
    const out: OutboxItem[] = [];
    const pages = this.table.listEntities<ItemEntity>({ queryOptions: { filter } }).byPage({ maxPageSize: Math.min(1000, limit) });
    for await (const page of pages) {
      this.operations++;
      for (const e of page) if (out.length < limit) out.push(toItem(jobId, e));
      if (out.length >= limit) break;
    }
    return out;
  }

  private async shardsOf(jobId: string): Promise<number> {
    if (!this.shards.has(jobId) && !(await this.getJob(jobId))) throw new Error(`outbox job not found: ${jobId}`);
    return this.shards.get(jobId)!;
  }

  private async keys(item: OutboxItem) {
    return { partitionKey: shardPartition(item.jobId, shardOf(item.recipientId, await this.shardsOf(item.jobId))), rowKey: itemRowKey(item.recipientId) };
  }
}

function fields(u: ItemUpdate): Record<string, string | number> {
  const out: Record<string, string | number> = { status: u.status, attempts: u.attempts, dueAt: dueKey(u.dueAt) };
  if (u.lastError !== undefined) out.lastError = u.lastError.slice(0, 1000);
  if (u.sentAt !== undefined) out.sentAt = u.sentAt;
  if (u.activityId !== undefined) out.activityId = u.activityId;
  return out;
}
