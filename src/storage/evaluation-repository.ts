import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { EvaluationRepository, StoredEvaluation, UnitCalibration } from "../services/evaluation-ports";
import { ConflictError } from "../services/planning-ports";
import { fromJsonColumns, toJsonColumns } from "./json-columns";
import { isConflict, isNotFound, isPreconditionFailed, odataString } from "./tables";

/**
 * Evaluations: PartitionKey = `${periodId}|${unitId}` (the calibration unit), RowKey = employee id; the unit's
 * calibration row (organisation predikat, override) is RowKey CALIBRATION_ROW in the same partition. An index
 * row per employee (PartitionKey `emp|${employeeId}`, RowKey = period id) says which unit partition holds their
 * evaluation, so "my evaluation" is two point reads even after the directory moved them. The evaluation itself
 * is JSON (json-columns.ts); `state` is a column too, for reading the table by eye.
 */
const CALIBRATION_ROW = "~calibration";
const INDEX_PREFIX = "emp|";
/** A batch transaction holds at most 100 entities. */
const MAX_BATCH = 100;

export const evaluationPartitionKey = (periodId: string, unitId: string) => `${periodId}|${unitId}`;

interface Entity {
  partitionKey: string;
  rowKey: string;
  etag?: string;
  [column: string]: unknown;
}

export class TableEvaluationRepository implements EvaluationRepository {
  constructor(private readonly table: TableClient) {}

  async get(periodId: string, employeeId: string): Promise<StoredEvaluation | undefined> {
    const index = await this.read(INDEX_PREFIX + employeeId, periodId);
    if (!index) return undefined;
    const e = await this.read(evaluationPartitionKey(periodId, String(index.unitId)), employeeId);
    return e ? toEvaluation(e) : undefined;
  }

  async create(ev: StoredEvaluation): Promise<StoredEvaluation> {
    // The index first: a crash between the two leaves an index to a missing row, which get() reads as "none"
    // and the next create repairs; never an evaluation nobody can find.
    await this.table.upsertEntity({ partitionKey: INDEX_PREFIX + ev.employeeId, rowKey: ev.periodId, unitId: ev.unitId }, "Replace");
    try {
      const res = await this.table.createEntity(toEntity(ev));
      return { ...ev, etag: res.etag };
    } catch (err) {
      if (isConflict(err)) throw new ConflictError(`evaluation ${ev.id} exists`);
      throw err;
    }
  }

  async replace(ev: StoredEvaluation): Promise<StoredEvaluation> {
    if (!ev.etag) throw new Error("replace needs the ETag the evaluation was read with");
    try {
      const res = await this.table.updateEntity(toEntity(ev), "Replace", { etag: ev.etag });
      return { ...ev, etag: res.etag };
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) throw new ConflictError(`evaluation ${ev.id} changed`);
      throw err;
    }
  }

  async replaceAll(evaluations: readonly StoredEvaluation[]): Promise<void> {
    for (let i = 0; i < evaluations.length; i += MAX_BATCH) {
      const actions: TransactionAction[] = evaluations.slice(i, i + MAX_BATCH).map((ev) => {
        if (!ev.etag) throw new Error("replaceAll needs the ETag each evaluation was read with");
        return ["update", toEntity(ev), "Replace", { etag: ev.etag }];
      });
      try {
        await this.table.submitTransaction(actions);
      } catch (err) {
        if (isPreconditionFailed(err) || isNotFound(err) || isConflict(err)) throw new ConflictError("an evaluation of the unit changed");
        throw err;
      }
    }
  }

  async listUnit(periodId: string, unitId: string): Promise<{ evaluations: StoredEvaluation[]; calibration?: UnitCalibration }> {
    const filter = `PartitionKey eq ${odataString(evaluationPartitionKey(periodId, unitId))}`;
    const evaluations: StoredEvaluation[] = [];
    let calibration: UnitCalibration | undefined;
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) {
      if (e.rowKey === CALIBRATION_ROW) calibration = toCalibration(e);
      else evaluations.push(toEvaluation(e));
    }
    return { evaluations, calibration };
  }

  async saveCalibration(c: UnitCalibration): Promise<UnitCalibration> {
    const { etag, ...data } = c;
    const entity = { partitionKey: evaluationPartitionKey(c.periodId, c.unitId), rowKey: CALIBRATION_ROW, data: JSON.stringify(data) };
    try {
      const res = etag ? await this.table.updateEntity(entity, "Replace", { etag }) : await this.table.createEntity(entity);
      return { ...c, etag: res.etag };
    } catch (err) {
      if (isConflict(err) || isPreconditionFailed(err) || isNotFound(err)) throw new ConflictError(`calibration ${c.unitId} changed`);
      throw err;
    }
  }

  private async read(partitionKey: string, rowKey: string): Promise<Entity | undefined> {
    try {
      return await this.table.getEntity<Entity>(partitionKey, rowKey);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}

function toEntity(ev: StoredEvaluation): Entity {
  const { etag: _etag, ...doc } = ev;
  return { partitionKey: evaluationPartitionKey(ev.periodId, ev.unitId), rowKey: ev.employeeId, state: ev.state, ...toJsonColumns(doc) };
}

function toEvaluation(e: Entity): StoredEvaluation {
  return { ...fromJsonColumns<StoredEvaluation>(e), etag: e.etag };
}

function toCalibration(e: Entity): UnitCalibration {
  return { ...(JSON.parse(String(e.data)) as UnitCalibration), etag: e.etag };
}
