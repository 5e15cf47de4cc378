import { startApp, uniquePrefix, type AppHarness } from "../support/app-harness";
import { asUser, personalConversationId } from "../support/teams-client";
import { adminOf, announcementCardsByConversation, api, content, settled, waitFor } from "./support";

test("a restart resumes a send from storage: every installed person gets the card exactly once", async () => {
  const env = { TABLE_PREFIX: uniquePrefix("restart"), OUTBOX_TENANT_RATE_PER_SECOND: "5" };
  const first: AppHarness = await startApp({ env });
  const everyone = first.directory.listPeople();
  for (const p of everyone) await first.teams.install(asUser(p));
  const admin = adminOf(first);
  const res = await api(first, admin.id, "POST", "/api/announcements", { content: content("Lanjut setelah restart"), audience: { kind: "everyone" } });
  await waitFor("first cards", () => (announcementCardsByConversation(first, res.body.id).size >= 3 ? true : undefined));
  // The first instance goes away mid-send (its worker finishes what it holds); its connector stays, as Teams would.
  await first.server.close();
  const sentBefore = announcementCardsByConversation(first, res.body.id).size;
  expect(sentBefore).toBeLessThan(everyone.length);

  const second = await startApp({ env });
  try {
    const view = await settled(second, admin.id, res.body.id);
    expect(view.progress).toMatchObject({ total: everyone.length, sent: everyone.length, failed: 0 });
    const cards = announcementCardsByConversation(first, res.body.id);
    for (const p of everyone) expect([p.displayName, cards.get(personalConversationId(asUser(p)))?.length]).toEqual([p.displayName, 1]);
  } finally {
    await second.stop();
    await first.connector.stop();
  }
});
