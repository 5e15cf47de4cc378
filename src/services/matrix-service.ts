import { createHash, randomUUID } from "node:crypto";
import type { OrgDirectory, Person } from "../domain/org";
import { error, type DomainError } from "../domain/result";
import { createSkpDraft, effectiveSkp, type Rhk } from "../domain/skp";
import { editSkpContent } from "../domain/skp-workflow";
import { MAX_RHK_TEXT_LENGTH } from "../domain/skp-validation";
import { ConflictError, type MatrixCell, type MatrixRepository, type PeranHasilMatrix, type SkpRepository, type StoredSkp } from "./planning-ports";
import type { AuditLog, Clock } from "./ports";
import { latestOf, type SkpLookup } from "./skp-lookup";

const MAX_ETAG_RETRIES = 3;

/** The id of the RHK a cell becomes: the same cell saved twice updates one RHK instead of adding another. */
export function matrixRhkId(supervisorRhkId: string, subordinateId: string): string {
  return `mph-${createHash("sha256").update(`${supervisorRhkId}\n${subordinateId}`).digest("hex").slice(0, 24)}`;
}

export interface MatrixColumn {
  rhkId: string;
  text: string;
  /** True when the RHK is in the supervisor's approved SKP: only then can subordinates submit RHKs under it. */
  approved: boolean;
}

export interface MatrixRow {
  subordinate: Person;
  /** State of the subordinate's latest SKP revision, if any. */
  skpState?: StoredSkp["state"];
}

export interface MatrixView {
  supervisorId: string;
  year: number;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  cells: MatrixCell[];
  etag?: string;
}

export type MatrixSaveOutcome =
  | { kind: "invalid"; errors: DomainError[] }
  | { kind: "conflict" }
  | { kind: "saved"; view: MatrixView; applied: string[]; needsRevision: { subordinateId: string; state: StoredSkp["state"] }[] };

export interface MatrixServiceDeps {
  directory: OrgDirectory;
  lookup: SkpLookup;
  skps: SkpRepository;
  matrices: MatrixRepository;
  audit: AuditLog;
  clock: Clock;
  newId?: () => string;
}

/**
 * Matriks Peran Hasil (DOMAIN.md section 3): columns are the supervisor's RHKs (their current SKP), rows their
 * direct reports, and each cell becomes a draft RHK in that subordinate's SKP pointing to the supervisor's RHK.
 * A subordinate whose SKP is submitted or approved is left alone and reported as needing a revision.
 */
export class MatrixService {
  constructor(private readonly deps: MatrixServiceDeps) {}

  async get(supervisor: Person, year: number): Promise<MatrixView> {
    const [columns, rows, stored] = await Promise.all([this.columns(supervisor, year), this.rows(supervisor, year), this.deps.matrices.get(year, supervisor.id)]);
    return { supervisorId: supervisor.id, year, columns, rows, cells: stored?.cells ?? [], etag: stored?.etag };
  }

  async save(supervisor: Person, year: number, cells: readonly MatrixCell[], etag?: string): Promise<MatrixSaveOutcome> {
    const columns = await this.columns(supervisor, year);
    const reports = this.deps.directory.getDirectReports(supervisor.id);
    const checked = checkCells(cells, new Set(columns.map((c) => c.rhkId)), new Set(reports.map((p) => p.id)));
    if (!checked.ok) return { kind: "invalid", errors: checked.errors };
    const previous = await this.deps.matrices.get(year, supervisor.id);
    if (etag !== undefined && previous?.etag !== etag) return { kind: "conflict" };
    const matrix: PeranHasilMatrix = { supervisorId: supervisor.id, year, cells: checked.cells, updatedAt: this.deps.clock.now().toISOString(), etag: previous?.etag };
    let saved: PeranHasilMatrix;
    try {
      saved = await this.deps.matrices.save(matrix);
    } catch (err) {
      if (err instanceof ConflictError) return { kind: "conflict" };
      throw err;
    }
    const applied: string[] = [];
    const needsRevision: { subordinateId: string; state: StoredSkp["state"] }[] = [];
    const touched = new Set([...checked.cells, ...(previous?.cells ?? [])].map((c) => c.subordinateId));
    for (const subordinate of reports.filter((p) => touched.has(p.id))) {
      const result = await this.applyTo(supervisor, subordinate, year, columns, checked.cells);
      if (result === "applied") applied.push(subordinate.id);
      else if (result !== "unchanged") needsRevision.push({ subordinateId: subordinate.id, state: result });
    }
    const view = await this.get(supervisor, year);
    return { kind: "saved", view: { ...view, etag: saved.etag ?? view.etag }, applied, needsRevision };
  }

  /** The supervisor's latest revision (a draft plan can already be cascaded); `approved` marks what is in force. */
  private async columns(supervisor: Person, year: number): Promise<MatrixColumn[]> {
    const revisions = await this.deps.lookup.revisions(supervisor, year);
    const approvedIds = new Set(effectiveSkp(revisions)?.rhks.map((r) => r.id) ?? []);
    return (latestOf(revisions)?.rhks ?? []).map((r) => ({ rhkId: r.id, text: r.text, approved: approvedIds.has(r.id) }));
  }

