import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { PERIOD, UNIT, api, approvedSkp, cast, ratingBody, rhkIds, selfBody, startEvaluationApp } from "./eval-support";

// The story for one unit of 1 head + 8 staff across the March 2026 monthly period.
let app: AppHarness;
let people: ReturnType<typeof cast>;
let staff: Person[];
const EVIDENCE = "https://pontianak.sharepoint.com/sites/dpmptsp/izin-maret.pdf";

beforeAll(async () => {
  app = await startEvaluationApp();
  people = cast(app);
  staff = people.staff;
  for (const p of [...staff, people.head, people.kadis]) await app.teams.install(asUser(p));
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

const cardsTo = (p: Person) => app.connector.to(personalConversationId(asUser(p))).filter((c) => c.method === "POST").map((c) => cardOf(c.activity)).filter((c) => c !== undefined);
const lastCardTo = (p: Person) => cardsTo(p).at(-1)!;
const execute = async (p: Person, verb: string, data: Record<string, unknown>) => (await app.teams.execute(asUser(p), verb, data)).body;

test("1. the admin defines 2026 as monthly periods; March is open on 31 March", async () => {
  expect((await api(app, staff[0]!, "PUT", "/api/periods/2026", {})).status).toBe(403);
  const res = await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" });
  expect(res.status).toBe(200);
  expect(res.body.periods).toHaveLength(12);
  const list = await api(app, staff[0]!, "GET", "/api/periods");
  expect(list.body[0].open).toEqual([PERIOD]);
  expect(list.body[0].periods[2]).toMatchObject({ id: PERIOD, start: "2026-03-01", end: "2026-03-31", fillingDeadline: "2026-04-07" });
});

test("2. staff report progress against their RHKs; the self-assessment card is prefilled with the sums", async () => {
  for (const p of staff) await approvedSkp(app, p);
  const [andi] = staff as [Person];
  for (const [date, quantity] of [["2026-03-10", 12], ["2026-03-20", 8.5]] as const) {
    const r = await api(app, andi, "POST", "/api/reports", { formId: randomUUID(), date, activity: "Verifikasi berkas izin", quantity, unit: "berkas", evidenceUrl: EVIDENCE, rhkId: rhkIds(andi)[0] });
    expect(r.status).toBe(201);
  }
  await app.teams.message(asUser(andi), "nilai");
  const form = lastCardTo(andi);
  expect(cardText(form)).toContain("Penilaian mandiri");
  expect(cardText(form)).toContain("20,5 berkas (2 laporan)");
  expect(cardInputs(form)).toEqual(expect.arrayContaining(["realisasi_0", "evidence_0", "realisasi_1", "note_harmonis"]));
  expect(JSON.stringify(form)).toContain(`"value":"20.5 berkas"`);
  expect(JSON.stringify(form)).toContain(EVIDENCE);
});

test("3. self-assessments: Andi by card (a double click is one submit), the others by the tab; the rater gets the rating card", async () => {
  const [andi, ...others] = staff as [Person, ...Person[]];
  const submit = cardActions(lastCardTo(andi)).find((a) => a.verb === VERBS.evalSelfSubmit)!;
  const data = { ...submit.data, realisasi_0: "20,5 berkas terverifikasi", evidence_0: EVIDENCE, realisasi_1: "Laporan Maret selesai", note_harmonis: "Membimbing rekan baru" };
  const first = await execute(andi, VERBS.evalSelfSubmit, data);
  expect(cardText(first.value)).toContain("Penilaian mandiri terkirim");
  const again = await execute(andi, VERBS.evalSelfSubmit, data);
  expect(again.statusCode).toBe(200);
  const audit = (await app.repositories.audit.listForOwner(andi.id)).filter((e) => e.action === "self_assess");
  expect(audit).toHaveLength(1);
  await app.settled();
  const ratingCard = lastCardTo(people.head);
  expect(cardText(ratingCard)).toContain("Penilaian kinerja Andi Pratama");
  expect(cardText(ratingCard)).toContain("Penilaian mandiri: 20,5 berkas terverifikasi");
  for (const p of others) expect((await api(app, p, "POST", `/api/evaluations/${PERIOD}/${p.id}/self-assessment`, selfBody(p))).status).toBe(200);
});

test("4. the head rates Andi by card: the predikat is shown before submitting and stored from the matrix", async () => {
  const [andi] = staff as [Person];
  await app.settled();
  const card = cardsTo(people.head).find((c) => cardText(c).includes("Penilaian kinerja Andi Pratama"))!;
  const preview = cardActions(card).find((a) => a.verb === VERBS.evalRatePreview)!;
  expect(cardActions(card).some((a) => a.verb === VERBS.evalRateSubmit)).toBe(false);
  const inputs = { judgement_0: "DI_ATAS", judgement_1: "DI_ATAS", hasilKerja: "DI_ATAS", perilakuKerja: "DI_ATAS", perilaku_harmonis: "Teladan bagi tim" };
  const shown = (await execute(people.head, VERBS.evalRatePreview, { ...preview.data, ...inputs })).value;
  expect(cardText(shown)).toContain("Predikat menurut matriks: Sangat Baik");
  const submit = cardActions(shown).find((a) => a.verb === VERBS.evalRateSubmit)!;
  // A forged predikat in the card data is never stored: the matrix decides.
  const done = await execute(people.head, VERBS.evalRateSubmit, { ...submit.data, ...inputs, predikat: "SANGAT_KURANG" });
  expect(cardText(done.value)).toContain("Sangat Baik");
  const stored = await app.repositories.evaluations.get(PERIOD, andi.id);
  expect(stored?.state).toBe("rated");
  expect(stored?.rating?.predikat).toBe("SANGAT_BAIK");
});

test("5. the others are rated Baik, the leader one level up sets Baik: the curve breaks and ditetapkan is blocked with its reasons", async () => {
  for (const p of staff.slice(1)) {
    expect((await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, ratingBody(p, "SESUAI", "SESUAI", "SESUAI"))).status).toBe(200);
  }
  expect((await api(app, people.head, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "BAIK" })).status).toBe(403);
  expect((await api(app, people.kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "BAIK" })).status).toBe(200);
  const view = await api(app, people.head, "GET", `/api/calibration/${PERIOD}/${UNIT}`);
  expect(view.body).toMatchObject({ orgPredikat: "BAIK", n: 8, distributionOk: false, canTetapkan: false });
  expect(view.body.counts).toMatchObject({ SANGAT_BAIK: 1, BAIK: 7 });
  const blocked = await api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/tetapkan`);
  expect(blocked.status).toBe(409);
  const messages = blocked.body.error.details.map((d: { message: { id: string } }) => d.message.id);
  expect(messages).toEqual(expect.arrayContaining(["Baik: 7 pegawai, paling banyak 5 yang diperbolehkan.", "Butuh Perbaikan + Kurang/Misconduct: 0 pegawai, paling sedikit 1 yang diperlukan."]));
  expect((await app.repositories.evaluations.get(PERIOD, staff[1]!.id))?.state).toBe("rated");
});

test("6. corrected ratings satisfy the curve; the unit is ditetapkan and each employee gets the result card", async () => {
  for (const p of staff.slice(6)) {
    const res = await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, ratingBody(p, "DI_BAWAH", "DI_BAWAH", "SESUAI"));
    expect(res.body.rating.predikat).toBe("BUTUH_PERBAIKAN");
  }
  const res = await api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/tetapkan`);
  expect(res.status).toBe(200);
  expect(res.body.rows.map((r: { state: string }) => r.state)).toEqual(Array(8).fill("ditetapkan"));
  await app.settled();
  for (const p of staff) expect(cardText(lastCardTo(p))).toContain("Hasil penilaian kinerja");
  expect(cardText(lastCardTo(staff[0]!))).toContain("Sangat Baik");
  expect(cardText(lastCardTo(staff[7]!))).toContain("Butuh Perbaikan");
  // The head of the unit now gets the unit's result as the suggested Rating Hasil Kerja (Baik -> Sesuai).
  const head = await api(app, people.kadis, "GET", `/api/evaluations/${PERIOD}/${people.head.id}`);
  expect(head.body.headOfUnitRating).toBe("SESUAI");
});

