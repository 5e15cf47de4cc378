import type { TableClient } from "@azure/data-tables";
import type { AskedIndexEntry, FeedbackRequestRepository, StoredFeedbackRequest } from "../services/feedback-request-service";
import { ConflictError } from "../services/planning-ports";
import { fromJsonColumns, toJsonColumns } from "./json-columns";
import { isConflict, isNotFound, isPreconditionFailed, odataString } from "./tables";

const ASKED = "asked|";

/**
 * Feedback requests: PartitionKey = the employee the feedback is about, RowKey = request id; answers inside.
 * An index row per named colleague (PartitionKey `asked|${colleagueId}`, RowKey `${employeeId}|${requestId}`)
 * lets a colleague's "waiting for me" list find the requests naming them with one partition query. The index is
 * written first: an index row whose request was never created points at nothing and is skipped by readers.
 */
export class TableFeedbackRequestRepository implements FeedbackRequestRepository {
  constructor(private readonly table: TableClient) {}

  async create(request: StoredFeedbackRequest): Promise<StoredFeedbackRequest> {
    for (const colleagueId of request.colleagueIds) {
      await this.table.upsertEntity({ partitionKey: ASKED + colleagueId, rowKey: `${request.employeeId}|${request.id}`, createdAt: request.createdAt }, "Replace");
    }
    try {
      const res = await this.table.createEntity(toEntity(request));
      return { ...request, etag: res.etag };
    } catch (err) {
      if (isConflict(err)) throw new ConflictError(`feedback request ${request.id} exists`);
      throw err;
    }
  }

  async get(employeeId: string, requestId: string): Promise<StoredFeedbackRequest | undefined> {
    try {
      const e = await this.table.getEntity<Record<string, unknown>>(employeeId, requestId);
      return { ...fromJsonColumns<StoredFeedbackRequest>(e), etag: e.etag as string };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async replace(request: StoredFeedbackRequest): Promise<StoredFeedbackRequest> {
    if (!request.etag) throw new Error("replace needs the ETag the request was read with");
    try {
      const res = await this.table.updateEntity(toEntity(request), "Replace", { etag: request.etag });
      return { ...request, etag: res.etag };
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) throw new ConflictError(`feedback request ${request.id} changed`);
      throw err;
    }
  }

  async listAskedOf(colleagueId: string, since: string): Promise<AskedIndexEntry[]> {
    const out: AskedIndexEntry[] = [];
    const filter = `PartitionKey eq ${odataString(ASKED + colleagueId)} and createdAt ge ${odataString(since)}`;
    for await (const e of this.table.listEntities<{ rowKey: string; createdAt: string }>({ queryOptions: { filter } })) {
      const [employeeId, requestId] = e.rowKey.split("|");
      if (employeeId && requestId) out.push({ employeeId, requestId, createdAt: e.createdAt });
    }
    return out;
  }
}

function toEntity(request: StoredFeedbackRequest) {
  const { etag: _etag, ...doc } = request;
  return { partitionKey: request.employeeId, rowKey: request.id, ...toJsonColumns(doc) };
}
