import { VERBS } from "../../src/cards/verbs";
import { UNIT_CHANNEL_VERBS } from "../../src/cards/unit-channel-cards";
import type { Person } from "../../src/domain/org";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText, type ConnectorCall } from "../support/connector";
import { asUser, personalConversationId, type TeamsChannel } from "../support/teams-client";

// Issue 4 item 7: a unit's channel, picked with `@Kinerja ASN kanal` or in the tab's API, and its daily check-in.
const TEAM = "19:team-capil@thread.tacv2";
const GENERAL: TeamsChannel = { teamId: TEAM, channelId: TEAM };
// Teams sends a channel message's conversation id with the thread's ";messageid=…"; the channel is the part before.
const KINERJA_ID = "19:kinerja-capil@thread.tacv2";
const KINERJA: TeamsChannel = { teamId: TEAM, channelId: `${KINERJA_ID};messageid=1764300000000` };
const DINAS: TeamsChannel = { teamId: TEAM, channelId: "19:dinas-capil@thread.tacv2" };
const DINKES: TeamsChannel = { teamId: TEAM, channelId: "19:dinkes@thread.tacv2" };
const STRANGE_TEAM: TeamsChannel = { teamId: "19:team-lain@thread.tacv2", channelId: "19:team-lain@thread.tacv2" };
const UNIT = "disdukcapil-pi";

let now = new Date("2026-11-30T07:00:00+07:00"); // Monday
const setWib = (local: string) => (now = new Date(`${local}+07:00`));
let app: AppHarness;
let p: Record<"head" | "peer" | "member" | "admin" | "opdHead" | "outsider", Person>;

beforeAll(async () => {
  app = await startApp({ clock: { now: () => now }, env: { UNIT_CHECKIN_HOUR_WIB: "8", HOLIDAYS: "2026-12-25" } });
  const byName = (name: string) => app.directory.listPeople().find((x) => x.displayName === name)!;
  p = {
    head: byName("Agus Maulana"), // head of disdukcapil-pi
    peer: byName("Taufik Kusuma"),
    member: byName("Putri Lim"),
    admin: byName("Sri Simanjuntak"),
    opdHead: byName("Gusti Rahman"), // head of disdukcapil, another unit
    outsider: byName("Hendra Kurniawan"),
  };
  expect((await app.teams.installInTeam(asUser(p.head), GENERAL)).status).toBe(200);
});
afterAll(async () => {
  await app.background.drain();
  await app.stop();
});

/** The card the bot answered a channel message with (the reply goes to the message's conversation). */
async function kanal(user: Person, channel: TeamsChannel, text: string): Promise<string> {
  const before = app.connector.calls.length;
  expect((await app.teams.channelMessage(asUser(user), channel, text)).status).toBe(200);
  const replies = app.connector.calls.slice(before).filter((c) => c.conversationId === channel.channelId && c.method === "POST");
  expect(replies).toHaveLength(1);
  return cardText(cardOf(replies[0]!.activity));
}

