import type { SyncResult } from "./sync-types";

export const DEFAULT_SYNC_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface DirectorySyncSchedule {
  /** What to run: usually `GraphDirectorySource.syncNow` (single-flight, so an admin's sync and a timer never overlap). */
  sync: () => Promise<SyncResult>;
  /** Time between the end of one run and the start of the next; default 6 hours. */
  intervalMs?: number;
  /** Run once right away (e.g. at start, when no copy exists yet). */
  runNow?: boolean;
  /** Every scheduled run's result, failures included, for logging and the admin page. */
  onResult?: (result: SyncResult) => void;
}

/**
 * Runs the directory sync on a timer until the returned stop function is called. The next run is
 * planned when the previous one ends (a chain of timeouts, not an interval), so a slow sync never
 * piles up behind itself. Timers are unref'd: the schedule alone does not keep the process alive.
 */
export function startDirectorySync(schedule: DirectorySyncSchedule): () => void {
  const intervalMs = schedule.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const plan = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };
  const tick = () => {
    schedule
      .sync()
      .then((result) => {
        if (!stopped) schedule.onResult?.(result);
      })
      // sync() reports failures as results; a throw here is a bug in a callback, logged, not fatal.
      .catch((err: unknown) => console.error("Directory sync run threw:", err instanceof Error ? `${err.name}: ${err.message}` : "unknown"))
      .finally(() => plan(intervalMs));
  };

  plan(schedule.runNow ? 0 : intervalMs);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
