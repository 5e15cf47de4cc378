import type { OrgData } from "../../domain/org";

export const SYNC_PROBLEM_KINDS = [
  "no_manager",
  "manager_outside_tenant",
  "cycle",
  "bad_nip",
  "unmapped_jabatan",
  "unknown_unit",
] as const;
export type SyncProblemKind = (typeof SYNC_PROBLEM_KINDS)[number];

/**
 * Something the admins should fix in Entra. A sync reports these rather than failing: `bad_nip`,
 * `unmapped_jabatan` and `unknown_unit` leave the user out of the directory; the hierarchy kinds
 * keep the person with no manager.
 */
export interface SyncProblem {
  userId: string;
  kind: SyncProblemKind;
  detail: string;
}

export type SyncMode = "full" | "delta";

export interface SyncReport {
  mode: SyncMode;
  /** User objects read from Graph in this run (a delta run: changed and removed entries). */
  users: number;
  /** Pages answered successfully, every collection included. */
  pages: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  problems: SyncProblem[];
}

export interface SyncSucceeded {
  status: "ok";
  mode: SyncMode;
  org: OrgData;
  report: SyncReport;
  /** Version of the copy now stored as the last good one. */
  version: string;
  savedAt: string;
}

/** The last good copy stays in place; `reason` is meant for the admins. */
export interface SyncFailed {
  status: "failed";
  mode: SyncMode;
  reason: string;
  report: SyncReport;
  /** Version of the last good copy still in use, or null when there is none yet. */
  keptVersion: string | null;
}

export type SyncResult = SyncSucceeded | SyncFailed;
