import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import { B18_STATEMENTS } from "../../src/domain/coaching";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { api, cast, startEvaluationApp } from "./eval-support";

// Dialog / bimbingan kinerja (DOMAIN.md section 5, issue 4 item 10): record, rate (B.1.8), score (B.1.9), follow up.
let now = new Date("2026-03-10T03:00:00Z");
let app: AppHarness;
let people: ReturnType<typeof cast>;
let andi: Person;
let bella: Person;
const formId = randomUUID();
const session = { formId, date: "2026-03-10", topics: "Ketepatan waktu verifikasi berkas izin", agreedActions: ["Verifikasi paling lambat 2 hari kerja", "Ikut pelatihan OSS-RBA"], followUpDate: "2026-03-24" };

const cardsTo = (p: Person) => app.connector.to(personalConversationId(asUser(p))).filter((c) => c.method === "POST").map((c) => cardOf(c.activity)).filter((c) => c !== undefined);
const allAnswers = (score: string) => Object.fromEntries(B18_STATEMENTS.map((s) => [`b18_${s}`, score]));

beforeAll(async () => {
  app = await startEvaluationApp(() => now);
  people = cast(app);
  [andi, bella] = people.staff as [Person, Person];
  for (const p of [andi, bella, people.head]) await app.teams.install(asUser(p));
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

test("the supervisor records a conversation once (a double submit is one); nobody else may, and mistakes are named per field", async () => {
  const first = await api(app, people.head, "POST", `/api/coaching/${andi.id}`, session);
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ id: formId, employeeId: andi.id, coachId: people.head.id, agreedActions: session.agreedActions, followUpDate: "2026-03-24", repeated: false });
  expect((await api(app, people.head, "POST", `/api/coaching/${andi.id}`, session)).body.repeated).toBe(true);
  expect((await api(app, people.head, "GET", `/api/coaching/${andi.id}`)).body).toHaveLength(1);

  const peer = await api(app, bella, "POST", `/api/coaching/${andi.id}`, { ...session, formId: randomUUID() });
  expect(peer.status).toBe(403);
  expect(peer.body.error.message.id).toContain("Hanya atasan langsung");
  expect((await api(app, andi, "POST", `/api/coaching/${andi.id}`, { ...session, formId: randomUUID() })).status).toBe(403);

  const bad = await api(app, people.head, "POST", `/api/coaching/${andi.id}`, { formId: randomUUID(), date: "2026-03-11", topics: " ", agreedActions: [], followUpDate: "2026-03-05" });
  expect(bad.status).toBe(400);
  const fields = Object.fromEntries(bad.body.error.fields.map((f: { field: string; message: { id: string } }) => [f.field, f.message.id]));
  expect(fields).toEqual({
    date: "Tanggal dialog tidak boleh setelah hari ini.",
    followUpDate: "Tanggal tindak lanjut harus setelah tanggal dialog.",
    topics: expect.any(String),
    agreedActions: expect.any(String),
  });
  expect((await api(app, people.head, "GET", `/api/coaching/${andi.id}`)).body).toHaveLength(1);
  expect((await api(app, bella, "GET", `/api/coaching/${andi.id}`)).status).toBe(403);
  expect((await api(app, people.kadis, "GET", `/api/coaching/${andi.id}`)).status).toBe(200);
});

