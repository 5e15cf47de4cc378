import { addressAtSend } from "../../src/bot/outbox-address";
import { CardJobs, cardJobKind } from "../../src/services/outbox/card-jobs";
import { openTableStorage, type Repositories } from "../../src/storage";
import { uniquePrefix } from "../support/app-harness";

// CardJobs on Azurite: the job and its items as the dispatcher will find them.
let repos: Repositories;
let cardJobs: CardJobs;
const at = new Date("2026-04-01T03:00:00Z");

const reference = (personId: string) => ({ conversation: { id: `a:chat-${personId}` }, serviceUrl: "https://smba.example/", user: { id: `29:${personId}` } });

beforeAll(async () => {
  repos = await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, uniquePrefix("cardjobs"));
  cardJobs = new CardJobs({ outbox: repos.outbox.store, activeJobs: repos.announcements, clock: { now: () => at } });
  for (const id of ["ana", "budi"]) await repos.conversations.save({ ownerId: id, scope: "personal", reference: reference(id), updatedAt: at.toISOString() });
});

const byRecipient = async (jobId: string) => new Map((await repos.outbox.store.listItems(jobId)).map((i) => [i.recipientId, i]));

test("one item per person, unaddressed until sent; when sent, a person with a stored conversation is addressed to it, one without is not", async () => {
  const job = await cardJobs.toPeople("job-people", { kind: "training-announce", trainingId: "t-1" }, ["ana", "budi", "citra", "ana"]);
  expect(job).toMatchObject({ jobId: "job-people", state: "sending", total: 3 });
  expect(cardJobKind(job.payload)).toEqual({ kind: "training-announce", payload: { kind: "training-announce", trainingId: "t-1" } });

  const items = await byRecipient("job-people");
  expect([...items.keys()].sort()).toEqual(["personal:ana", "personal:budi", "personal:citra"]);
  expect(items.get("personal:ana")).toMatchObject({ status: "queued", conversationId: "personal:ana" });
  expect(items.get("personal:ana")!.address || undefined).toBeUndefined();
  // The dispatcher of every instance finds the job among the active ones.
  expect((await repos.announcements.listActiveJobs()).map((j) => j.jobId)).toContain("job-people");

  // At send time the stored conversation becomes the address; without one the send port gets none (not_installed).
  const seen = new Map<string, string | undefined>();
  const send = addressAtSend(repos.conversations, async (item) => {
    seen.set(item.recipientId, item.address);
    return item.address ? { kind: "sent" } : { kind: "permanent", reason: "not_installed" };
  });
  const outcomes = await Promise.all([...items.values()].map((item) => send(item, job)));
  expect(outcomes.map((o) => o.kind).sort()).toEqual(["permanent", "sent", "sent"]);
  expect(JSON.parse(seen.get("personal:budi")!)).toEqual(reference("budi"));
  expect(seen.get("personal:citra")).toBeFalsy();
});

test("queueing the same job id again adds nobody and keeps the first payload: the job id is the idempotency key", async () => {
  await cardJobs.toPeople("job-once", { kind: "training-reminder", trainingId: "t-2" }, ["ana"]);
  await repos.announcements.removeActiveJob("job-once");
  const again = await cardJobs.toPeople("job-once", { kind: "training-reminder", trainingId: "t-other" }, ["ana", "budi", "citra"]);
  expect(again).toMatchObject({ total: 1 });
  expect(cardJobKind(again.payload)?.payload.trainingId).toBe("t-2");
  expect([...(await byRecipient("job-once")).keys()]).toEqual(["personal:ana"]);
  expect(await repos.outbox.store.counts("job-once")).toMatchObject({ queued: 1, sent: 0 });
  // Queueing again marks it active again (so a crash between writing it and marking it loses nothing).
  expect((await repos.announcements.listActiveJobs()).map((j) => j.jobId)).toContain("job-once");
});

test("a payload without a kind (an announcement's) or unreadable is no card job", () => {
  expect(cardJobKind(JSON.stringify({ announcementId: "a-1", reminder: false }))).toBeUndefined();
  expect(cardJobKind("not json")).toBeUndefined();
});
