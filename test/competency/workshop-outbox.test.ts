import { VERBS } from "../../src/cards/verbs";
import { createFileDirectory } from "../../src/directory";
import type { Person } from "../../src/domain/org";
import type { StoredNeed } from "../../src/services/competency-ports";
import { startApp, uniquePrefix, type AppHarness } from "../support/app-harness";
import { cardActions, cardText } from "../support/connector";
import { asUser } from "../support/teams-client";
import { waitFor } from "../socialization/support";
import { COMPETENCY_ORG, api, cardsTo, execute, movableClock, outboxIdle, people, workshop } from "./competency-support";

// Workshop announcements and day-before reminders go through the durable outbox (issue 7's sender): the request
// only queues; every installed person gets exactly one card, also across a restart of the server mid-send.
const clock = movableClock();
const start = () => createFileDirectory(COMPETENCY_ORG).then((directory) => startApp({ clock, directory }));

let app: AppHarness;
let cast: ReturnType<typeof people>;
let opd: Person[];
let notInstalled: Person[];

beforeAll(async () => {
  app = await start();
  cast = people(app);
  opd = app.directory.getUnitMembers("dpmptsp", { recursive: true });
  notInstalled = [cast.citra, cast.dedi];
  for (const p of app.directory.listPeople()) if (!notInstalled.includes(p)) await app.teams.install(asUser(p));
});
afterAll(async () => {
  await app.background.drain();
  await app.stop();
});

const titled = (title: string) => (p: Person, a = app) => cardsTo(a, p).filter((c) => cardText(c).includes(title));
const progress = async (trainingId: string, a = app) => (await api(a, cast.putri, "GET", `/api/trainings/${trainingId}/announcement`)).body;
const settled = (trainingId: string, a = app) =>
  waitFor(`announcement of ${trainingId} settled`, async () => {
    const p = await progress(trainingId, a);
    return p?.total?.total > 0 && p.total.queued + p.total.sending + p.total.retrying === 0 ? p : undefined;
  }, 60_000);
const create = async (overrides: Record<string, unknown>, a = app) => {
  const res = await api(a, cast.putri, "POST", "/api/trainings", workshop({ capacity: 20, ...overrides }));
  expect(res.status).toBe(201);
  return res.body.id as string;
};

test("announcing to an OPD queues one item per person and answers at once; each installed person gets exactly one card", async () => {
  const id = await create({ title: "Workshop Layanan OPD", targetUnitIds: ["dpmptsp"] });
  const res = await api(app, cast.putri, "POST", `/api/trainings/${id}/announce`);
  expect(res.body).toEqual({ queued: opd.length, audience: opd.length, jobId: `training-announce-${id}` });
  const items = await app.repositories.outbox.store.listItems(res.body.jobId);
  expect(items.map((i) => i.recipientId).sort()).toEqual(opd.map((p) => `personal:${p.id}`).sort());

  const done = await settled(id);
  expect(done.total).toMatchObject({ total: opd.length, sent: opd.length - 2, failed: 2 });
  expect(done.jobs.map((j: any) => j.jobId)).toEqual([`training-announce-${id}`]);
  const failed = (await app.repositories.outbox.store.listItems(res.body.jobId)).filter((i) => i.status === "failed");
  expect(failed.map((i) => [i.recipientId, i.lastError]).sort()).toEqual(notInstalled.map((p) => [`personal:${p.id}`, "not_installed"]).sort());
  for (const p of opd.filter((x) => !notInstalled.includes(x))) expect([p.displayName, titled("Workshop Layanan OPD")(p).length]).toEqual([p.displayName, 1]);
  expect(titled("Workshop Layanan OPD")(cast.putri)).toHaveLength(0);

  // A second announce reaches nobody twice.
  expect((await api(app, cast.putri, "POST", `/api/trainings/${id}/announce`)).body).toEqual({ queued: 0, audience: opd.length, jobId: `training-announce-${id}` });
  await outboxIdle(app);
  expect(opd.map((p) => titled("Workshop Layanan OPD")(p).length)).toEqual(opd.map((p) => (notInstalled.includes(p) ? 0 : 1)));
  expect((await progress(id)).total).toMatchObject({ total: opd.length, sent: opd.length - 2 });

  // The card has Daftar, and registering from it works.
  const card = titled("Workshop Layanan OPD")(cast.bella)[0]!;
  const daftar = cardActions(card).find((a) => a.verb === VERBS.trainingRegister)!;
  const registered = await execute(app, cast.bella, daftar.verb, daftar.data);
  expect(registered.statusCode).toBe(200);
  expect(cardText(registered.value)).toContain("Anda terdaftar");
  const list = await api(app, cast.putri, "GET", `/api/trainings/${id}/participants`);
  expect(list.body.registrations.map((r: any) => [r.name, r.status])).toEqual([["Bella Safitri", "registered"]]);
});