async function api(user: Person, method: string, path: string, body?: unknown) {
  const res = await fetch(app.server.url + path, { method, headers: { "Content-Type": "application/json", "X-Dev-User": user.id }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe("picking the unit's channel with the kanal command", () => {
  test("the unit head sets this channel for their unit; the channel is not stored as their personal chat", async () => {
    const answer = await kanal(p.head, KINERJA, "kanal");
    expect(answer).toContain("Kanal ini sekarang menjadi kanal Bidang Pelayanan Pendaftaran Penduduk");
    expect(answer).toContain("This channel is now the channel of Bidang Pelayanan Pendaftaran Penduduk");
    const stored = await app.repositories.unitChannels.get(UNIT);
    expect(stored).toMatchObject({ unitId: UNIT, teamId: TEAM, channelId: KINERJA_ID, checkIn: false, setById: p.head.id });
    expect((stored!.reference as { conversation: { id: string } }).conversation.id).toBe(KINERJA_ID);
    expect(await app.repositories.conversations.get("personal", p.head.id)).toBeUndefined();
  });

  test("a peer is refused, with or without naming the unit, and nothing changes", async () => {
    expect(await kanal(p.peer, DINAS, "kanal")).toContain("Anda bukan kepala unit kerja");
    expect(await kanal(p.peer, DINAS, `kanal ${UNIT}`)).toContain("Hanya Admin Kinerja atau kepala unit ini");
    expect(await app.repositories.unitChannels.get(UNIT)).toMatchObject({ channelId: KINERJA_ID, setById: p.head.id });
  });

  test("an admin names another unit by its exact name; an unknown unit is refused precisely", async () => {
    expect(await kanal(p.admin, DINKES, "kanal dinas kesehatan")).toContain("Kanal ini sekarang menjadi kanal Dinas Kesehatan");
    expect(await app.repositories.unitChannels.get("dinkes")).toMatchObject({ teamId: TEAM, channelId: DINKES.channelId, setById: p.admin.id });
    expect(await kanal(p.admin, DINKES, "kanal Dinas Rahasia")).toContain('Unit "Dinas Rahasia" tidak ada di direktori');
  });

  test("in a team where the bot is not installed, or in a personal chat, the command refuses", async () => {
    expect(await kanal(p.head, STRANGE_TEAM, "kanal")).toContain("belum terpasang di tim ini");
    const before = app.connector.calls.length;
    await app.teams.message(asUser(p.head), "kanal");
    const reply = app.connector.calls.slice(before).find((c) => c.conversationId === personalConversationId(asUser(p.head)));
    expect(cardText(cardOf(reply!.activity))).toContain("Perintah kanal dipakai di kanal tim");
    expect((await app.repositories.unitChannels.get(UNIT))!.channelId).toBe(KINERJA_ID);
  });
});

describe("the unit channel API of the tab", () => {
  const path = `/api/units/${UNIT}/channel`;

  test("the head reads the channel and the channels they may pick", async () => {
    const view = await api(p.head, "GET", path);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ unitId: UNIT, unitName: "Bidang Pelayanan Pendaftaran Penduduk", channel: { teamId: TEAM, channelId: KINERJA_ID, checkIn: false } });
    const options = await api(p.head, "GET", `${path}/options`);
    expect(options.status).toBe(200);
    expect(options.body).toEqual(expect.arrayContaining([{ teamId: TEAM, channelId: TEAM }, { teamId: TEAM, channelId: KINERJA_ID }]));
    expect(options.body.some((o: { teamId: string }) => o.teamId === STRANGE_TEAM.teamId)).toBe(false);
  });

  test("another unit's head and a peer are refused with a bilingual message", async () => {
    for (const user of [p.opdHead, p.peer]) {
      for (const [method, body] of [["GET"], ["PUT", { teamId: TEAM, channelId: DINAS.channelId }], ["DELETE"]] as const) {
        const res = await api(user, method, path, body);
        expect(res.status).toBe(403);
        expect(res.body.error.message.id).toContain("Hanya Admin Kinerja atau kepala unit ini");
        expect(res.body.error.message.en).toContain("Only the Admin Kinerja or the head of this unit");
      }
    }
    expect((await app.repositories.unitChannels.get(UNIT))!.channelId).toBe(KINERJA_ID);
  });

  test("a team where the bot is not installed and a malformed body are 400 with a precise message", async () => {
    const strange = await api(p.head, "PUT", path, { teamId: STRANGE_TEAM.teamId, channelId: STRANGE_TEAM.channelId });
    expect(strange.status).toBe(400);
    expect(strange.body.error).toMatchObject({ code: "unit_channel_not_installed", message: { en: expect.stringContaining("not installed in this team") } });
    for (const bad of [{ teamId: TEAM }, { teamId: TEAM, channelId: "a b" }, { teamId: TEAM, channelId: DINAS.channelId, checkIn: "ya" }, { teamId: TEAM, channelId: DINAS.channelId, extra: 1 }]) {
      const res = await api(p.head, "PUT", path, bad);
      expect(res.status).toBe(400);
      expect(res.body.error.message.id).toContain("teamId dan channelId wajib diisi");
      expect(res.body.error.message.en).toContain("teamId and channelId are required");
    }
    // Not even a JSON object: the API's generic answer, still in both languages.
    const notJson = await api(p.head, "PUT", path, "kanal");
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toEqual({ id: expect.any(String), en: expect.any(String) });
    expect((await app.repositories.unitChannels.get(UNIT))!.channelId).toBe(KINERJA_ID);
    const unknown = await api(p.admin, "GET", "/api/units/tidak-ada/channel");
    expect(unknown.status).toBe(404);
  });

  test("PUT sets a channel of an installed team (addressed like the team's), DELETE removes it; each change is audited", async () => {
    const put = await api(p.head, "PUT", path, { teamId: TEAM, channelId: DINAS.channelId, checkIn: true });
    expect(put.status).toBe(200);
    expect(put.body.channel).toMatchObject({ teamId: TEAM, channelId: DINAS.channelId, checkIn: true, setById: p.head.id });
    const stored = (await app.repositories.unitChannels.get(UNIT))!;
    const reference = stored.reference as { serviceUrl: string; conversation: { id: string } };
    expect(reference.conversation.id).toBe(DINAS.channelId);
    expect(reference.serviceUrl).toBe(app.connector.url);
    const del = await api(p.head, "DELETE", path);
    expect(del.status).toBe(200);
    expect(del.body.channel).toBeNull();
    expect((await api(p.head, "GET", path)).body.channel).toBeNull();
    const audit = await app.repositories.audit.listForOwner(`unit:${UNIT}`);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual(
      expect.arrayContaining([
        ["unitChannel.set", p.head.id],
        ["unitChannel.remove", p.head.id],
      ]),
    );
    expect(audit.filter((a) => a.action === "unitChannel.set")).toHaveLength(2); // the command's and the PUT's
  });
});

describe("the daily check-in card in opted-in unit channels", () => {
  const checkIn = () => app.server.scheduled.find((t) => t.name === "unit channel check-in")!.run();
  const checkInPosts = (conversationId: string): ConnectorCall[] =>
    app.connector.calls.filter((c) => c.method === "POST" && c.conversationId === conversationId && cardText(cardOf(c.activity)).includes("Laporan kemajuan hari ini"));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    expect(await kanal(p.head, KINERJA, "kanal cekin on")).toContain("setiap hari kerja mulai pukul 08.00 WIB");
    expect(await kanal(p.admin, DINAS, "kanal cekin on disdukcapil")).toContain("kanal Dinas Kependudukan dan Pencatatan Sipil");
    // dinkes keeps its channel without the check-in.
    expect((await app.repositories.unitChannels.get("dinkes"))?.checkIn).toBe(false);
  });

  test("before the hour and on a weekend or holiday nothing is posted", async () => {
    setWib("2026-11-30T07:59:00");
    expect(await checkIn()).toEqual({ status: "skipped", reason: "before_hour" });
    setWib("2026-11-28T09:00:00"); // Saturday
    expect(await checkIn()).toEqual({ status: "skipped", reason: "not_working_day" });
    setWib("2026-12-25T09:00:00"); // configured holiday
    expect(await checkIn()).toEqual({ status: "skipped", reason: "not_working_day" });
    await sleep(1500);
    expect([...checkInPosts(KINERJA_ID), ...checkInPosts(DINAS.channelId), ...checkInPosts(DINKES.channelId)]).toEqual([]);
  });

  test("one tick at the hour posts exactly one card per opted-in channel; a second tick posts nothing", async () => {
    setWib("2026-11-30T08:05:00");
    expect(await checkIn()).toEqual({ status: "posted", posted: 2 });
    await app.connector.waitFor((c) => checkInPosts(KINERJA_ID).includes(c), 10_000);
    await app.connector.waitFor((c) => checkInPosts(DINAS.channelId).includes(c), 10_000);
    setWib("2026-11-30T10:00:00");
    expect(await checkIn()).toEqual({ status: "posted", posted: 0 });
    await sleep(2000);
    expect(checkInPosts(KINERJA_ID)).toHaveLength(1);
    expect(checkInPosts(DINAS.channelId)).toHaveLength(1);
    expect(checkInPosts(DINKES.channelId)).toHaveLength(0);
    // Nothing personal in the channel post: no member's name, no form.
    const card = cardOf(checkInPosts(KINERJA_ID)[0]!.activity);
    for (const member of app.directory.getUnitMembers(UNIT)) expect(cardText(card)).not.toContain(member.displayName);
    expect(cardInputs(card)).toEqual([]);
    expect(cardActions(card)).toEqual([{ verb: UNIT_CHANNEL_VERBS.checkInOpen, data: { unitId: UNIT, date: "2026-11-30" } }]);
  });

  test("a member's click answers their own report form, and submitting it stores a report for them", async () => {
    const post = cardOf(checkInPosts(KINERJA_ID)[0]!.activity);
    const { data } = cardActions(post)[0]!;
    const opened = await app.teams.channelExecute(asUser(p.member), { teamId: TEAM, channelId: KINERJA_ID }, UNIT_CHANNEL_VERBS.checkInOpen, data);
    expect(opened.status).toBe(200);
    const form = opened.body.value;
    expect(cardInputs(form)).toEqual(expect.arrayContaining(["date", "activity", "quantity"]));
    const submit = cardActions(form).find((a) => a.verb === VERBS.reportSubmit)!;
    const activity = "Verifikasi berkas KK dari kanal unit";
    const saved = await app.teams.channelExecute(asUser(p.member), { teamId: TEAM, channelId: KINERJA_ID }, VERBS.reportSubmit, { ...submit.data, date: "2026-11-30", activity, quantity: "4", unit: "berkas" });
    expect(saved.status).toBe(200);
    expect(saved.body.type).toBe("application/vnd.microsoft.card.adaptive");
    await app.background.drain();
    const reports = await app.repositories.reports.listForEmployee(p.member.id);
    expect(reports.map((r) => r.activity)).toEqual([activity]);
    expect(await app.repositories.reports.listForEmployee(p.head.id)).toEqual([]);
  });

  test("someone outside the unit gets a polite bilingual explanation, no form", async () => {
    const opened = await app.teams.channelExecute(asUser(p.outsider), { teamId: TEAM, channelId: KINERJA_ID }, UNIT_CHANNEL_VERBS.checkInOpen, { unitId: UNIT, date: "2026-11-30" });
    expect(opened.status).toBe(200);
    const text = cardText(opened.body.value);
    expect(text).toContain("Formulir di kanal ini untuk anggota Bidang Pelayanan Pendaftaran Penduduk");
    expect(text).toContain("The form in this channel is for the members of Bidang Pelayanan Pendaftaran Penduduk");
    expect(cardInputs(opened.body.value)).toEqual([]);
  });
});

test("in a channel, commands that show one's own data (nilai, skp, lapor, bimbingan) answer only that they work in personal chat", async () => {
  for (const command of ["nilai", "skp", "lapor", "bimbingan", "bantuan"]) {
    app.connector.clear();
    expect((await app.teams.channelMessage(asUser(p.head), DINAS, command)).status).toBe(200);
    const replies = app.connector.calls.filter((c) => c.conversationId === DINAS.channelId);
    expect(replies).toHaveLength(1);
    expect(cardOf(replies[0]!.activity)).toBeUndefined();
    expect(String(replies[0]!.activity.text)).toContain("hanya bisa di chat pribadi");
    expect(String(replies[0]!.activity.text)).toContain("only in your personal chat");
  }
  // Nothing went to anybody's personal chat either: the command was not run.
  expect(app.connector.calls.filter((c) => c.conversationId === personalConversationId(asUser(p.head)))).toHaveLength(0);
});
