import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { CompetencyRepository, JpCredit, Registration, StoredNeed, Training } from "../services/competency-ports";
import { ConflictError } from "../services/planning-ports";
import { isConflict, isNotFound, isPreconditionFailed, odataString } from "./tables";

/**
 * Competency development in one table, keyed for its queries (docs/storage.md):
 * - `needs|{year}` / `{employeeId}|{needId}`: the year's needs; one employee's are a row-key range, the city's
 *   training needs analysis is one partition.
 * - `training|{trainingId}` / `~training` and `reg|{employeeId}`: a training and its registrations share a
 *   partition, so a registration and the training's ETag commit together (no seat is given twice).
 * - `jp|{year}` / `{employeeId}|{creditId}`: JP credits of the year; JP compliance is one partition query.
 * - `once` / key: at-most-once markers of reminders and announcements.
 */
const TRAINING_ROW = "~training";
const REG_PREFIX = "reg|";
const MAX_BATCH = 100;

interface Entity {
  partitionKey: string;
  rowKey: string;
  etag?: string;
  data?: string;
  [column: string]: unknown;
}

const needsPk = (year: number) => `needs|${year}`;
const jpPk = (year: number) => `jp|${year}`;
const trainingPk = (id: string) => `training|${id}`;
/** Row keys of one employee: `{id}|` up to (not including) `{id}}` ('}' follows '|'). */
const employeeRange = (employeeId: string) => `RowKey ge ${odataString(`${employeeId}|`)} and RowKey lt ${odataString(`${employeeId}}`)}`;

function doc<T>(e: Entity): T {
  return { ...(JSON.parse(String(e.data)) as T), etag: e.etag };
}
function body(value: object): string {
  const { etag: _etag, ...rest } = value as { etag?: string };
  return JSON.stringify(rest);
}

export class TableCompetencyRepository implements CompetencyRepository {
  constructor(private readonly table: TableClient) {}

  private async list<T>(filter: string): Promise<T[]> {
    const out: T[] = [];
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter } })) out.push(doc<T>(e));
    return out;
  }

  needsOf(year: number, employeeId: string) {
    return this.list<StoredNeed>(`PartitionKey eq ${odataString(needsPk(year))} and ${employeeRange(employeeId)}`);
  }

  listNeeds(year: number) {
    return this.list<StoredNeed>(`PartitionKey eq ${odataString(needsPk(year))}`);
  }

  async saveNeeds(needs: readonly StoredNeed[]): Promise<void> {
    for (let i = 0; i < needs.length; i += MAX_BATCH) {
      const actions: TransactionAction[] = needs
        .slice(i, i + MAX_BATCH)
        .map((n) => ["upsert", { partitionKey: needsPk(n.year), rowKey: `${n.employeeId}|${n.id}`, status: n.status, data: body(n) }, "Replace"]);
      await this.table.submitTransaction(actions);
    }
  }

  async createTraining(t: Training): Promise<Training> {
    const res = await this.table.createEntity({ partitionKey: trainingPk(t.id), rowKey: TRAINING_ROW, data: body(t) });
    return { ...t, etag: res.etag };
  }

  listTrainings() {
    return this.list<Training>(`RowKey eq ${odataString(TRAINING_ROW)}`);
  }

  async trainingWithRegistrations(trainingId: string) {
    let training: Training | undefined;
    const registrations: Registration[] = [];
    for await (const e of this.table.listEntities<Entity>({ queryOptions: { filter: `PartitionKey eq ${odataString(trainingPk(trainingId))}` } })) {
      if (e.rowKey === TRAINING_ROW) training = doc<Training>(e);
      else registrations.push(doc<Registration>(e));
    }
    return training ? { training, registrations } : undefined;
  }

  async commitTraining(training: Training, registrations: readonly Registration[]): Promise<void> {
    if (!training.etag) throw new Error("commitTraining needs the ETag the training was read with");
    const pk = trainingPk(training.id);
    const actions: TransactionAction[] = [
      ["update", { partitionKey: pk, rowKey: TRAINING_ROW, data: body(training) }, "Replace", { etag: training.etag }],
      ...registrations.map(
        (r): TransactionAction => ["upsert", { partitionKey: pk, rowKey: REG_PREFIX + r.employeeId, status: r.status, data: body(r) }, "Replace"],
      ),
    ];
    try {
      await this.table.submitTransaction(actions);
    } catch (err) {
      if (isPreconditionFailed(err) || isConflict(err) || isNotFound(err)) throw new ConflictError(`training ${training.id} changed`);
      throw err;
    }
  }

  creditsOf(year: number, employeeId: string) {
    return this.list<JpCredit>(`PartitionKey eq ${odataString(jpPk(year))} and ${employeeRange(employeeId)}`);
  }

  listCredits(year: number) {
    return this.list<JpCredit>(`PartitionKey eq ${odataString(jpPk(year))}`);
  }

  async getCredit(year: number, employeeId: string, id: string): Promise<JpCredit | undefined> {
    try {
      return doc<JpCredit>(await this.table.getEntity<Entity>(jpPk(year), `${employeeId}|${id}`));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async saveCredit(c: JpCredit, options: { upsert?: boolean } = {}): Promise<JpCredit> {
    const entity = { partitionKey: jpPk(c.year), rowKey: `${c.employeeId}|${c.id}`, status: c.status, data: body(c) };
    try {
      const res = c.etag
        ? await this.table.updateEntity(entity, "Replace", { etag: c.etag })
        : options.upsert
          ? await this.table.upsertEntity(entity, "Replace")
          : await this.table.createEntity(entity);
      return { ...c, etag: res.etag };
    } catch (err) {
      if (isConflict(err) || isPreconditionFailed(err)) throw new ConflictError(`credit ${c.id} changed`);
      throw err;
    }
  }

  async claimOnce(key: string, at: string): Promise<boolean> {
    try {
      await this.table.createEntity({ partitionKey: "once", rowKey: key.replace(/[/\\#?]/g, "_"), at });
      return true;
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
  }
}