test("7. everyone accepts with Terima (idempotent); every transition is in the audit", async () => {
  const [andi, ...others] = staff as [Person, ...Person[]];
  const terima = cardActions(lastCardTo(andi)).find((a) => a.verb === VERBS.evalAcknowledge)!;
  const first = await execute(andi, VERBS.evalAcknowledge, terima.data);
  expect(cardText(first.value)).toContain("Anda menerima hasil ini");
  expect(cardActions(first.value)).toHaveLength(0);
  expect((await execute(andi, VERBS.evalAcknowledge, terima.data)).statusCode).toBe(200);
  for (const p of others) expect((await api(app, p, "POST", `/api/evaluations/${PERIOD}/${p.id}/acknowledge`)).status).toBe(200);
  await app.settled();
  // The test clock stands still, so the entries share one instant: compare them as a set.
  const actions = (await app.repositories.audit.listForOwner(andi.id)).map((e) => `${e.action}:${e.fromState}->${e.toState}`);
  expect(actions.sort()).toEqual(["acknowledge:ditetapkan->diterima", "rate:self_assessed->rated", "self_assess:draft->self_assessed", "tetapkan:rated->ditetapkan"]);
  expect((await app.repositories.evaluations.get(PERIOD, andi.id))?.state).toBe("diterima");
  // The result card in Andi's chat was replaced by the accepted version.
  expect(app.connector.calls.some((c) => c.method === "PUT" && c.conversationId === personalConversationId(asUser(andi)))).toBe(true);
});