test("only the organiser sees the delivery progress", async () => {
  const id = await create({ title: "Workshop Progres", targetUnitIds: ["dpmptsp-pl"] });
  expect((await api(app, cast.yusuf, "GET", `/api/trainings/${id}/announcement`)).status).toBe(403);
  expect((await api(app, cast.andi, "GET", `/api/trainings/${id}/announcement`)).status).toBe(403);
  expect((await progress(id)).jobs).toEqual([]);
});

test("a repeated announce reaches only people added to the audience since", async () => {
  const id = await create({ title: "Workshop Kebutuhan", addresses: ["Berorientasi Pelayanan"] });
  expect((await api(app, cast.putri, "POST", `/api/trainings/${id}/announce`)).body).toEqual({ queued: 0, audience: 0, jobId: null });
  const need = (p: Person): StoredNeed => ({
    id: `need-${p.id}`, employeeId: p.id, year: 2026, source: "PERILAKU", topic: "berorientasi-pelayanan", status: "confirmed", origin: "supervisor",
    unitId: p.unitId, opdId: "dpmptsp", jabatanType: p.jabatanType, updatedAt: clock.now().toISOString(), updatedById: cast.dewi.id,
  });
  await app.repositories.competency.saveNeeds([need(cast.andi)]);
  expect((await api(app, cast.putri, "POST", `/api/trainings/${id}/announce`)).body).toEqual({ queued: 1, audience: 1, jobId: `training-announce-${id}` });
  await app.repositories.competency.saveNeeds([need(cast.bella)]);
  expect((await api(app, cast.putri, "POST", `/api/trainings/${id}/announce`)).body).toEqual({ queued: 1, audience: 2, jobId: `training-announce-${id}-r2` });
  await outboxIdle(app);
  expect([titled("Workshop Kebutuhan")(cast.andi).length, titled("Workshop Kebutuhan")(cast.bella).length]).toEqual([1, 1]);
  expect((await progress(id)).total).toMatchObject({ total: 2, sent: 2 });
});

test("the day before, each registered participant is reminded once through the outbox; nobody waiting", async () => {
  const id = await create({ title: "Workshop Pengingat", capacity: 2, start: "2026-04-21T09:00", end: "2026-04-21T12:00" });
  for (const p of [cast.andi, cast.bella, cast.dewi]) await api(app, p, "POST", `/api/trainings/${id}/registration`);
  clock.set("2026-04-20T02:00:00Z");
  try {
    expect((await api(app, cast.putri, "POST", "/api/competency/daily-tick")).body.trainingReminders).toBe(2);
    expect((await api(app, cast.putri, "POST", "/api/competency/daily-tick")).body.trainingReminders).toBe(0);
    await outboxIdle(app);
    const reminders = titled("Besok: Workshop Pengingat");
    expect([reminders(cast.andi).length, reminders(cast.bella).length, reminders(cast.dewi).length]).toEqual([1, 1, 0]);
    expect(await app.repositories.outbox.store.counts(`training-reminder-${id}`)).toMatchObject({ sent: 2, failed: 0 });
  } finally {
    clock.set("2026-03-31T03:00:00Z");
  }
});

test("a restart of the server mid-send delivers the rest exactly once", async () => {
  // The demo organisation: more people than a worker holds at once (16), so a part is left for the second server.
  const env = { TABLE_PREFIX: uniquePrefix("wsrestart"), OUTBOX_TENANT_RATE_PER_SECOND: "5" };
  const first = await startApp({ clock, env });
  const everyone = first.directory.listPeople();
  const organiser = first.directory.listByRole("kompetensi")[0]!;
  for (const p of everyone) await first.teams.install(asUser(p));
  const created = await api(first, organiser, "POST", "/api/trainings", workshop({ title: "Workshop Restart", capacity: 50, targetUnitIds: [first.directory.listUnits().find((u) => !u.parentId)!.id] }));
  const id = created.body.id as string;
  expect((await api(first, organiser, "POST", `/api/trainings/${id}/announce`)).body.queued).toBe(everyone.length);
  const cards = () => everyone.map((p) => titled("Workshop Restart")(p, first).length);
  await waitFor("first cards", () => (cards().filter((n) => n > 0).length >= 2 ? true : undefined));
  // The first instance goes away mid-send (its worker finishes what it holds); its connector stays, as Teams would.
  await first.server.close();
  expect(cards().filter((n) => n > 0).length).toBeLessThan(everyone.length);

  const second = await startApp({ clock, env });
  try {
    const done = await waitFor("announcement settled after the restart", async () => {
      const p = (await api(second, organiser, "GET", `/api/trainings/${id}/announcement`)).body;
      return p?.total && p.total.queued + p.total.sending + p.total.retrying === 0 ? p : undefined;
    }, 60_000);
    expect(done.total).toMatchObject({ total: everyone.length, sent: everyone.length, failed: 0 });
    expect(cards()).toEqual(everyone.map(() => 1));
  } finally {
    await second.stop();
    await first.connector.stop();
  }
});
