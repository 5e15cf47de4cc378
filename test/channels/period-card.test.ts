import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import { InMemoryDirectory, createFileDirectory } from "../../src/directory";
import type { Person } from "../../src/domain/org";
import { unitPeriodJobId } from "../../src/services/unit-period-posts";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardText } from "../support/connector";
import { asUser } from "../support/teams-client";
import { EVAL_ORG, PERIOD, UNIT, api, approvedSkp, cast, ratingBody, selfBody } from "../evaluation/eval-support";
import { CHANNEL, channelPosts, firstChannelCard, sleep, startChannelApp, teamsId, unitChannelWithRoster, viewAs } from "./channel-support";

// The period post in a unit's channel (issue 4 item 7): one card per unit and period, one view per person.
const TASK = "unit channel period posts";
const tick = (app: AppHarness) => app.server.scheduled.find((t) => t.name === TASK)!.run() as Promise<{ queued: string[] }>;
/** Nothing of a rating may show in a channel: rating and predikat labels, and the feedback texts of ratingBody. */
const RATING_WORDS = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Ekspektasi", "Pertahankan ketelitian", "Menjaga suasana kerja", "predikat", "Predikat"];

describe("the unit of the evaluation org, its channel and its team", () => {
  let app: AppHarness & { prefix: string };
  let people: ReturnType<typeof cast>;
  let staff: Person[];
  let post: Record<string, any>;

  beforeAll(async () => {
    app = await startChannelApp();
    people = cast(app);
    staff = people.staff;
    expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
    for (const p of staff) await approvedSkp(app, p);
    // The roster holds the unit, its leader one level up and an admin (neither of the unit) and a guest.
    await unitChannelWithRoster(app, UNIT, people.head, [people.head, ...staff, people.kadis, people.admin]);
  });
  afterAll(async () => {
    await app.background.drain();
    await app.stop();
  });

  test("one tick posts one card; more ticks and a second server on the same storage post nothing more", async () => {
    expect(await tick(app)).toEqual({ queued: [unitPeriodJobId(PERIOD, UNIT)] });
    post = await firstChannelCard(app);
    expect(await tick(app)).toEqual({ queued: [] });
    const second = await startChannelApp({ prefix: app.prefix });
    try {
      expect(await tick(second)).toEqual({ queued: [] });
    } finally {
      await second.stop();
    }
    await sleep(2500);
    expect(channelPosts(app)).toHaveLength(1);
    // Only the channel got it: no personal chat received a period post.
    expect(app.connector.calls.filter((c) => JSON.stringify(c.activity).includes(VERBS.channelPeriodView))).toHaveLength(1);
  });

  test("the public card: period, deadline in WIB, the button; refresh for exactly the unit's members", async () => {
    const text = cardText(post);
    expect(text).toContain("3/2026 (1 Maret 2026 – 31 Maret 2026)");
    expect(text).toContain("7 April 2026, pukul 23.59 WIB");
    expect(text).toContain("Bidang Pelayanan Perizinan");
    expect(text).not.toContain(staff[0]!.displayName);
    expect(post.actions.map((a: { verb: string }) => a.verb)).toEqual([VERBS.channelPeriodView]);
    expect(post.refresh.action).toMatchObject({ type: "Action.Execute", verb: VERBS.channelPeriodView, data: { periodId: PERIOD, unitId: UNIT } });
    expect([...post.refresh.userIds].sort()).toEqual([people.head, ...staff].map(teamsId).sort());
  });

  test("a member's automatic view is their own status and opens their own form; the head's is the team's counts", async () => {
    const [andi, bella] = staff as [Person, Person];
    expect((await api(app, andi, "POST", `/api/evaluations/${PERIOD}/${andi.id}/self-assessment`, selfBody(andi))).status).toBe(200);

    const bellaView = (await viewAs(app, bella, post)).value;
    expect(cardText(bellaView)).toContain("Belum dikirim");
    expect(bellaView.refresh).toEqual(post.refresh);
    const open = cardActions(bellaView).find((a) => a.verb === VERBS.evalSelfOpen)!;
    expect(open.data).toEqual({ periodId: PERIOD, employeeId: bella.id });
    const form = (await app.teams.channelExecute(asUser(bella), CHANNEL, open.verb, open.data)).body.value;
    expect(cardInputs(form)).toEqual(expect.arrayContaining(["realisasi_0"]));
    // Bella's own form button does not open it for Citra: the self-assessment policy refuses.
    expect((await app.teams.channelExecute(asUser(staff[2]!), CHANNEL, open.verb, open.data)).body.statusCode).toBe(403);

    const andiView = (await viewAs(app, andi, post)).value;
    expect(cardText(andiView)).toContain("Sudah dikirim");
    expect(cardActions(andiView).some((a) => a.verb === VERBS.evalSelfOpen)).toBe(false);

    const headView = (await viewAs(app, people.head, post)).value;
    const headText = cardText(headView);
    expect(headText).toContain("1 dari 8");
    expect(headText).toContain("0 dari 8");
    for (const p of staff.slice(1)) expect(headText).toContain(p.displayName);
    expect(headText).not.toContain(andi.displayName);
    expect(headView.refresh).toEqual(post.refresh);
  });

  test("anyone else (the leader above, an admin, a peer's forged data) sees the public card", async () => {
    for (const outsider of [people.kadis, people.admin]) {
      const view = (await viewAs(app, outsider, post)).value;
      expect(cardText(view)).toBe(cardText(post));
      expect(view.refresh).toEqual(post.refresh);
    }
    // The card data only names the post: a member asking about another unit gets that unit's public card.
    const other = await app.teams.channelExecute(asUser(staff[1]!), CHANNEL, VERBS.channelPeriodView, { periodId: PERIOD, unitId: "dpmptsp" }, "automatic");
    expect(cardText(other.body.value)).not.toContain("Belum dikirim");
    const bad = await app.teams.channelExecute(asUser(staff[1]!), CHANNEL, VERBS.channelPeriodView, { periodId: "../x", unitId: UNIT });
    expect(bad.body.statusCode).toBe(400);
  });

  test("after ratings and penetapan no channel card shows a rating, a predikat or feedback text", async () => {
    for (const p of staff.slice(1)) expect((await api(app, p, "POST", `/api/evaluations/${PERIOD}/${p.id}/self-assessment`, selfBody(p))).status).toBe(200);
    const judgements = ["DI_ATAS", "SESUAI", "SESUAI", "SESUAI", "SESUAI", "SESUAI", "DI_BAWAH", "DI_BAWAH"] as const;
    for (const [i, p] of staff.entries()) {
      const j = judgements[i]!;
      expect((await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, ratingBody(p, j, j, i === 0 ? "DI_ATAS" : "SESUAI"))).status).toBe(200);
    }
    const headMid = cardText((await viewAs(app, people.head, post)).value);
    expect(headMid).toContain("8 dari 8");
    expect(cardText((await viewAs(app, staff[0]!, post)).value)).toContain("Sudah dikirim");
    expect((await api(app, people.kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "BAIK" })).status).toBe(200);
    const tetapkan = await api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/tetapkan`);
    expect([tetapkan.status, tetapkan.body.error]).toEqual([200, undefined]);

    const views = [];
    for (const p of [people.head, ...staff, people.kadis, people.admin]) views.push((await viewAs(app, p, post)).value);
    views.push((await viewAs(app, staff[0]!, post, "manual")).value);
    expect(cardText(views[1])).toContain("Hasil sudah ditetapkan");
    await app.background.drain();
    for (const card of [...views, ...channelPosts(app).map((c) => c.activity)]) {
      const text = JSON.stringify(card);
      for (const word of RATING_WORDS) expect(text).not.toContain(word);
      expect(text).not.toMatch(/SANGAT_BAIK|BUTUH_PERBAIKAN|"BAIK"|DI_ATAS|DI_BAWAH/);
    }
  });

  test("the head's Plh today gets the team's counts too, and is added to the refresh audience", async () => {
    await app.repositories.acting.add({ supervisorId: people.head.id, actingId: people.admin.id, from: "2026-03-31", to: "2026-03-31", recordedById: people.admin.id, reason: "Cuti" });
    const view = (await viewAs(app, people.admin, post, "manual")).value;
    const text = cardText(view);
    expect(text).toContain("8 dari 8");
    expect(text).not.toContain("Sangat Baik");
    // Not a member of the unit: no own status.
    expect(text).not.toContain("Penilaian diri saya");
    expect(view.refresh.userIds).toEqual(expect.arrayContaining([teamsId(people.admin)]));
  });
});

describe("a unit of 61 members", () => {
  let app: AppHarness & { prefix: string };
  let members: Person[];

  beforeAll(async () => {
    const base = await createFileDirectory(EVAL_ORG);
    const head = base.listPeople().find((p) => p.displayName === "Dewi Anggraini")!;
    const extra: Person[] = Array.from({ length: 61 - base.getUnitMembers(UNIT).length }, (_, i) => ({
      id: randomUUID(),
      displayName: `Pegawai Tambahan ${i + 1}`,
      userPrincipalName: `tambahan${i + 1}@pontianak.go.id`,
      nip: `19900101201501${String(1000 + i).slice(-4)}`,
      jobTitle: "Penata Layanan Perizinan",
      jabatanType: "Pelaksana",
      unitId: UNIT,
      managerId: head.id,
      roles: [],
    }));
    const directory = new InMemoryDirectory({ organization: base.organization, units: base.listUnits(), people: [...base.listPeople(), ...extra] });
    app = await startChannelApp({ directory });
    members = directory.getUnitMembers(UNIT);
    expect(members).toHaveLength(61);
    const admin = directory.listPeople().find((p) => p.displayName === "Wulan Sari")!;
    expect((await api(app, admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
    await unitChannelWithRoster(app, UNIT, head, members);
  });
  afterAll(async () => {
    await app.background.drain();
    await app.stop();
  });

  test("the post lists no userIds (Teams refreshes for nobody) and the button gives a member their own view", async () => {
    await tick(app);
    const post = await firstChannelCard(app);
    expect(post.refresh.userIds).toBeUndefined();
    const button = cardActions(post).find((a) => a.verb === VERBS.channelPeriodView)!;
    const member = members.find((p) => p.displayName === "Pegawai Tambahan 42")!;
    const view = (await app.teams.channelExecute(asUser(member), CHANNEL, button.verb, button.data, "manual")).body.value;
    expect(cardText(view)).toContain("Belum dikirim");
    expect(cardActions(view).find((a) => a.verb === VERBS.evalSelfOpen)?.data).toEqual({ periodId: PERIOD, employeeId: member.id });
    expect(view.refresh).toEqual(post.refresh);
  });
});
