import ExcelJS from "exceljs";
import { VERBS } from "../../src/cards/verbs";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardText } from "../support/connector";
import { asUser } from "../support/teams-client";
import { PERIOD, api, approvedSkp, cardsTo, execute, movableClock, outboxIdle, people, ratingBody, startCompetencyApp, workshop } from "./competency-support";

// The story: a rating below expectation → a need → confirmed → a matching workshop recommended and
// announced → registration beyond capacity → waitlist moves up → attendance credits JP → external training
// verified → JP compliance and the training needs analysis with exact numbers.
const clock = movableClock();
let app: AppHarness;
let cast: ReturnType<typeof people>;
let trainingId: string;
let serviceNeedId: string;
let competencyNeedId: string;

beforeAll(async () => {
  app = await startCompetencyApp(clock);
  cast = people(app);
  for (const p of app.directory.listPeople()) await app.teams.install(asUser(p));
});
afterAll(async () => {
  await app.background.drain();
  await app.stop();
});

const planOf = async (p = cast.andi, actor = p) => (await api(app, actor, "GET", `/api/competency/plan/${p.id}`)).body;
const auditActions = async (ownerId: string) => (await app.repositories.audit.listForOwner(ownerId)).map((e) => e.action);

test("1. a rating with Perilaku Kerja below expectation suggests the named value as a need; the supervisor gets a card", async () => {
  expect((await api(app, cast.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  const belowOnService = { perilakuFeedback: [{ valueId: "berorientasi-pelayanan", text: "Masih lambat menanggapi pemohon." }] };
  for (const p of [cast.andi, cast.bella, cast.citra]) await approvedSkp(app, p);
  // Coaching in March scored Andi's competencies the Format B.1.9 way: 2 needs development, 4 does not.
  await app.repositories.coaching.create({
    id: "coaching-andi-1", employeeId: cast.andi.id, coachId: cast.dewi.id, date: "2026-03-16", topics: "Pelayanan pemohon", agreedActions: [], followUpDate: "2026-03-30",
    recordedAt: "2026-03-16T03:00:00.000Z",
    competencies: { scores: [{ competency: "Komunikasi publik", score: 2, reason: "Sering salah paham dengan pemohon" }, { competency: "Analisis data", score: 4, reason: "Baik" }], byId: cast.dewi.id, at: "2026-03-16T04:00:00.000Z" },
  });
  for (const p of [cast.andi, cast.bella]) {
    const res = await api(app, cast.dewi, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, ratingBody(p, "SESUAI", "SESUAI", "DI_BAWAH", belowOnService));
    expect(res.status).toBe(200);
  }
  // Behaviour Sesuai Ekspektasi: feedback on a value is no need.
  expect((await api(app, cast.dewi, "POST", `/api/evaluations/${PERIOD}/${cast.citra.id}/rating`, ratingBody(cast.citra, "SESUAI", "SESUAI", "SESUAI", belowOnService))).status).toBe(200);
  await app.background.drain();

  const plan = await planOf();
  expect(plan.needs).toHaveLength(2);
  expect(plan.needs).toEqual(expect.arrayContaining([
    expect.objectContaining({ source: "PERILAKU", topic: "berorientasi-pelayanan", status: "suggested", unitId: "dpmptsp-pl", opdId: "dpmptsp", jabatanType: "Pelaksana" }),
    expect.objectContaining({ source: "KOMPETENSI", topic: "Komunikasi publik", status: "suggested" }),
  ]));
  serviceNeedId = plan.needs.find((n: any) => n.source === "PERILAKU").id;
  competencyNeedId = plan.needs.find((n: any) => n.source === "KOMPETENSI").id;
  expect((await planOf(cast.citra)).needs).toEqual([]);
  // The employee's plan is theirs, their supervisors' and BKPSDM's; not a peer's.
  expect((await api(app, cast.citra, "GET", `/api/competency/plan/${cast.andi.id}`)).status).toBe(403);

  const card = cardsTo(app, cast.dewi).find((c) => cardText(c).includes("Andi Pratama") && cardInputs(c).includes(`keep_${serviceNeedId}`));
  expect(card).toBeDefined();
  expect(cardText(card)).toContain("Berorientasi Pelayanan");
  expect([...cardInputs(card)].sort()).toEqual(["add", `keep_${serviceNeedId}`, `keep_${competencyNeedId}`].sort());
  expect(cardText(card)).toContain("Komunikasi publik");
  expect(cardText(card)).not.toContain("Analisis data");
});

test("2. the supervisor confirms it by card and adds a recommendation; a replay by someone else changes nothing", async () => {
  const card = cardsTo(app, cast.dewi).find((c) => cardText(c).includes("Andi Pratama") && cardInputs(c).includes(`keep_${serviceNeedId}`))!;
  const save = cardActions(card).find((a) => a.verb === VERBS.developmentDecide)!;
  // Keep the value, untick the competency (the supervisor judges it covered elsewhere), add a recommendation.
  const data = { ...save.data, [`keep_${serviceNeedId}`]: "true", [`keep_${competencyNeedId}`]: "false", add: "Penulisan laporan layanan" };

  const replayByPeer = await execute(app, cast.citra, VERBS.developmentDecide, data);
  expect(replayByPeer.statusCode).toBe(403);
  expect((await planOf()).needs.map((n: any) => n.status)).toEqual(["suggested", "suggested"]);

  const first = await execute(app, cast.dewi, VERBS.developmentDecide, data);
  expect(first.statusCode).toBe(200);
  expect(cardText(first.value)).toContain("Penulisan laporan layanan");
  const plan = await planOf();
  expect(plan.needs.map((n: any) => [n.source, n.topic, n.status]).sort()).toEqual([
    ["PERILAKU", "berorientasi-pelayanan", "confirmed"],
    ["REKOMENDASI", "Penulisan laporan layanan", "confirmed"],
  ]);
  const audited = (await auditActions(cast.andi.id)).filter((a) => a.startsWith("development.")).length;
  const again = await execute(app, cast.dewi, VERBS.developmentDecide, data);
  expect(again.statusCode).toBe(200);
  expect((await auditActions(cast.andi.id)).filter((a) => a.startsWith("development.")).length).toBe(audited);

  // Bella's need is confirmed from the tab; unknown ids and empty additions are refused with the field named.
  const bellaNeed = (await planOf(cast.bella)).needs[0].id;
  const bad = await api(app, cast.dewi, "POST", `/api/competency/needs/${cast.bella.id}`, { confirm: ["0000000000000000"], add: [" "] });
  expect(bad.status).toBe(400);
  expect(bad.body.error.fields.map((f: any) => f.field).sort()).toEqual(["add.0", "confirm.0"]);
  const ok = await api(app, cast.dewi, "POST", `/api/competency/needs/${cast.bella.id}`, { confirm: [bellaNeed] });
  expect(ok.status).toBe(200);
  expect(ok.body.changed).toBe(1);
  expect((await api(app, cast.andi, "POST", `/api/competency/needs/${cast.bella.id}`, { confirm: [bellaNeed] })).status).toBe(403);
});

test("3. the Pengelola Kompetensi adds a workshop (validated); it is recommended to those whose needs match", async () => {
  const bad = await api(app, cast.putri, "POST", "/api/trainings", workshop({ jp: -1, end: "2026-04-14T08:00", place: "", capacity: 0, type: "kuliah" }));
  expect(bad.status).toBe(400);
  expect(bad.body.error.fields.map((f: any) => [f.field, f.code]).sort()).toEqual([
    ["capacity", "field_not_positive"],
    ["end", "training_end_before_start"],
    ["jp", "field_not_positive"],
    ["place", "training_place_required"],
    ["type", "field_not_allowed"],
  ]);
  expect((await api(app, cast.dewi, "POST", "/api/trainings", workshop())).status).toBe(403);
  const created = await api(app, cast.putri, "POST", "/api/trainings", workshop());
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ organizerId: cast.putri.id, start: "2026-04-14T02:00:00.000Z", jp: 4, capacity: 1 });
  trainingId = created.body.id;

  expect((await planOf()).recommendations.map((t: any) => t.id)).toEqual([trainingId]);
  expect((await planOf(cast.citra)).recommendations).toEqual([]);
});

test("4. announcing reaches the matching audience once, with Daftar; only the organiser announces", async () => {
  expect((await api(app, cast.yusuf, "POST", `/api/trainings/${trainingId}/announce`)).status).toBe(403);
  const res = await api(app, cast.putri, "POST", `/api/trainings/${trainingId}/announce`);
  expect(res.body).toEqual({ queued: 2, audience: 2, jobId: `training-announce-${trainingId}` });
  expect((await api(app, cast.putri, "POST", `/api/trainings/${trainingId}/announce`)).body).toEqual({ queued: 0, audience: 2, jobId: `training-announce-${trainingId}` });
  await outboxIdle(app);
  for (const p of [cast.andi, cast.bella]) {
    const card = cardsTo(app, p).find((c) => cardText(c).includes("Workshop Pelayanan Publik"));
    expect(cardActions(card).map((a) => a.verb)).toEqual([VERBS.trainingRegister]);
  }
  expect(cardsTo(app, cast.citra).some((c) => cardText(c).includes("Workshop Pelayanan Publik"))).toBe(false);
});

test("5. Andi registers by card (twice is once), Bella is waitlisted; Andi cancels and Bella moves up", async () => {
  const card = cardsTo(app, cast.andi).find((c) => cardText(c).includes("Workshop Pelayanan Publik"))!;
  const daftar = cardActions(card)[0]!;
  const first = await execute(app, cast.andi, daftar.verb, daftar.data);
  expect(first.statusCode).toBe(200);
  expect(cardText(first.value)).toContain("Anda terdaftar");
  expect((await execute(app, cast.andi, daftar.verb, daftar.data)).statusCode).toBe(200);
  const bella = await api(app, cast.bella, "POST", `/api/trainings/${trainingId}/registration`);
  expect(bella.status).toBe(201);
  expect(bella.body.registration.status).toBe("waitlisted");
  const list = await api(app, cast.putri, "GET", `/api/trainings/${trainingId}/participants`);
  expect(list.body.registrations.map((r: any) => [r.name, r.status]).sort()).toEqual([["Andi Pratama", "registered"], ["Bella Safitri", "waitlisted"]]);

  const cancel = await api(app, cast.andi, "DELETE", `/api/trainings/${trainingId}/registration`);
  expect(cancel.body.registration.status).toBe("cancelled");
  const after = await api(app, cast.putri, "GET", `/api/trainings/${trainingId}/participants`);
  expect(after.body.registrations.map((r: any) => [r.name, r.status]).sort()).toEqual([["Andi Pratama", "cancelled"], ["Bella Safitri", "registered"]]);
  expect(cardsTo(app, cast.bella).some((c) => cardText(c).includes("Anda mendapat tempat"))).toBe(true);
  // Andi asks again: the seat is Bella's now, so he waits.
  expect((await api(app, cast.andi, "POST", `/api/trainings/${trainingId}/registration`)).body.registration.status).toBe("waitlisted");
  expect(await auditActions(cast.bella.id)).toEqual(expect.arrayContaining(["training.waitlisted", "training.registered"]));
});

test("6. two people racing for the last seat: one registered, one waitlisted", async () => {
  for (const round of [1, 2, 3]) {
    const race = await api(app, cast.putri, "POST", "/api/trainings", workshop({ title: `Coaching layanan ${round}`, type: "coaching", start: "2026-04-20T09:00", end: "2026-04-20T11:00" }));
    const [a, b] = await Promise.all([cast.citra, cast.dedi].map((p) => api(app, p, "POST", `/api/trainings/${race.body.id}/registration`)));
    expect([a!.body.registration.status, b!.body.registration.status].sort()).toEqual(["registered", "waitlisted"]);
  }
});

test("7. the day before, registered participants are reminded once; nobody on the waiting list", async () => {
  clock.set("2026-04-13T02:00:00Z");
  const tick = await api(app, cast.putri, "POST", "/api/competency/daily-tick");
  expect(tick.body).toEqual({ trainingReminders: 1, attendanceCards: 0, jpReminders: { employees: 0, supervisors: 0 } });
  expect((await api(app, cast.putri, "POST", "/api/competency/daily-tick")).body.trainingReminders).toBe(0);
  await outboxIdle(app);
  expect(cardsTo(app, cast.bella).some((c) => cardText(c).includes("Besok: Workshop Pelayanan Publik"))).toBe(true);
  expect(cardsTo(app, cast.andi).some((c) => cardText(c).includes("Besok:"))).toBe(false);
  expect((await api(app, cast.dewi, "POST", "/api/competency/daily-tick")).status).toBe(403);
});

test("8. only the organiser confirms attendance, only of registered people, within the training's JP", async () => {
  clock.set("2026-04-14T08:00:00Z");
  const attend = (actor = cast.putri, body: Record<string, unknown> = { employeeId: cast.bella.id }) => api(app, actor, "POST", `/api/trainings/${trainingId}/attendance`, body);
  expect((await attend(cast.yusuf)).status).toBe(403);
  expect((await attend(cast.dewi)).status).toBe(403);
  expect((await attend(cast.putri, { employeeId: cast.andi.id })).status).toBe(409);
  const tooMuch = await attend(cast.putri, { employeeId: cast.bella.id, jp: 5 });
  expect(tooMuch.status).toBe(400);
  expect(tooMuch.body.error.fields[0].code).toBe("jp_exceeds_training");
  expect((await planOf(cast.bella)).jp.total).toBe(0);

  // The training has ended: the organiser gets the attendance card once, and ticks Bella on it.
  expect((await api(app, cast.putri, "POST", "/api/competency/daily-tick")).body.attendanceCards).toBe(1);
  expect((await api(app, cast.putri, "POST", "/api/competency/daily-tick")).body.attendanceCards).toBe(0);
  const card = cardsTo(app, cast.putri).find((c) => cardText(c).includes("Kehadiran: Workshop Pelayanan Publik"))!;
  expect(cardInputs(card)).toEqual([`attended_${cast.bella.id}`]);
  const save = cardActions(card)[0]!;
  const ticked = { ...save.data, [`attended_${cast.bella.id}`]: "true" };
  expect((await execute(app, cast.yusuf, save.verb, ticked)).statusCode).toBe(403);
  expect((await planOf(cast.bella)).jp.total).toBe(0);
  const done = await execute(app, cast.putri, save.verb, ticked);
  expect(done.statusCode).toBe(200);
  expect(cardText(done.value)).toContain("Bella Safitri (4 JP)");
  expect((await execute(app, cast.putri, save.verb, ticked)).statusCode).toBe(200);
  expect((await planOf(cast.bella)).jp).toMatchObject({ total: 4, reached: false, remaining: 16 });
  expect((await auditActions(cast.bella.id)).filter((a) => a === "training.attended")).toHaveLength(1);
});

test("9. external training counts once the direct supervisor verifies it; nobody else can", async () => {
  const body = { title: "Diklat daring Pelayanan Prima (LAN)", jp: 20, date: "2026-04-10", evidenceUrl: "https://pontianak.sharepoint.com/sertifikat/andi.pdf" };
  expect((await api(app, cast.andi, "POST", "/api/competency/external", { ...body, evidenceUrl: "javascript:alert(1)", date: "2026-05-01" })).status).toBe(400);
  const rec = await api(app, cast.andi, "POST", "/api/competency/external", body);
  expect(rec.status).toBe(201);
  expect((await planOf()).jp.total).toBe(0);
  const decide = { year: 2026, decision: "verify" };
  for (const other of [cast.citra, cast.kadis, cast.admin]) expect((await api(app, other, "POST", `/api/competency/external/${cast.andi.id}/${rec.body.id}/decision`, decide)).status).toBe(403);
  const card = cardsTo(app, cast.dewi).find((c) => cardText(c).includes("Diklat daring Pelayanan Prima"))!;
  const verify = cardActions(card).find((a) => a.data.decision === "verify")!;
  expect((await execute(app, cast.citra, verify.verb, verify.data)).statusCode).toBe(403);
  expect((await planOf()).jp.total).toBe(0);
  const done = await execute(app, cast.dewi, verify.verb, verify.data);
  expect(done.statusCode).toBe(200);
  expect(cardActions(done.value)).toEqual([]);
  expect((await planOf()).jp).toMatchObject({ total: 20, reached: true });
  expect(await auditActions(cast.andi.id)).toEqual(expect.arrayContaining(["jp.external.pending", "jp.external.verified"]));
});

test("10. JP compliance per unit, OPD and city, exactly", async () => {
  const city = await api(app, cast.putri, "GET", "/api/competency/city");
  expect(city.status).toBe(200);
  const members = (unitId: string) => app.directory.getUnitMembers(unitId, { recursive: true }).length;
  expect(city.body.jp.units.find((u: any) => u.id === "dpmptsp-pl")).toEqual({ id: "dpmptsp-pl", name: "Bidang Pelayanan Perizinan", employees: members("dpmptsp-pl"), reached: 1, share: Math.round(1000 / members("dpmptsp-pl")) / 10 });
  expect(members("dpmptsp-pl")).toBe(9);
  expect(city.body.jp.units.find((u: any) => u.id === "dpmptsp-pl").share).toBe(11.1);
  expect(city.body.jp.total).toMatchObject({ employees: 14, reached: 1, share: 7.1 });
  const opd = await api(app, cast.kadis, "GET", "/api/competency/opd/dpmptsp");
  expect(opd.body.jp.total).toMatchObject({ id: "dpmptsp", employees: 10, reached: 1, share: 10 });
  expect((await api(app, cast.andi, "GET", "/api/competency/opd/dpmptsp")).status).toBe(403);
  expect((await api(app, cast.andi, "GET", "/api/competency/city")).status).toBe(403);
});

test("11. the training needs analysis per OPD and its .xlsx export show the exact needs and people", async () => {
  const opd = await api(app, cast.kadis, "GET", "/api/competency/opd/dpmptsp");
  expect(opd.body.tna.topics.map((t: any) => [t.label, t.employeeCount, t.byJabatanType, t.people.map((p: any) => p.name)])).toEqual([
    ["Berorientasi Pelayanan", 2, [{ jabatanType: "Pelaksana", count: 2 }], ["Andi Pratama", "Bella Safitri"]],
    ["Penulisan laporan layanan", 1, [{ jabatanType: "Pelaksana", count: 1 }], ["Andi Pratama"]],
  ]);
  expect(opd.body.tna.topics[0].byUnit).toEqual([{ unitId: "dpmptsp-pl", unitName: "Bidang Pelayanan Perizinan", count: 2 }]);
  expect((await api(app, cast.kadis, "GET", "/api/competency/opd/bkpsdm")).status).toBe(403);

  const res = await fetch(`${app.server.url}/api/competency/tna.xlsx?opdId=dpmptsp`, { headers: { "X-Dev-User": cast.putri.id } });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const rows = (name: string) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
  expect(rows("Ringkasan")).toEqual([["Sumber", "Kebutuhan", "Jumlah pegawai"], ["Perilaku (BerAKHLAK)", "Berorientasi Pelayanan", 2], ["Rekomendasi atasan", "Penulisan laporan layanan", 1]]);
  expect(rows("Pegawai").slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
    ["Berorientasi Pelayanan", "Andi Pratama", cast.andi.nip],
    ["Berorientasi Pelayanan", "Bella Safitri", cast.bella.nip],
    ["Penulisan laporan layanan", "Andi Pratama", cast.andi.nip],
  ]);
});

test("12. from July, those behind and their supervisors are reminded at most once a month", async () => {
  clock.set("2026-07-01T01:00:00Z");
  const behind = app.directory.listPeople().filter((p) => p.id !== cast.andi.id);
  const supervisors = new Set(behind.map((p) => p.managerId).filter(Boolean));
  const tick = await api(app, cast.putri, "POST", "/api/competency/daily-tick");
  expect(tick.body.jpReminders).toEqual({ employees: behind.length, supervisors: supervisors.size });
  expect(supervisors.size).toBe(3);
  expect((await api(app, cast.putri, "POST", "/api/competency/daily-tick")).body.jpReminders).toEqual({ employees: 0, supervisors: 0 });
  await outboxIdle(app);
  expect(cardsTo(app, cast.bella).some((c) => cardText(c).includes("4 / 20 JP"))).toBe(true);
  expect(cardsTo(app, cast.andi).some((c) => cardText(c).includes("/ 20 JP"))).toBe(false);
  expect(cardsTo(app, cast.dewi).some((c) => cardText(c).includes("7 anggota tim belum mencapai 20 JP"))).toBe(true);
});
