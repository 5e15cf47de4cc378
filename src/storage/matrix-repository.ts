import type { TableClient } from "@azure/data-tables";
import { ConflictError, type MatrixRepository, type PeranHasilMatrix } from "../services/planning-ports";
import { fromJsonColumns, toJsonColumns } from "./json-columns";
import { isConflict, isNotFound, isPreconditionFailed } from "./tables";

/**
 * Matriks Peran Hasil: PartitionKey = year, RowKey = supervisor id; one entity per supervisor and year, its
 * cells as JSON in `json0..n` (json-columns.ts). A save without an ETag creates (and refuses when a matrix
 * already exists: the writer had not seen it); a save with the ETag it was read with replaces.
 */
type MatrixDocument = Omit<PeranHasilMatrix, "etag">;

export class TableMatrixRepository implements MatrixRepository {
  constructor(private readonly table: TableClient) {}

  async get(year: number, supervisorId: string): Promise<PeranHasilMatrix | undefined> {
    try {
      const e = await this.table.getEntity<Record<string, unknown>>(String(year), supervisorId);
      return { ...fromJsonColumns<MatrixDocument>(e), etag: e.etag };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async save(matrix: PeranHasilMatrix): Promise<PeranHasilMatrix> {
    const { etag, ...doc } = matrix;
    const entity = { partitionKey: String(matrix.year), rowKey: matrix.supervisorId, ...toJsonColumns(doc) };
    try {
      const res = etag
        ? await this.table.updateEntity(entity, "Replace", { etag })
        : await this.table.createEntity(entity);
      return { ...doc, etag: res.etag };
    } catch (err) {
      if (isConflict(err) || isPreconditionFailed(err) || (etag && isNotFound(err))) {
        throw new ConflictError(`The Matriks Peran Hasil of ${matrix.supervisorId} for ${matrix.year} was changed by someone else`);
      }
      throw err;
    }
  }
}
