import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { adminOf, announcementCardsByConversation, api, content, ManualClock, membersOf, settled, sleep, waitFor } from "./support";

// Monday 7 December 2026, 08:00 WIB.
const clock = new ManualClock(new Date("2026-12-07T01:00:00Z"));
let app: AppHarness;
let admin: Person;
let audience: Person[];
let uninstalled: Person;
let blocked: Person;
let outsider: Person;
let announcementId: string;

beforeAll(async () => {
  app = await startApp({ clock, env: { ANNOUNCEMENT_TICK_MS: "100", ANNOUNCEMENT_REMINDER_WORKING_DAYS: "2", ANNOUNCEMENT_REMINDER_HOUR_WIB: "9" } });
  admin = adminOf(app);
  audience = [...membersOf(app, "disdukcapil"), ...membersOf(app, "dinkes")];
  [uninstalled, blocked] = audience.filter((p) => p.id !== admin.id).slice(-2) as [Person, Person];
  outsider = app.directory.listPeople().find((p) => !audience.some((a) => a.id === p.id) && p.id !== admin.id)!;
  for (const p of [...audience, outsider]) if (p.id !== uninstalled.id) await app.teams.install(asUser(p));
  app.connector.blocked.add(personalConversationId(asUser(blocked)));
});
afterAll(() => app.stop());

const send = (body: unknown, as = admin.id) => api(app, as, "POST", "/api/announcements", body);

