import type { Person } from "../../src/domain/org";
import { startApp, type AppHarness } from "../support/app-harness";
import { asUser, personalConversationId } from "../support/teams-client";
import { adminOf, announcementCardsByConversation, api, content, settled } from "./support";

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

test("the send port maps the connector's answers: 500 and 429 are retried by the outbox (Retry-After kept), one request per attempt", async () => {
  const admin = adminOf(app);
  const people = app.directory.getUnitMembers("dinkes", { recursive: true }).slice(0, 3) as [Person, Person, Person];
  for (const p of people) await app.teams.install(asUser(p));
  const [failing, throttled, fine] = people.map((p) => personalConversationId(asUser(p))) as [string, string, string];
  app.connector.faults.set(failing, [500]);
  app.connector.faults.set(throttled, [429]);
  const before = new Map(people.map((p) => [personalConversationId(asUser(p)), app.connector.attempts.get(personalConversationId(asUser(p))) ?? 0]));
  const started = Date.now();
  const res = await api(app, admin.id, "POST", "/api/announcements", { content: content(), audience: { kind: "opds", opdIds: ["dinkes"] } });
  const view = await settled(app, admin.id, res.body.id);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // the 429's Retry-After: 1 was waited for
  const items = new Map((await app.repositories.outbox.store.listItems(`ann-${res.body.id}`)).map((i) => [i.conversationId, i]));
  expect(items.get(failing)).toMatchObject({ status: "sent", attempts: 2 });
  expect(items.get(throttled)).toMatchObject({ status: "sent", attempts: 2 });
  expect(items.get(fine)).toMatchObject({ status: "sent", attempts: 1 });
  // No retries inside the adapter: exactly one connector request per outbox attempt.
  for (const [conversation, n] of [[failing, 2], [throttled, 2], [fine, 1]] as const) {
    expect(app.connector.attempts.get(conversation)! - before.get(conversation)!).toBe(n);
  }
  const cards = announcementCardsByConversation(app, res.body.id);
  for (const c of [failing, throttled, fine]) expect(cards.get(c)).toHaveLength(1);
  expect(view.progress.failed).toBe(view.progress.total - view.progress.sent);
});
