import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { EvaluationState } from "../domain/evaluation";
import type { Predikat } from "../domain/predikat";
import type { EvaluationRepository, EvaluationSummary, StoredEvaluation, UnitCalibration } from "../services/evaluation-ports";
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

  async listUnitSummaries(periodId: string, unitId: string): Promise<{ summaries: EvaluationSummary[]; calibration?: UnitCalibration }> {
    const filter = `PartitionKey eq ${odataString(evaluationPartitionKey(periodId, unitId))}`;
    const summaries: EvaluationSummary[] = [];
    let calibration: UnitCalibration | undefined;
    // Only the columns the view shows: the documents (~700 bytes each) were most of the time of a 1,500-row unit.
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter, select: ["RowKey", "state", "predikat", "data"] } })) {
      if (e.rowKey === CALIBRATION_ROW) {
        calibration = toCalibration(e);
        continue;
      }
      const state = e.state as EvaluationState;
      if (typeof e.predikat === "string") summaries.push({ employeeId: e.rowKey, state, predikat: e.predikat as Predikat });
      else if (state === "draft" || state === "self_assessed") summaries.push({ employeeId: e.rowKey, state });
      else {
        // Rated before the predikat column existed: read the document once.
        const full = await this.read(evaluationPartitionKey(periodId, unitId), e.rowKey);
        const ev = full ? toEvaluation(full) : undefined;
        summaries.push({ employeeId: e.rowKey, state, ...(ev?.rating ? { predikat: ev.rating.predikat } : {}) });
      }
    }
    return { summaries, calibration };
  }

  async listPeriod(periodId: string): Promise<{ evaluations: StoredEvaluation[]; calibrations: UnitCalibration[] }> {
    // Keys `${periodId}|${unitId}` sort between `${periodId}|` and `${periodId}}` ('}' follows '|'): one range query.
    const filter = `PartitionKey ge ${odataString(`${periodId}|`)} and PartitionKey lt ${odataString(`${periodId}}`)}`;
    const evaluations: StoredEvaluation[] = [];
    const calibrations: UnitCalibration[] = [];
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) {
      if (e.rowKey === CALIBRATION_ROW) calibrations.push(toCalibration(e));
      else evaluations.push(toEvaluation(e));
    }
    return { evaluations, calibrations };
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
  // state and predikat are columns too, so the calibration view can read them without the document.
  const predikat = ev.rating ? { predikat: ev.rating.predikat } : {};
  return { partitionKey: evaluationPartitionKey(ev.periodId, ev.unitId), rowKey: ev.employeeId, state: ev.state, ...predikat, ...toJsonColumns(doc) };
}

function toEvaluation(e: Entity): StoredEvaluation {
  return { ...fromJsonColumns<StoredEvaluation>(e), etag: e.etag };
}

function toCalibration(e: Entity): UnitCalibration {
  return { ...(JSON.parse(String(e.data)) as UnitCalibration), etag: e.etag };
}