test("the employee rates it on the 9 statements of Format B.1.8 from the card; a missing answer comes back named; only once; nobody else can", async () => {
  await app.settled();
  const card = cardsTo(andi).find((c) => cardText(c).includes("Bagaimana dialog kinerja Anda?"))!;
  expect(cardText(card)).toContain("Verifikasi paling lambat 2 hari kerja");
  expect(cardText(card)).toContain("Saya merasa didengarkan.");
  expect(cardInputs(card)).toEqual(B18_STATEMENTS.map((s) => `b18_${s}`));
  const submit = cardActions(card).find((a) => a.verb === VERBS.coachingRate)!;

  const partial = await app.teams.execute(asUser(andi), VERBS.coachingRate, { ...submit.data, ...allAnswers("4"), b18_felt_heard: "" });
  expect(cardText(partial.body.value)).toContain("Beri nilai untuk pernyataan ini.");
  expect((await app.repositories.coaching.get(andi.id, formId))?.rating).toBeUndefined();

  const replayed = await app.teams.execute(asUser(bella), VERBS.coachingRate, { ...submit.data, ...allAnswers("1") });
  expect(replayed.body.statusCode).toBe(403);

  const done = await app.teams.execute(asUser(andi), VERBS.coachingRate, { ...submit.data, ...allAnswers("4"), b18_found_solutions: "5" });
  expect(cardText(done.body.value)).toContain("Terima kasih, penilaian dialog tersimpan");
  expect((await app.teams.execute(asUser(andi), VERBS.coachingRate, { ...submit.data, ...allAnswers("4"), b18_found_solutions: "5" })).body.statusCode).toBe(200);
  const stored = await app.repositories.coaching.get(andi.id, formId);
  expect(stored?.rating?.answers).toMatchObject({ felt_heard: 4, found_solutions: 5, understands_purpose: 4 });

  const changed = await api(app, andi, "POST", `/api/coaching/${andi.id}/${formId}/rating`, { answers: Object.fromEntries(B18_STATEMENTS.map((s) => [s, 1])) });
  expect(changed.status).toBe(409);
  expect(changed.body.error.message.id).toContain("sudah Anda nilai");
  const audit = (await app.repositories.audit.listForOwner(andi.id)).filter((e) => e.action === "coaching.rate");
  expect(audit).toHaveLength(1);
});

test("the supervisor scores competencies 1-5 with reasons (Format B.1.9); out-of-range scores and missing reasons are refused", async () => {
  const path = `/api/coaching/${andi.id}/${formId}/competencies`;
  const bad = await api(app, people.head, "PUT", path, { scores: [{ competency: "Pelayanan publik", score: 6, reason: "" }] });
  expect(bad.status).toBe(400);
  expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(["scores.0.reason", "scores.0.score"]);
  expect((await api(app, andi, "PUT", path, { scores: [{ competency: "Pelayanan publik", score: 5, reason: "Saya rajin" }] })).status).toBe(403);
  const ok = await api(app, people.head, "PUT", path, { scores: [{ competency: "Pelayanan publik", score: 4, reason: "Ramah dan cekatan" }, { competency: "Penguasaan OSS-RBA", score: 2, reason: "Masih sering bertanya" }] });
  expect(ok.status).toBe(200);
  expect(ok.body.competencies).toMatchObject({ byId: people.head.id, scores: [{ competency: "Pelayanan publik", score: 4 }, { competency: "Penguasaan OSS-RBA", score: 2 }] });
  expect((await api(app, people.head, "PUT", `/api/coaching/${andi.id}/no-such-session/competencies`, { scores: [{ competency: "X", score: 3, reason: "Y" }] })).status).toBe(404);
});

test("the agreed actions come back on the follow-up date to the employee and the supervisor, once", async () => {
  now = new Date("2026-03-23T01:00:00Z");
  expect((await api(app, people.admin, "POST", "/api/coaching-follow-ups/run")).body).toEqual({ reminded: 0 });
  // 24 March 00:30 WIB is still 23 March in UTC: the day is the WIB one.
  now = new Date("2026-03-23T17:30:00Z");
  expect((await api(app, andi, "POST", "/api/coaching-follow-ups/run")).status).toBe(403);
  expect((await api(app, people.admin, "POST", "/api/coaching-follow-ups/run")).body).toEqual({ reminded: 1 });
  expect((await api(app, people.admin, "POST", "/api/coaching-follow-ups/run")).body).toEqual({ reminded: 0 });
  for (const p of [andi, people.head]) {
    const reminders = cardsTo(p).filter((c) => cardText(c).includes("Tindak lanjut dialog kinerja Andi Pratama hari ini"));
    expect(reminders).toHaveLength(1);
    expect(cardText(reminders[0])).toContain("Ikut pelatihan OSS-RBA");
  }
  expect(cardsTo(bella).some((c) => cardText(c).includes("Tindak lanjut"))).toBe(false);
});