  private async rows(supervisor: Person, year: number): Promise<MatrixRow[]> {
    return Promise.all(
      this.deps.directory.getDirectReports(supervisor.id).map(async (subordinate) => ({
        subordinate,
        skpState: latestOf(await this.deps.lookup.revisions(subordinate, year))?.state,
      })),
    );
  }

  /** Writes the subordinate's MPH RHKs into their draft (created if missing); anything else is not touched. */
  private async applyTo(supervisor: Person, subordinate: Person, year: number, columns: MatrixColumn[], cells: MatrixCell[]) {
    const mine = cells.filter((c) => c.subordinateId === subordinate.id);
    for (let attempt = 0; attempt < MAX_ETAG_RETRIES; attempt++) {
      const latest = latestOf(await this.deps.lookup.revisions(subordinate, year));
      const now = this.deps.clock.now();
      if (latest && latest.state !== "draft") {
        const same = JSON.stringify(mergeMatrixRhks(latest.rhks, columns, subordinate.id, mine)) === JSON.stringify(latest.rhks);
        return same ? ("unchanged" as const) : latest.state;
      }
      if (!latest && mine.length === 0) return "unchanged" as const;
      const base = latest ?? { ...createSkpDraft({ id: (this.deps.newId ?? randomUUID)(), employeeId: subordinate.id, jabatanType: subordinate.jabatanType, year, now }), opdId: this.deps.lookup.opdIdOf(subordinate) };
      const rhks = mergeMatrixRhks(base.rhks, columns, subordinate.id, mine);
      const edited = editSkpContent(base, { actorId: supervisor.id, actorIsApprover: true, content: { rhks, perilaku: base.perilaku, lampiran: base.lampiran } });
      if (!edited.ok) return base.state;
      try {
        if (latest) await this.deps.skps.replace({ ...edited.value, opdId: latest.opdId, etag: latest.etag });
        else {
          const created = await this.deps.skps.create({ ...base, ...edited.value });
          await this.deps.audit.append({ actorId: supervisor.id, action: "skp.create", subjectType: "skp", subjectId: created.id, ownerId: subordinate.id, toState: "draft", at: now.toISOString() });
        }
        return "applied" as const;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    throw new ConflictError("subordinate SKP changed concurrently too often");
  }
}

/** Updates or adds the RHK of each cell (indicators the subordinate wrote are kept); drops those of removed cells. */
export function mergeMatrixRhks(current: readonly Rhk[], columns: readonly MatrixColumn[], subordinateId: string, cells: readonly MatrixCell[]): Rhk[] {
  const wanted = new Map(cells.map((c) => [matrixRhkId(c.supervisorRhkId, subordinateId), c]));
  const ownedIds = new Set(columns.map((col) => matrixRhkId(col.rhkId, subordinateId)));
  const out: Rhk[] = [];
  for (const rhk of current) {
    const cell = wanted.get(rhk.id);
    if (cell) {
      out.push({ ...rhk, text: cell.text, parent: { kind: "SUPERVISOR_RHK", rhkId: cell.supervisorRhkId } });
      wanted.delete(rhk.id);
    } else if (!ownedIds.has(rhk.id)) out.push(rhk);
  }
  for (const [id, cell] of wanted) out.push({ id, group: "UTAMA", text: cell.text, parent: { kind: "SUPERVISOR_RHK", rhkId: cell.supervisorRhkId }, indicators: [] });
  return out;
}

function checkCells(cells: readonly MatrixCell[], rhkIds: ReadonlySet<string>, reportIds: ReadonlySet<string>) {
  const errors: DomainError[] = [];
  const seen = new Set<string>();
  const clean: MatrixCell[] = [];
  cells.forEach((c, i) => {
    const field = `cells.${i}`;
    const text = c.text.replace(/\r\n?/g, "\n").normalize("NFC").trim();
    if (!rhkIds.has(c.supervisorRhkId)) errors.push(error("matrix_rhk_not_yours", `${field}.supervisorRhkId`));
    if (!reportIds.has(c.subordinateId)) errors.push(error("matrix_not_direct_report", `${field}.subordinateId`));
    if (text === "") errors.push(error("rhk_text_required", `${field}.text`));
    else if (text.length > MAX_RHK_TEXT_LENGTH) errors.push(error("rhk_text_too_long", `${field}.text`, { max: MAX_RHK_TEXT_LENGTH }));
    const key = `${c.supervisorRhkId}\n${c.subordinateId}`;
    if (seen.has(key)) errors.push(error("matrix_duplicate_cell", field));
    seen.add(key);
    clean.push({ ...c, text });
  });
  return errors.length > 0 ? { ok: false as const, errors } : { ok: true as const, cells: clean };
}
