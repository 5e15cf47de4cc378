import type { ActiveJob, AnnouncementStore } from "../../src/services/announcement-ports";
import { AnnouncementDispatcher } from "../../src/services/announcement-dispatcher";
import type { OutboxWorker, WorkerSummary } from "../../src/services/outbox/worker";

// The dispatcher's scheduling only: which jobs run at once. The outbox itself is tested on Azurite (sender.test.ts).
function setup(jobCount: number, maxRunningJobs?: number) {
  const active: ActiveJob[] = Array.from({ length: jobCount }, (_, i) => ({ jobId: `job-${String(i).padStart(3, "0")}` }));
  const store = {
    listActiveJobs: async () => [...active],
    removeActiveJob: async (jobId: string) => void active.splice(active.findIndex((j) => j.jobId === jobId), 1),
  } as unknown as AnnouncementStore;
  let running = 0;
  let most = 0;
  const finished: string[] = [];
  const worker = {
    run: async (jobId: string): Promise<WorkerSummary> => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      finished.push(jobId);
      return { sent: 1, retried: 0, failed: 0, alreadySent: 0, lostClaims: 0, finished: "done" };
    },
    stop: () => {},
  } as unknown as OutboxWorker;
  const dispatcher = new AnnouncementDispatcher({ store, worker, pollMs: 60_000, tickMs: 60_000, tick: async () => {}, maxRunningJobs });
  return { dispatcher, active, finished, most: () => most };
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}

test("many small jobs (a city-wide penetapan queues one per unit) run a few at a time, and every one of them runs", async () => {
  const { dispatcher, active, finished, most } = setup(30);
  dispatcher.start();
  // The poll interval is a minute here: a finished job frees its place for the next one at once, not at the next poll.
  await until(() => finished.length === 30);
  await dispatcher.stop();
  expect(most()).toBe(4);
  expect(new Set(finished).size).toBe(30);
  expect(active).toEqual([]);
});

test("the number of jobs at once is configurable", async () => {
  const { dispatcher, finished, most } = setup(5, 1);
  dispatcher.start();
  await until(() => finished.length === 5);
  await dispatcher.stop();
  expect(most()).toBe(1);
  expect(finished).toEqual(["job-000", "job-001", "job-002", "job-003", "job-004"]);
});
