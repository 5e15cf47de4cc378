import type { TableClient } from "@azure/data-tables";
import { ConflictError, type SkpOutline, type SkpRepository, type SkpRevisionState, type StoredSkp } from "../services/planning-ports";
import { fromJsonColumns, toJsonColumns } from "./json-columns";
import { isConflict, isNotFound, isPreconditionFailed, odataString } from "./tables";

/**
 * SKP revisions: PartitionKey = `${year}_${opdId}`, RowKey = `${employeeId}_${revision as 4 digits}`.
 * Everything of one OPD and year is one partition (coverage reads it with one query); an employee's revisions
 * are a RowKey range inside it, in revision order. The whole SKP is JSON in `json0..n` (json-columns.ts);
 * `employeeId`, `revision` and `state` are columns too, for filtering and for reading the table by eye; the
 * RHK links (id, text, parent) are repeated in `outline0..n`, so coverage selects only those columns.
 */
const REVISION_DIGITS = 4;
/** The character after '_' in ASCII: `${employeeId}_` ≤ RowKey < `${employeeId}\`` is that employee's range. */
const RANGE_END = "`";
/** Shares of the 1 MiB entity (30,000 UTF-16 characters per part): document 12 parts, outline 3 (50 RHKs of 1,000 chars). */
const DOCUMENT_PARTS = 12;
const OUTLINE_PARTS = 3;
const OUTLINE_COLUMNS = ["employeeId", "revision", "state", "outlineParts", ...Array.from({ length: OUTLINE_PARTS }, (_, i) => `outline${i}`)];

interface SkpEntity {
  partitionKey: string;
  rowKey: string;
  employeeId: string;
  revision: number;
  state: string;
  etag?: string;
  [column: string]: unknown;
}

export const skpPartitionKey = (year: number, opdId: string): string => `${year}_${opdId}`;
export const skpRowKey = (employeeId: string, revision: number): string =>
  `${employeeId}_${String(revision).padStart(REVISION_DIGITS, "0")}`;

export class TableSkpRepository implements SkpRepository {
  constructor(private readonly table: TableClient) {}

  async listRevisions(year: number, opdId: string, employeeId: string): Promise<StoredSkp[]> {
    const filter =
      `PartitionKey eq ${odataString(skpPartitionKey(year, opdId))} ` +
      `and RowKey ge ${odataString(`${employeeId}_`)} and RowKey lt ${odataString(`${employeeId}${RANGE_END}`)}`;
    // An id that itself contains '_' (e.g. "abc_x") falls in the range of "abc": the column decides.
    return (await this.query(filter)).filter((s) => s.employeeId === employeeId);
  }

  async listRevisionStates(year: number, opdId: string, employeeId: string): Promise<SkpRevisionState[]> {
    const filter =
      `PartitionKey eq ${odataString(skpPartitionKey(year, opdId))} ` +
      `and RowKey ge ${odataString(`${employeeId}_`)} and RowKey lt ${odataString(`${employeeId}${RANGE_END}`)}`;
    const out: SkpRevisionState[] = [];
    for await (const e of this.table.listEntities<SkpEntity>({ queryOptions: { filter, select: ["employeeId", "revision", "state"] } })) {
      if (e.employeeId === employeeId) out.push({ employeeId, revision: Number(e.revision), state: e.state as SkpRevisionState["state"] });
    }
    return out.sort((a, b) => a.revision - b.revision);
  }

  async listRevisionStatesByOpd(year: number, opdId: string): Promise<SkpRevisionState[]> {
    const filter = `PartitionKey eq ${odataString(skpPartitionKey(year, opdId))}`;
    const out: SkpRevisionState[] = [];
    for await (const e of this.table.listEntities<SkpEntity>({ queryOptions: { filter, select: ["employeeId", "revision", "state"] } })) {
      out.push({ employeeId: e.employeeId, revision: Number(e.revision), state: e.state as SkpRevisionState["state"] });
    }
    return out.sort((a, b) => a.revision - b.revision);
  }

  async listByOpd(year: number, opdId: string): Promise<StoredSkp[]> {
    return this.query(`PartitionKey eq ${odataString(skpPartitionKey(year, opdId))}`);
  }

  async create(skp: StoredSkp): Promise<StoredSkp> {
    try {
      const res = await this.table.createEntity(toEntity(skp));
      return { ...withoutEtag(skp), etag: res.etag };
    } catch (err) {
      if (isConflict(err)) throw new ConflictError(`SKP ${skp.employeeId} revision ${skp.revision} already exists`);
      throw err;
    }
  }

  async replace(skp: StoredSkp): Promise<StoredSkp> {
    if (!skp.etag) throw new Error("replace needs the ETag the SKP was read with");
    try {
      const res = await this.table.updateEntity(toEntity(skp), "Replace", { etag: skp.etag });
      return { ...withoutEtag(skp), etag: res.etag };
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) {
        throw new ConflictError(`SKP ${skp.employeeId} revision ${skp.revision} was changed by someone else`);
      }
      throw err;
    }
  }

  async listOutlinesByOpd(year: number, opdId: string): Promise<SkpOutline[]> {
    const filter = `PartitionKey eq ${odataString(skpPartitionKey(year, opdId))}`;
    const out: SkpOutline[] = [];
    for await (const e of this.table.listEntities<SkpEntity>({ queryOptions: { filter, select: [...OUTLINE_COLUMNS, "PartitionKey", "RowKey"] } })) {
      const rhks = e.outlineParts ? fromJsonColumns<SkpOutline["rhks"]>(e, "outline") : await this.rhksOf(e.partitionKey, e.rowKey);
      out.push({ employeeId: e.employeeId, revision: Number(e.revision), state: e.state as SkpOutline["state"], rhks });
    }
    return out;
  }

  /** A revision written before outlines existed: read the whole document once. */
  private async rhksOf(partitionKey: string, rowKey: string): Promise<SkpOutline["rhks"]> {
    const skp = fromJsonColumns<StoredSkp>(await this.table.getEntity(partitionKey, rowKey));
    return skp.rhks.map((r) => ({ id: r.id, text: r.text, parent: r.parent }));
  }

  private async query(filter: string): Promise<StoredSkp[]> {
    const out: StoredSkp[] = [];
    for await (const e of this.table.listEntities<SkpEntity>({ queryOptions: { filter } })) {
      out.push({ ...fromJsonColumns<StoredSkp>(e), etag: e.etag });
    }
    return out;
  }
}

function withoutEtag(skp: StoredSkp): StoredSkp {
  const { etag: _etag, ...rest } = skp;
  return rest;
}

function toEntity(skp: StoredSkp): SkpEntity {
  return {
    partitionKey: skpPartitionKey(skp.year, skp.opdId),
    rowKey: skpRowKey(skp.employeeId, skp.revision),
    employeeId: skp.employeeId,
    revision: skp.revision,
    state: skp.state,
    ...toJsonColumns(withoutEtag(skp), "json", DOCUMENT_PARTS),
    ...toJsonColumns(skp.rhks.map((r) => ({ id: r.id, text: r.text, parent: r.parent })), "outline", OUTLINE_PARTS),
  };
}
