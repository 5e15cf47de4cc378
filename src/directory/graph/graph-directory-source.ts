import type { TokenCredential } from "@azure/identity";
import type { OrgData } from "../../domain/org";
import {
  DirectoryCopyConflictError,
  type DirectoryCopyStore,
  type StoredDirectoryCopy,
} from "../../storage/directory-copy-store";
import type { GraphOrgMapping } from "./graph-mapping";
import { GraphReadError } from "./graph-pager";
import { DEFAULT_USERS_PAGE_SIZE, GRAPH_DEFAULT_BASE_URL, HTTP_GONE } from "./graph-protocol";
import { GraphDirectoryReader } from "./graph-reader";
import { createGraphSession, type GraphSession } from "./graph-session";
import type { GraphUserRecord } from "./graph-user-record";
import { buildOrgData, type GroupMembers } from "./org-builder";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-middleware";
import type { SyncMode, SyncProblem, SyncReport, SyncResult, SyncSucceeded } from "./sync-types";

/** What the stored copy keeps beside the directory, so the next run can be a delta round. */
export interface GraphSourceState {
  deltaLink: string;
  records: GraphUserRecord[];
  groups: { admin: string[]; kompetensi: string[] };
  /** The run that produced this copy: its problems stay visible to admins after a restart. */
  report: SyncReport;
}

export interface GraphDirectorySourceOptions {
  credential: TokenCredential;
  mapping: GraphOrgMapping;
  store: DirectoryCopyStore<GraphSourceState>;
  /** Default https://graph.microsoft.com; tests point it at a loopback server. */
  baseUrl?: string;
  usersPageSize?: number;
  retry?: Partial<RetryPolicy>;
  /** Called after every successful sync with the new directory (e.g. to swap the OrgDirectory). */
  onUpdate?: (org: OrgData, result: SyncSucceeded) => void;
}

interface ReadOutcome {
  mode: SyncMode;
  records: GraphUserRecord[];
  groups: GroupMembers;
  deltaLink: string;
}

/**
 * The Graph directory source: the last good copy (from Azure Tables) plus syncs that replace it only
 * when they complete. A failed or partial sync leaves copy and `current()` as they were and answers
 * `status: "failed"` with a reason for the admins.
 */
export class GraphDirectorySource {
  private stored: StoredDirectoryCopy<GraphSourceState> | null = null;
  private loaded = false;
  private inFlight: Promise<SyncResult> | null = null;
  private last: SyncResult | null = null;

  constructor(private readonly options: GraphDirectorySourceOptions) {}

  /** Loads the last good copy (call at start); null when no sync has succeeded yet. */
  async loadLastGoodCopy(): Promise<OrgData | null> {
    this.stored = await this.options.store.load();
    this.loaded = true;
    return this.current();
  }

  current(): OrgData | null {
    return this.stored?.copy.org ?? null;
  }

  /** Version and save time of the copy in use; null before the first successful sync. */
  currentCopy(): { version: string; savedAt: string } | null {
    return this.stored ? { version: this.stored.version, savedAt: this.stored.savedAt } : null;
  }

  /** Display names of the raw Graph users of the copy in use, so admins see who a reported id is. */
  userNames(): Map<string, string> {
    return new Map((this.stored?.copy.source.records ?? []).map((r) => [r.id, r.displayName]));
  }

  /** The report of the run that produced the copy in use (kept across restarts). */
  currentReport(): SyncReport | null {
    return this.stored?.copy.source.report ?? null;
  }

  lastResult(): SyncResult | null {
    return this.last;
  }