describe("announcements to the members of two OPDs in personal chat", () => {
  test("every installed member gets the card once; the uninstalled and the blocked are recorded as failed, not retried", async () => {
    expect(audience.length).toBeGreaterThan(4);
    const res = await send({ content: content(), audience: { kind: "opds", opdIds: ["disdukcapil", "dinkes"] } });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("sending");
    announcementId = res.body.id;

    const view = await settled(app, admin.id, announcementId);
    const cards = announcementCardsByConversation(app, announcementId);
    for (const p of audience) {
      const got = cards.get(personalConversationId(asUser(p)))?.length ?? 0;
      expect([p.displayName, got]).toEqual([p.displayName, p.id === uninstalled.id || p.id === blocked.id ? 0 : 1]);
    }
    expect(cards.has(personalConversationId(asUser(outsider)))).toBe(false);
    expect(cards.size).toBe(audience.length - 2);
    const card = cards.get(personalConversationId(asUser(audience[0]!)))![0]!;
    expect(cardText(card.activity)).toContain("Pengumuman uji");
    expect(cardActions(card.activity).map((a) => a.verb)).toEqual([VERBS.announcementAck]);
    expect(JSON.stringify(card.activity)).toContain("Saya sudah membaca dan memahami");

    expect(view.progress).toMatchObject({ total: audience.length, sent: audience.length - 2, failed: 2, queued: 0 });
    expect(view.failures).toEqual({ not_installed: 1, MessageWritesBlocked: 1 });
    const items = await app.repositories.outbox.store.listItems(`ann-${announcementId}`);
    const blockedItem = items.find((i) => i.recipientId === `personal:${blocked.id}`)!;
    expect(blockedItem).toMatchObject({ status: "failed", attempts: 1, lastError: "MessageWritesBlocked" });
    const rows = Object.fromEntries(view.byOpd.map((r: any) => [r.opdId, r]));
    expect(rows.disdukcapil.recipients + rows.dinkes.recipients).toBe(audience.length);
    expect(rows.disdukcapil.delivered + rows.dinkes.delivered).toBe(audience.length - 2);
    await waitFor("done", async () => ((await api(app, admin.id, "GET", `/api/announcements/${announcementId}`)).body.announcement.status === "done" ? true : undefined));
  });

  test("acknowledging is per person, idempotent, and counted per OPD; a non-recipient or unknown announcement is refused", async () => {
    const [a, b] = [membersOf(app, "disdukcapil").find((p) => p.id !== blocked.id && p.id !== uninstalled.id)!, membersOf(app, "dinkes").find((p) => p.id !== blocked.id && p.id !== uninstalled.id)!];
    for (let i = 0; i < 2; i++) {
      const res = await app.teams.execute(asUser(a), VERBS.announcementAck, { announcementId });
      expect(res.status).toBe(200);
      expect(cardText(res.body.value)).toContain("Anda sudah membaca dan memahami");
      expect(cardActions(res.body.value)).toEqual([]);
    }
    await app.teams.execute(asUser(b), VERBS.announcementAck, { announcementId, personId: a.id });
    const refused = await app.teams.execute(asUser(outsider), VERBS.announcementAck, { announcementId });
    expect(refused.body).toMatchObject({ statusCode: 403, type: "application/vnd.microsoft.error" });
    const unknown = await app.teams.execute(asUser(a), VERBS.announcementAck, { announcementId: "no-such-announcement" });
    expect(unknown.body).toMatchObject({ statusCode: 404 });

    const view = (await api(app, admin.id, "GET", `/api/announcements/${announcementId}`)).body;
    expect(view.totals.acknowledged).toBe(2);
    const rows = Object.fromEntries(view.byOpd.map((r: any) => [r.opdId, r]));
    expect([rows.disdukcapil.acknowledged, rows.dinkes.acknowledged]).toEqual([1, 1]);
  });

  test("only the admin may compose, preview or follow announcements", async () => {
    const someone = audience[0]!;
    expect((await send({ content: content(), audience: { kind: "everyone" } }, someone.id)).status).toBe(403);
    expect((await api(app, someone.id, "POST", "/api/announcements/preview", { content: content() })).status).toBe(403);
    expect((await api(app, someone.id, "GET", `/api/announcements/${announcementId}`)).status).toBe(403);
    expect((await api(app, undefined, "GET", "/api/announcements")).status).toBe(401);
  });

  test("bad input gets precise messages; the largest card stays well under 40 KB", async () => {
    const bad = await send({ content: { ...content(), imageUrl: "http://example.org/x.png", bodyId: "" }, audience: { kind: "opds", opdIds: ["no-such-opd"] } });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.fields.map((f: any) => f.field);
    expect(fields).toEqual(expect.arrayContaining(["content.imageUrl", "content.bodyId"]));
    expect(JSON.stringify(bad.body)).toContain("https://");
    const unknownOpd = await send({ content: content(), audience: { kind: "opds", opdIds: ["no-such-opd"] } });
    expect(unknownOpd.body.error.fields[0]).toMatchObject({ field: "audience.opdIds" });
    const past = await send({ content: content(), audience: { kind: "everyone" }, scheduledAt: "2026-12-07T07:00" });
    expect(past.body.error.fields[0]).toMatchObject({ field: "scheduledAt" });
    const big = "Ü".repeat(4000);
    const preview = await api(app, admin.id, "POST", "/api/announcements/preview", { content: { ...content(), titleId: "T".repeat(200), titleEn: "E".repeat(200), bodyId: big, bodyEn: big } });
    expect(preview.status).toBe(200);
    expect(preview.body.card.version).toBe("1.5");
    expect(preview.body.bytes).toBeLessThan(30_000);
    const tooLong = await api(app, admin.id, "POST", "/api/announcements/preview", { content: { ...content(), bodyId: "x".repeat(4001) } });
    expect(tooLong.body.error.fields[0]).toMatchObject({ field: "content.bodyId", code: "field_too_long" });
  });

  test("a scheduled announcement goes at its WIB time, not before", async () => {
    const res = await send({ content: content("Terjadwal"), audience: { kind: "opds", opdIds: ["dinkes"] }, scheduledAt: "2026-12-07T10:30" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "scheduled", sendAt: "2026-12-07T03:30:00.000Z" });
    clock.set("2026-12-07T03:29:00Z");
    await sleep(600);
    expect(announcementCardsByConversation(app, res.body.id).size).toBe(0);
    clock.set("2026-12-07T03:30:00Z");
    const view = await settled(app, admin.id, res.body.id);
    expect(view.progress.sent).toBe(membersOf(app, "dinkes").filter((p) => p.id !== uninstalled.id && p.id !== blocked.id).length);
  });

  test("reminders go to those who have not acknowledged after 2 working days, at 09:00 WIB, once a day", async () => {
    const reminders = () =>
      [...announcementCardsByConversation(app, announcementId).values()].flat().filter((c) => cardText(c.activity).includes("Pengingat"));
    clock.set("2026-12-08T03:00:00Z"); // Tuesday 10:00: one working day only
    await sleep(500);
    expect(reminders()).toHaveLength(0);
    clock.set("2026-12-09T01:30:00Z"); // Wednesday 08:30: before the hour
    await sleep(500);
    expect(reminders()).toHaveLength(0);
    clock.set("2026-12-09T02:05:00Z"); // Wednesday 09:05
    const expected = audience.length - 2 - 2; // delivered, minus the two who acknowledged
    await waitFor("reminders", () => (reminders().length === expected ? true : undefined));
    const acked = new Set((await app.repositories.announcements.listAcks(announcementId)).map((a) => a.personId));
    for (const call of reminders()) expect(acked.has(call.conversationId.replace("a:personal-", ""))).toBe(false);
    clock.set("2026-12-09T08:00:00Z"); // Wednesday 15:00: no second reminder today
    await sleep(700);
    expect(reminders()).toHaveLength(expected);
    clock.set("2026-12-10T02:05:00Z"); // Thursday 09:05: the next day's reminder
    await waitFor("second reminders", () => (reminders().length === 2 * expected ? true : undefined));
    expect(new Set(reminders().map((c) => c.conversationId)).size).toBe(expected);
  });
});
