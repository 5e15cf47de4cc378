import type { OrgData, Person } from "../domain/org";
import type { Clock } from "../services/ports";
import type { GraphDirectorySource } from "./graph/graph-directory-source";
import { SYNC_PROBLEM_KINDS, type SyncMode, type SyncProblem, type SyncProblemKind, type SyncResult } from "./graph/sync-types";
import { InMemoryDirectory } from "./in-memory-directory";
import { SwitchableDirectory } from "./switchable-directory";

/** Tells the admins (Admin Kinerja) that a sync failed; the directory in use did not change. */
export interface DirectorySyncAlerts {
  syncFailed(admins: Person[], failure: { at: string; reason: string; peopleInUse: number }): Promise<void>;
}

export interface DirectorySyncRun {
  startedAt: string;
  finishedAt: string;
  status: "ok" | "failed";
  mode: SyncMode;
  /** Failed runs only: what went wrong (technical, for the admins). */
  reason?: string;
  users: number;
  pages: number;
  requests: number;
  retries: number;
  problems: Record<SyncProblemKind, number>;
}

export interface ReportedUser {
  userId: string;
  displayName: string | null;
  kind: SyncProblemKind;
  detail: string;
}

/** What GET /api/admin/directory/status answers. */
export interface DirectoryStatus {
  source: "graph";
  /** The copy serving requests now (the last good one). */
  inUse: { people: number; units: number; version: string | null; savedAt: string | null };
  /** The last run since this process started (scheduled or on demand); null before the first. */
  lastRun: DirectorySyncRun | null;
  /** Users the run behind the copy in use reported: kept without a manager, or left out. */
  reported: { noManager: ReportedUser[]; managerOutsideTenant: ReportedUser[]; cycle: ReportedUser[]; leftOut: ReportedUser[] };
}

export class DirectoryStartError extends Error {}

const systemClock: Clock = { now: () => new Date() };

/**
 * ORG_DIRECTORY=graph at run time: serves the last good copy through a SwitchableDirectory, swaps in each
 * successful sync, records every run for the admins' status page, and alerts the admins when a run fails.
 */
export class DirectorySyncService {
  private lastRun: DirectorySyncRun | null = null;
  private alerts: DirectorySyncAlerts | undefined;
  private inFlight: Promise<SyncResult> | null = null;

  private constructor(
    private readonly source: GraphDirectorySource,
    readonly directory: SwitchableDirectory,
    private served: OrgData,
    private readonly clock: Clock,
  ) {}

  /**
   * Loads the last good copy from storage; without one, a first sync must succeed, because serving an empty
   * directory would refuse everyone. Throws DirectoryStartError when it does not.
   */
  static async open(source: GraphDirectorySource, clock: Clock = systemClock): Promise<{ service: DirectorySyncService; firstSync: boolean }> {
    const stored = await source.loadLastGoodCopy();
    if (stored) return { service: new DirectorySyncService(source, new SwitchableDirectory(new InMemoryDirectory(stored)), stored, clock), firstSync: false };
    const startedAt = clock.now().toISOString();
    const result = await source.syncNow();
    if (result.status !== "ok") {
      throw new DirectoryStartError(`The first directory sync from Microsoft Graph failed and no earlier copy is stored, so there is no directory to serve: ${result.reason}`);
    }
    const service = new DirectorySyncService(source, new SwitchableDirectory(new InMemoryDirectory(result.org)), result.org, clock);
    service.lastRun = runRecord(result, startedAt, clock.now().toISOString());
    return { service, firstSync: true };
  }

  /** Set once the bot's notifier exists (it is built with the server). */
  useAlerts(alerts: DirectorySyncAlerts): void {
    this.alerts = alerts;
  }

  /** Single-flight: an admin's request during a scheduled run waits for that run instead of starting another. */
  syncNow(options: { full?: boolean } = {}): Promise<SyncResult> {
    this.inFlight ??= this.run(options.full ?? false).finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  status(): DirectoryStatus {
    const people = this.directory.listPeople();
    const copy = this.source.currentCopy();
    const names = this.source.userNames();
    const reported: DirectoryStatus["reported"] = { noManager: [], managerOutsideTenant: [], cycle: [], leftOut: [] };
    for (const problem of this.source.currentReport()?.problems ?? []) {
      reported[groupOf(problem)].push({ userId: problem.userId, displayName: names.get(problem.userId) ?? null, kind: problem.kind, detail: problem.detail });
    }
    return {
      source: "graph",
      inUse: { people: people.length, units: this.directory.listUnits().length, version: copy?.version ?? null, savedAt: copy?.savedAt ?? null },
      lastRun: this.lastRun,
      reported,
    };
  }

  private async run(full: boolean): Promise<SyncResult> {
    const startedAt = this.clock.now().toISOString();
    const result = await this.source.syncNow({ full });
    const finishedAt = this.clock.now().toISOString();
    this.lastRun = runRecord(result, startedAt, finishedAt);
    if (result.status === "ok") {
      this.serve(result.org);
      return result;
    }
    // A conflict means another instance saved a newer copy first; the source has loaded it, so serve it.
    const current = this.source.current();
    if (current && current !== this.served) this.serve(current);
    await this.alertAdmins(finishedAt, result.reason);
    return result;
  }

  private serve(org: OrgData): void {
    this.directory.swap(new InMemoryDirectory(org));
    this.served = org;
  }

  private async alertAdmins(at: string, reason: string): Promise<void> {
    if (!this.alerts) return;
    try {
      await this.alerts.syncFailed(this.directory.listByRole("admin"), { at, reason, peopleInUse: this.directory.listPeople().length });
    } catch (err) {
      // The failure is in the status already; a notification problem must not hide it or crash the schedule.
      console.error("Directory sync alert failed:", err instanceof Error ? err.name : "unknown");
    }
  }
}

function runRecord(result: SyncResult, startedAt: string, finishedAt: string): DirectorySyncRun {
  const { report } = result;
  const problems = Object.fromEntries(SYNC_PROBLEM_KINDS.map((k) => [k, 0])) as Record<SyncProblemKind, number>;
  for (const p of report.problems) problems[p.kind]++;
  return {
    startedAt,
    finishedAt,
    status: result.status,
    mode: result.mode,
    ...(result.status === "failed" && { reason: result.reason }),
    users: report.users,
    pages: report.pages,
    requests: report.requests,
    retries: report.retries,
    problems,
  };
}

function groupOf(problem: SyncProblem): keyof DirectoryStatus["reported"] {
  if (problem.kind === "no_manager") return "noManager";
  if (problem.kind === "manager_outside_tenant") return "managerOutsideTenant";
  if (problem.kind === "cycle") return "cycle";
  return "leftOut";
}
