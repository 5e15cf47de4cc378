import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardText } from "../support/connector";
import { asUser, type TeamsUser } from "../support/teams-client";
import { adminOf, announcementCardsByConversation, api, content, settled, sleep, waitFor } from "./support";

const TEAM_ID = "19:team-bkpsdm@thread.tacv2";
const CHANNEL_ID = "19:pengumuman@thread.tacv2";

describe("channel posts (the app installed in a team)", () => {
  let app: AppHarness;
  let admin: Person;
  beforeAll(async () => {
    app = await startApp();
    admin = adminOf(app);
  });
  afterAll(() => app.stop());

  /** An activity from `user` in the team's channel, as Teams sends it. */
  const inChannel = (user: TeamsUser, type: string, extra: Record<string, unknown>) => ({
    ...app.teams.envelope(user, type),
    conversation: { id: CHANNEL_ID, conversationType: "channel", isGroup: true, tenantId: "t" },
    channelData: { team: { id: TEAM_ID }, channel: { id: CHANNEL_ID }, tenant: { id: "t" } },
    ...extra,
  });

  test("the channel recorded at install gets one generic post; each clicker acknowledges for themself", async () => {
    const [first, second] = app.directory.listPeople().filter((p) => p.id !== admin.id) as [Person, Person];
    expect((await app.teams.post(inChannel(asUser(admin), "installationUpdate", { action: "add" }))).status).toBe(200);
    const teams = (await api(app, admin.id, "GET", "/api/announcements/teams")).body;
    expect(teams).toEqual([{ teamId: TEAM_ID, channelId: CHANNEL_ID }]);

    const unknownTeam = await api(app, admin.id, "POST", "/api/announcements", { content: content(), audience: { kind: "channels", teamIds: ["19:other@thread.tacv2"] } });
    expect(unknownTeam.status).toBe(400);
    const res = await api(app, admin.id, "POST", "/api/announcements", { content: content("Kanal"), audience: { kind: "channels", teamIds: [TEAM_ID] } });
    expect(res.status).toBe(201);
    const view = await settled(app, admin.id, res.body.id);
    expect(view.progress).toMatchObject({ total: 1, sent: 1 });
    const posts = announcementCardsByConversation(app, res.body.id).get(CHANNEL_ID)!;
    expect(posts).toHaveLength(1);
    const items = await app.repositories.outbox.store.listItems(`ann-${res.body.id}`);
    expect(items[0]!.activityId).toBeTruthy(); // kept for later card updates

    const click = (user: Person) =>
      app.teams.post(inChannel(asUser(user), "invoke", { name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb: VERBS.announcementAck, data: { announcementId: res.body.id } }, trigger: "manual" } }));
    for (const user of [first, first, second]) {
      const answer = await click(user);
      expect(answer.status).toBe(200);
      expect(cardText(answer.body.value)).toContain("Anda sudah membaca dan memahami");
      expect(cardActions(answer.body.value)).toEqual([]);
    }
    const after = (await api(app, admin.id, "GET", `/api/announcements/${res.body.id}`)).body;
    expect(after.totals.acknowledged).toBe(2);
    // The shared post was not replaced by anyone's personal view.
    expect(app.connector.calls.filter((c) => c.conversationId === CHANNEL_ID && c.method === "PUT")).toHaveLength(0);
  });

  test("any other channel of an installed team can be named; a malformed channel id is refused", async () => {
    const other = "19:kepegawaian@thread.tacv2";
    const bad = await api(app, admin.id, "POST", "/api/announcements", { content: content(), audience: { kind: "channels", channels: [{ teamId: TEAM_ID, channelId: "general" }] } });
    expect(bad.status).toBe(400);
    const res = await api(app, admin.id, "POST", "/api/announcements", { content: content("Kanal lain"), audience: { kind: "channels", channels: [{ teamId: TEAM_ID, channelId: other }] } });
    expect(res.status).toBe(201);
    const view = await settled(app, admin.id, res.body.id);
    expect(view.progress).toMatchObject({ total: 1, sent: 1 });
    const posts = announcementCardsByConversation(app, res.body.id);
    expect([...posts.keys()]).toEqual([other]);
  });
});

describe("cancel mid-send", () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp({ env: { OUTBOX_TENANT_RATE_PER_SECOND: "4" } });
  });
  afterAll(() => app.stop());

  test("items not yet sent are cancelled and never sent; those sent stay sent", async () => {
    const admin = adminOf(app);
    const everyone = app.directory.listPeople();
    for (const p of everyone) await app.teams.install(asUser(p));
    const res = await api(app, admin.id, "POST", "/api/announcements", { content: content("Dibatalkan"), audience: { kind: "everyone" } });
    expect(res.status).toBe(201);
    await waitFor("first cards", () => (announcementCardsByConversation(app, res.body.id).size >= 2 ? true : undefined));
    const cancelled = await api(app, admin.id, "POST", `/api/announcements/${res.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.announcement.status).toBe("cancelled");
    const view = await settled(app, admin.id, res.body.id);
    await sleep(1500);
    const delivered = announcementCardsByConversation(app, res.body.id);
    const final = (await api(app, admin.id, "GET", `/api/announcements/${res.body.id}`)).body;
    expect(final.progress.sent).toBe(delivered.size);
    expect(final.progress.sent + final.progress.cancelled).toBe(everyone.length);
    expect(final.progress.cancelled).toBeGreaterThan(everyone.length / 2);
    expect(view.progress.queued).toBe(0);
    expect([...delivered.values()].every((calls) => calls.length === 1)).toBe(true);
    expect((await api(app, admin.id, "POST", `/api/announcements/${res.body.id}/cancel`)).status).toBe(409);
  });
});
