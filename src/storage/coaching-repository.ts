import type { TableClient } from "@azure/data-tables";
import type { CoachingRepository, CoachingSession } from "../services/coaching-ports";
import { ConflictError } from "../services/planning-ports";
import { isConflict, isNotFound, isPreconditionFailed, odataString } from "./tables";

/**
 * Coaching sessions: PartitionKey `emp|${employeeId}`, RowKey = session id, the session as JSON. An index row per
 * session under PartitionKey `due|${followUpDate}` (RowKey `${employeeId}|${sessionId}`) lets the daily tick find
 * the sessions due today with one partition query instead of a table scan. The index is written first: an index
 * to a missing session is skipped, never a session nobody reminds.
 */
const EMP = "emp|";
const DUE = "due|";

interface Entity {
  partitionKey: string;
  rowKey: string;
  etag?: string;
  data?: string;
}

export class TableCoachingRepository implements CoachingRepository {
  constructor(private readonly table: TableClient) {}

  async create(s: CoachingSession): Promise<CoachingSession> {
    await this.table.upsertEntity({ partitionKey: DUE + s.followUpDate, rowKey: `${s.employeeId}|${s.id}` }, "Replace");
    try {
      const res = await this.table.createEntity(toEntity(s));
      return { ...s, etag: res.etag };
    } catch (err) {
      if (isConflict(err)) throw new ConflictError(`coaching session ${s.id} exists`);
      throw err;
    }
  }

  async get(employeeId: string, sessionId: string): Promise<CoachingSession | undefined> {
    try {
      return toSession(await this.table.getEntity<Entity>(EMP + employeeId, sessionId));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async listForEmployee(employeeId: string): Promise<CoachingSession[]> {
    const out: CoachingSession[] = [];
    const filter = `PartitionKey eq ${odataString(EMP + employeeId)}`;
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) out.push(toSession(e));
    return out.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
  }

  async replace(s: CoachingSession): Promise<CoachingSession> {
    if (!s.etag) throw new Error("replace needs the ETag the session was read with");
    try {
      const res = await this.table.updateEntity(toEntity(s), "Replace", { etag: s.etag });
      return { ...s, etag: res.etag };
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) throw new ConflictError(`coaching session ${s.id} changed`);
      throw err;
    }
  }

  async listDueOn(date: string): Promise<CoachingSession[]> {
    const out: CoachingSession[] = [];
    const filter = `PartitionKey eq ${odataString(DUE + date)}`;
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) {
      const [employeeId, sessionId] = e.rowKey.split("|");
      const s = employeeId && sessionId ? await this.get(employeeId, sessionId) : undefined;
      // A session whose follow-up date changed since keeps a stale index row here: skip it.
      if (s && s.followUpDate === date) out.push(s);
    }
    return out;
  }
}

function toEntity(s: CoachingSession): Entity {
  const { etag: _etag, ...doc } = s;
  return { partitionKey: EMP + s.employeeId, rowKey: s.id, data: JSON.stringify(doc) };
}

function toSession(e: Entity): CoachingSession {
  return { ...(JSON.parse(String(e.data)) as CoachingSession), etag: e.etag };
}
