import type { TableClient } from "@azure/data-tables";
import type { FeedbackRequestRepository, StoredFeedbackRequest } from "../services/feedback-request-service";
import { ConflictError } from "../services/planning-ports";
import { fromJsonColumns, toJsonColumns } from "./json-columns";
import { isConflict, isNotFound, isPreconditionFailed } from "./tables";

/** Feedback requests: PartitionKey = the employee the feedback is about, RowKey = request id; answers inside. */
export class TableFeedbackRequestRepository implements FeedbackRequestRepository {
  constructor(private readonly table: TableClient) {}

  async create(request: StoredFeedbackRequest): Promise<StoredFeedbackRequest> {
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
}

function toEntity(request: StoredFeedbackRequest) {
  const { etag: _etag, ...doc } = request;
  return { partitionKey: request.employeeId, rowKey: request.id, ...toJsonColumns(doc) };
}
