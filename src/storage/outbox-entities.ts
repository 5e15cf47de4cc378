/**
 * Keys and entity mapping of the Outbox table (docs/sender.md). One partition per job shard holds the items
 * (RowKey `i_<recipient>`) and their idempotency markers (`m_<recipient>`), so an item and its marker are
 * written in one entity-group transaction; jobs are rows of the partition `job`.
 */
import type { OutboxItem, OutboxJob, OutboxStatus } from "../services/outbox/model";

export const JOB_PARTITION = "job";
export const ITEM_PREFIX = "i_";
export const MARKER_PREFIX = "m_";
/** The character after '_' in ASCII: `RowKey lt 'i`'` ends the item range. */
export const ITEM_RANGE_END = "i`";
/** Items per shard partition at most 2,000 entities/s each (CONVENTIONS §3); more shards spread larger jobs. */
export const ITEMS_PER_SHARD = 500;
export const MAX_SHARDS = 16;

/** RowKeys may not hold / \ # ? or control characters; encodeURIComponent removes all of them. */
export const keyOf = (recipientId: string) => encodeURIComponent(recipientId);
export const itemRowKey = (recipientId: string) => `${ITEM_PREFIX}${keyOf(recipientId)}`;
export const markerRowKey = (recipientId: string) => `${MARKER_PREFIX}${keyOf(recipientId)}`;
export const shardPartition = (jobId: string, shard: number) => `${jobId}~${shard}`;

export function shardCount(items: number): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(items / ITEMS_PER_SHARD)));
}

/** A stable shard per recipient (FNV-1a), so a re-run of createJob writes each item to the same place. */
export function shardOf(recipientId: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < recipientId.length; i++) h = Math.imul(h ^ recipientId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/** Epoch ms as a fixed-width string: compares correctly in filters on every Tables implementation. */
export const dueKey = (ms: number) => String(Math.max(0, Math.floor(ms))).padStart(15, "0");

export type ItemEntity = {
  partitionKey: string;
  rowKey: string;
  recipientId: string;
  conversationId: string;
  address?: string;
  status: OutboxStatus;
  attempts: number;
  dueAt: string;
  leaseOwner?: string;
  lastError?: string;
  sentAt?: string;
  activityId?: string;
  etag?: string;
};

export type JobEntity = {
  partitionKey: string;
  rowKey: string;
  payload: string;
  state: OutboxJob["state"];
  total: number;
  shards: number;
  createdAt: string;
};

export function toItem(jobId: string, e: ItemEntity): OutboxItem {
  return {
    jobId,
    recipientId: e.recipientId,
    conversationId: e.conversationId,
    address: e.address || undefined,
    status: e.status,
    attempts: e.attempts,
    dueAt: Number(e.dueAt),
    leaseOwner: e.leaseOwner || undefined,
    lastError: e.lastError || undefined,
    sentAt: e.sentAt || undefined,
    activityId: e.activityId || undefined,
    etag: e.etag ?? "",
  };
}

export function toJob(e: JobEntity): OutboxJob & { shards: number } {
  return { jobId: e.rowKey, payload: e.payload, state: e.state, total: e.total, shards: e.shards, createdAt: e.createdAt };
}