  /**
   * Syncs now: a delta round when the copy has a deltaLink, else (or with `full`) a full read.
   * Single-flight: a call while a sync runs gets that sync's result instead of starting another.
   */
  syncNow(options: { full?: boolean } = {}): Promise<SyncResult> {
    this.inFlight ??= this.run(options.full ?? false).finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private async run(forceFull: boolean): Promise<SyncResult> {
    let mode: SyncMode = forceFull || !this.stored ? "full" : "delta";
    let reader: GraphDirectoryReader | undefined;
    let session: GraphSession | undefined;
    try {
      if (!this.loaded) await this.loadLastGoodCopy();
      const base = this.stored;
      mode = forceFull || !base ? "full" : "delta";
      session = createGraphSession({
        credential: this.options.credential,
        baseUrl: this.options.baseUrl ?? GRAPH_DEFAULT_BASE_URL,
        retry: { ...DEFAULT_RETRY_POLICY, ...this.options.retry },
      });
      reader = new GraphDirectoryReader(session, this.options.usersPageSize ?? DEFAULT_USERS_PAGE_SIZE);
      const outcome = base && mode === "delta" ? await this.readDeltaOrFull(reader, base) : await this.readFull(reader);
      mode = outcome.mode;
      const built = buildOrgData(outcome.records, outcome.groups, this.options.mapping);
      const report = reportOf(mode, reader, session, built.problems);
      const source: GraphSourceState = {
        deltaLink: outcome.deltaLink,
        records: outcome.records,
        groups: { admin: [...outcome.groups.admin], kompetensi: [...outcome.groups.kompetensi] },
        report,
      };
      this.stored = await this.options.store.save({ org: built.org, source }, base?.etag ?? null);
      const result: SyncSucceeded = { status: "ok", mode, org: built.org, report, version: this.stored.version, savedAt: this.stored.savedAt };
      this.last = result;
      this.notify(result);
      return result;
    } catch (err) {
      // Another instance saved first: its copy is newer than ours, so it becomes the one in use.
      if (err instanceof DirectoryCopyConflictError) await this.loadLastGoodCopy().catch(() => undefined);
      this.last = { status: "failed", mode, reason: reasonOf(err), report: reportOf(mode, reader, session, []), keptVersion: this.stored?.version ?? null };
      return this.last;
    }
  }

  /** A listener's failure must not turn a saved sync into a failed one. */
  private notify(result: SyncSucceeded): void {
    try {
      this.options.onUpdate?.(result.org, result);
    } catch (err) {
      console.error("Directory onUpdate listener threw:", err instanceof Error ? `${err.name}: ${err.message}` : "unknown");
    }
  }

  private async readFull(reader: GraphDirectoryReader): Promise<ReadOutcome> {
    const deltaLink = await reader.latestDeltaLink();
    const records = await reader.readUsers();
    return { mode: "full", records, groups: await this.readGroups(reader), deltaLink };
  }

  /** A delta round on a private copy of the records; an expired delta token (410) falls back to a full read. */
  private async readDeltaOrFull(reader: GraphDirectoryReader, base: StoredDirectoryCopy<GraphSourceState>): Promise<ReadOutcome> {
    const records = new Map(base.copy.source.records.map((r) => [r.id, { ...r }]));
    let deltaLink: string;
    try {
      deltaLink = await reader.applyDelta(base.copy.source.deltaLink, records);
    } catch (err) {
      if (err instanceof GraphReadError && err.statusCode === HTTP_GONE) return this.readFull(reader);
      throw err;
    }
    // Group membership is not part of the users delta: the (small) member lists are read again.
    return { mode: "delta", records: [...records.values()], groups: await this.readGroups(reader), deltaLink };
  }

  private async readGroups(reader: GraphDirectoryReader): Promise<GroupMembers> {
    const { adminGroupId, kompetensiGroupId } = this.options.mapping;
    const admin = await reader.readGroupUserIds(adminGroupId);
    const kompetensi = kompetensiGroupId ? await reader.readGroupUserIds(kompetensiGroupId) : [];
    return { admin, kompetensi };
  }
}

function reportOf(mode: SyncMode, reader: GraphDirectoryReader | undefined, session: GraphSession | undefined, problems: SyncProblem[]): SyncReport {
  const stats = session?.stats ?? { requests: 0, retries: 0 };
  return { mode, users: reader?.users ?? 0, pages: reader?.pages ?? 0, requests: stats.requests, retries: stats.retries, problems };
}

function reasonOf(err: unknown): string {
  if (err instanceof DirectoryCopyConflictError) return `Not saved: ${err.message}; the newer copy is kept`;
  if (err instanceof Error) return err.message;
  return String(err);
}
