import type { OrgIndicator } from "../domain/cascading";
import type { Rhk, Skp, SkpState } from "../domain/skp";
import type { SentCard } from "./ports";

/**
 * Storage ports of planning (DOMAIN.md section 3). Keys are chosen for the queries the app runs: everything of
 * one OPD and year lives in one partition, so coverage of an OPD is one partition query and the city is one
 * query per OPD, whatever the number of employees (docs/storage.md).
 */

/** One revision of an employee's SKP, as stored. `opdId` is the OPD at the time the revision was created. */
export interface StoredSkp extends Skp {
  opdId: string;
  /** Where the approval card was posted to the approver, so the decision can replace it for every view. */
  approvalCard?: SentCard;
  etag?: string;
}

export type SkpRevisionState = Pick<StoredSkp, "employeeId" | "revision" | "state">;

export interface SkpRepository {
  /** Every revision of the employee's SKP for the year, oldest first. */
  listRevisions(year: number, opdId: string, employeeId: string): Promise<StoredSkp[]>;
  /** The same revisions, only their number and state (a status list reads no SKP content). */
  listRevisionStates(year: number, opdId: string, employeeId: string): Promise<SkpRevisionState[]>;
  /** The same for everyone of the OPD in one partition query (three columns; a page per 1,000 revisions). */
  listRevisionStatesByOpd(year: number, opdId: string): Promise<SkpRevisionState[]>;
  /** Creates a revision; fails with ConflictError when that revision number already exists. */
  create(skp: StoredSkp): Promise<StoredSkp>;
  /** Replaces a revision if it still has `skp.etag`; fails with ConflictError (412) when someone changed it. */
  replace(skp: StoredSkp): Promise<StoredSkp>;
  /** All revisions of all employees of one OPD for a year: one partition. */
  listByOpd(year: number, opdId: string): Promise<StoredSkp[]>;
  /** The outline (state and RHK links) of every revision of one OPD for a year: one partition, few columns. */
  listOutlinesByOpd(year: number, opdId: string): Promise<SkpOutline[]>;
}

/** What coverage reads of a revision: no IKIs, perilaku or lampiran, so a city is a light read. */
export interface SkpOutline {
  employeeId: string;
  revision: number;
  state: SkpState;
  rhks: Array<Pick<Rhk, "id" | "text" | "parent">>;
}

export interface IndicatorRepository {
  listByOpd(year: number, opdId: string): Promise<OrgIndicator[]>;
  get(year: number, opdId: string, indicatorId: string): Promise<OrgIndicator | undefined>;
  /** Writes all of them or none (one OPD and year per call: one partition, batches of at most 100). */
  upsertAll(year: number, opdId: string, indicators: readonly OrgIndicator[]): Promise<void>;
  remove(year: number, opdId: string, indicatorId: string): Promise<boolean>;
}

/** One cell of a Matriks Peran Hasil: what `subordinateId` contributes to the supervisor's RHK `supervisorRhkId`. */
export interface MatrixCell {
  supervisorRhkId: string;
  subordinateId: string;
  /** The role-result (peran hasil); becomes the text of a draft RHK in the subordinate's SKP. */
  text: string;
}

export interface PeranHasilMatrix {
  supervisorId: string;
  year: number;
  cells: MatrixCell[];
  updatedAt: string;
  etag?: string;
}

export interface MatrixRepository {
  get(year: number, supervisorId: string): Promise<PeranHasilMatrix | undefined>;
  /** Creates or replaces; with an etag, fails with ConflictError when someone changed it meanwhile. */
  save(matrix: PeranHasilMatrix): Promise<PeranHasilMatrix>;
}

/** A write lost a race (stale ETag) or would duplicate a key. */
export class ConflictError extends Error {
  constructor(message = "conflict") {
    super(message);
    this.name = "ConflictError";
  }
}
