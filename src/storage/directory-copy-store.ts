import { createHash, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { TableClient, type TableEntity, type TransactionAction } from "@azure/data-tables";
import type { OrgData } from "../domain/org";
import { isConflict, isNotFound, isPreconditionFailed } from "./tables";

/**
 * The last good copy of the organisation directory, in Azure Tables.
 *
 * A copy is gzipped JSON cut into binary chunks, one entity each (PartitionKey `snapshot-<version>`,
 * RowKey the chunk index): an entity holds at most 1 MiB and a property 64 KiB. The row
 * (`pointer`, `current`) names the version in use; it is replaced with an ETag only after every chunk
 * is written, so a failed or concurrent save never replaces or damages the copy in use.
 */
export interface DirectoryCopy<TSource = unknown> {
  org: OrgData;
  /** What the source needs to refresh incrementally (Graph: raw users, group members, deltaLink). */
  source: TSource;
}

export interface StoredDirectoryCopy<TSource = unknown> {
  copy: DirectoryCopy<TSource>;
  version: string;
  savedAt: string;
  /** ETag of the pointer row: pass it to `save` so a copy is only replaced by a successor of it. */
  etag: string;
}

export interface DirectoryCopyStore<TSource = unknown> {
  load(): Promise<StoredDirectoryCopy<TSource> | null>;
  /** `expectedEtag` null: there must be no copy yet. Throws DirectoryCopyConflictError otherwise. */
  save(copy: DirectoryCopy<TSource>, expectedEtag: string | null): Promise<StoredDirectoryCopy<TSource>>;
}

export class DirectoryCopyConflictError extends Error {}
export class DirectoryCopyCorruptError extends Error {}

const POINTER_PARTITION = "pointer";
const POINTER_ROW = "current";
const SNAPSHOT_PARTITION_PREFIX = "snapshot-";
/** Below the 64 KiB limit of a binary property. */
export const CHUNK_BYTES = 60 * 1024;
/** A batch is at most 100 entities and 4 MiB; base64 makes a 60 KiB chunk about 80 KiB on the wire. */
const CHUNKS_PER_BATCH = 40;
const ENCODING = "gzip-json";

interface PointerEntity {
  version: string;
  chunkCount: number;
  byteLength: number;
  sha256: string;
  savedAt: string;
  encoding: string;
}

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export class TableDirectoryCopyStore<TSource = unknown> implements DirectoryCopyStore<TSource> {
  constructor(private readonly table: TableClient) {}

  static fromConnectionString<T>(connectionString: string, tableName: string): TableDirectoryCopyStore<T> {
    return new TableDirectoryCopyStore<T>(
      TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection: true }),
    );
  }

  /** Creates the table when missing; an existing one (and its copy) is kept. */
  async ensureTable(): Promise<void> {
    await this.table.createTable();
  }

  async load(): Promise<StoredDirectoryCopy<TSource> | null> {
    // A save by another instance may delete the chunks of the version we just read the pointer of:
    // read the pointer once more before calling the copy damaged.
    for (let attempt = 1; ; attempt++) {
      const pointer = await this.readPointer();
      if (!pointer) return null;
      const bytes = await this.readChunks(pointer.entity);
      if (bytes) return { copy: await decode<TSource>(bytes), version: pointer.entity.version, savedAt: pointer.entity.savedAt, etag: pointer.etag };
      const again = await this.readPointer();
      if (attempt >= 2 || again?.entity.version === pointer.entity.version) {
        throw new DirectoryCopyCorruptError(`Directory copy ${pointer.entity.version} is incomplete or damaged`);
      }
    }
  }

  async save(copy: DirectoryCopy<TSource>, expectedEtag: string | null): Promise<StoredDirectoryCopy<TSource>> {
    const previous = await this.readPointer();
    if ((previous?.etag ?? null) !== expectedEtag) {
      throw new DirectoryCopyConflictError("The directory copy was replaced since it was loaded");
    }
    const bytes = await gzipAsync(Buffer.from(JSON.stringify(copy), "utf8"));
    const version = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
    const pointer: PointerEntity = {
      version,
      chunkCount: Math.ceil(bytes.length / CHUNK_BYTES),
      byteLength: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      savedAt: new Date().toISOString(),
      encoding: ENCODING,
    };
    let etag: string;
    try {
      await this.writeChunks(version, bytes);
      etag = await this.writePointer(pointer, expectedEtag);
    } catch (err) {
      await this.deleteSnapshot(version).catch(() => undefined);
      throw err;
    }
    // The replaced version is no longer pointed at; removing it is housekeeping, not part of the save.
    if (previous) await this.deleteSnapshot(previous.entity.version).catch(() => undefined);
    return { copy, version, savedAt: pointer.savedAt, etag };
  }

  private async readPointer(): Promise<{ entity: PointerEntity; etag: string } | null> {
    try {
      const e = await this.table.getEntity<PointerEntity>(POINTER_PARTITION, POINTER_ROW);
      return { entity: e, etag: e.etag };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  private async writePointer(pointer: PointerEntity, expectedEtag: string | null): Promise<string> {
    const entity: TableEntity<PointerEntity> = { partitionKey: POINTER_PARTITION, rowKey: POINTER_ROW, ...pointer };
    try {
      const res =
        expectedEtag === null
          ? await this.table.createEntity(entity)
          : await this.table.updateEntity(entity, "Replace", { etag: expectedEtag });
      if (!res.etag) throw new Error("Table service returned no ETag for the directory pointer");
      return res.etag;
    } catch (err) {
      if (isConflict(err) || isPreconditionFailed(err)) {
        throw new DirectoryCopyConflictError("Another sync replaced the directory copy first");
      }
      throw err;
    }
  }

  private async writeChunks(version: string, bytes: Buffer): Promise<void> {
    const actions: TransactionAction[] = [];
    for (let i = 0, offset = 0; offset < bytes.length; i++, offset += CHUNK_BYTES) {
      const data = new Uint8Array(bytes.subarray(offset, offset + CHUNK_BYTES));
      actions.push(["create", { partitionKey: partitionOf(version), rowKey: rowKeyOf(i), data }]);
    }
    for (let i = 0; i < actions.length; i += CHUNKS_PER_BATCH) {
      await this.table.submitTransaction(actions.slice(i, i + CHUNKS_PER_BATCH));
    }
  }

  /** The chunks joined and checked against the pointer; null when any is missing or altered. */
  private async readChunks(pointer: PointerEntity): Promise<Buffer | null> {
    if (pointer.encoding !== ENCODING) throw new DirectoryCopyCorruptError(`Unknown copy encoding ${pointer.encoding}`);
    const parts: Buffer[] = [];
    const filter = `PartitionKey eq '${partitionOf(pointer.version)}'`;
    for await (const e of this.table.listEntities<{ data: Uint8Array }>({ queryOptions: { filter } })) {
      if (e.rowKey !== rowKeyOf(parts.length)) return null;
      parts.push(Buffer.from(e.data));
    }
    const bytes = Buffer.concat(parts);
    const intact =
      parts.length === pointer.chunkCount &&
      bytes.length === pointer.byteLength &&
      createHash("sha256").update(bytes).digest("hex") === pointer.sha256;
    return intact ? bytes : null;
  }

  private async deleteSnapshot(version: string): Promise<void> {
    const filter = `PartitionKey eq '${partitionOf(version)}'`;
    const actions: TransactionAction[] = [];
    for await (const e of this.table.listEntities({ queryOptions: { filter, select: ["RowKey"] } })) {
      actions.push(["delete", { partitionKey: partitionOf(version), rowKey: e.rowKey ?? "" }]);
    }
    for (let i = 0; i < actions.length; i += 100) await this.table.submitTransaction(actions.slice(i, i + 100));
  }
}

const partitionOf = (version: string): string => `${SNAPSHOT_PARTITION_PREFIX}${version}`;
/** Zero-padded so RowKey order (the order Tables returns) is chunk order. */
const rowKeyOf = (index: number): string => String(index).padStart(6, "0");

async function decode<T>(bytes: Buffer): Promise<DirectoryCopy<T>> {
  const copy = JSON.parse((await gunzipAsync(bytes)).toString("utf8")) as DirectoryCopy<T>;
  if (!copy || typeof copy !== "object" || !Array.isArray(copy.org?.people) || !Array.isArray(copy.org?.units)) {
    throw new DirectoryCopyCorruptError("The directory copy does not hold an organisation");
  }
  return copy;
}

/** Keeps the copy in memory only: for benches and tests of the sync logic without a Table service. */
export class MemoryDirectoryCopyStore<TSource = unknown> implements DirectoryCopyStore<TSource> {
  private current: StoredDirectoryCopy<TSource> | null = null;
  private counter = 0;

  async load(): Promise<StoredDirectoryCopy<TSource> | null> {
    return this.current ? structuredClone(this.current) : null;
  }

  async save(copy: DirectoryCopy<TSource>, expectedEtag: string | null): Promise<StoredDirectoryCopy<TSource>> {
    if ((this.current?.etag ?? null) !== expectedEtag) throw new DirectoryCopyConflictError("The directory copy was replaced");
    this.counter++;
    const version = `mem-${this.counter}`;
    this.current = { copy: structuredClone(copy), version, savedAt: new Date().toISOString(), etag: `etag-${this.counter}` };
    return structuredClone(this.current);
  }
}
