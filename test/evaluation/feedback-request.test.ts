import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { PERIOD, api, approvedSkp, cast, rhkIds, startEvaluationApp } from "./eval-support";

// Feedback requests (DOMAIN.md section 5) in the unit of the core tests: Andi asks colleagues about his RHK.
let app: AppHarness;
let people: ReturnType<typeof cast>;
let staff: Person[];

beforeAll(async () => {
  app = await startEvaluationApp();
  people = cast(app);
  staff = people.staff;
  for (const p of [...staff, people.head, people.kadis]) await app.teams.install(asUser(p));
  expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  await approvedSkp(app, staff[0]!);
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

const cardsTo = (p: Person) => app.connector.to(personalConversationId(asUser(p))).filter((c) => c.method === "POST").map((c) => cardOf(c.activity)).filter((c) => c !== undefined);
/** Cards of the feedback flow only (installing the app also sends a welcome card). */
const feedbackCardsTo = (p: Person) => cardsTo(p).filter((c) => JSON.stringify(c).includes(VERBS.feedbackAnswer) || cardText(c).includes("Umpan balik dari"));
const execute = async (p: Person, verb: string, data: Record<string, unknown>) => (await app.teams.execute(asUser(p), verb, data)).body;
const requestPath = (p: Person) => `/api/feedback-requests/${p.id}`;

test("a request to 2 colleagues by card: one answers, the requester and the supervisor receive it, a third person cannot answer", async () => {
  const [andi, bella, citra, dedi] = staff as [Person, Person, Person, Person];
  // The self-assessment card (`nilai`) offers the request form.
  await app.teams.message(asUser(andi), "nilai");
  const open = cardActions(cardsTo(andi).at(-1)).find((a) => a.verb === VERBS.feedbackRequestOpen)!;
  const form = (await execute(andi, VERBS.feedbackRequestOpen, open.data)).value;
  expect(cardInputs(form)).toEqual(expect.arrayContaining(["about", "colleagueIds", "message"]));
  expect(cardText(form)).toContain("Terverifikasinya berkas permohonan izin");
  const submit = cardActions(form).find((a) => a.verb === VERBS.feedbackRequestSubmit)!;
  const sent = await execute(andi, VERBS.feedbackRequestSubmit, {
    ...submit.data,
    about: `RHK:${rhkIds(andi)[0]}`,
    colleagueIds: `${bella.id},${citra.id}`,
    message: "Bagaimana ketelitian verifikasi saya bulan ini?",
  });
  expect(cardText(sent.value)).toContain("Dikirim kepada: Bella Safitri, Citra Lestari.");
  await app.settled();

  const asked = cardsTo(bella).at(-1)!;
  expect(cardText(asked)).toContain("Andi Pratama meminta umpan balik Anda");
  expect(cardText(asked)).toContain("Bagaimana ketelitian verifikasi saya bulan ini?");
  expect(feedbackCardsTo(citra)).toHaveLength(1);
  // Peers who were not asked see nothing.
  expect(feedbackCardsTo(dedi)).toHaveLength(0);
  const answer = cardActions(asked).find((a) => a.verb === VERBS.feedbackAnswer)!;

  // Dedi replays Bella's card: refused, nothing stored, nothing delivered.
  const forged = await execute(dedi, VERBS.feedbackAnswer, { ...answer.data, text: "Jawaban palsu" });
  expect(forged.statusCode).toBe(403);
  const requestId = String(answer.data.requestId);
  expect((await app.repositories.feedbackRequests.get(andi.id, requestId))?.answers).toEqual([]);

  const given = await execute(bella, VERBS.feedbackAnswer, { ...answer.data, text: "Teliti dan cepat; pertahankan." });
  expect(cardText(given.value)).toContain("Terima kasih");
  expect((await execute(bella, VERBS.feedbackAnswer, { ...answer.data, text: "Kedua kali" })).statusCode).toBe(200);
  await app.settled();

  const stored = await app.repositories.feedbackRequests.get(andi.id, requestId);
  expect(stored?.answers.map((a) => [a.answererId, a.text])).toEqual([[bella.id, "Teliti dan cepat; pertahankan."]]);
  for (const reader of [andi, people.head]) {
    const received = cardsTo(reader).at(-1)!;
    expect(cardText(received)).toContain("Umpan balik dari Bella Safitri");
    expect(cardText(received)).toContain("Teliti dan cepat; pertahankan.");
  }
  expect(cardsTo(citra).some((c) => cardText(c).includes("Teliti dan cepat"))).toBe(false);
  expect(feedbackCardsTo(dedi)).toHaveLength(0);
  // Advisory only: no evaluation was opened or changed.
  expect(await app.repositories.evaluations.get(PERIOD, andi.id)).toBeUndefined();
  const audit = (await app.repositories.audit.listForOwner(andi.id)).map((e) => e.action).sort();
  expect(audit).toEqual(["feedback_answer", "feedback_request"]);
});

test("API: the supervisor asks about a BerAKHLAK value; limits and refusals are checked by the server", async () => {
  const [andi, bella, citra, dedi, eka, fajar, gita] = staff as [Person, Person, Person, Person, Person, Person, Person];
  const harmonis = { kind: "BERAKHLAK", valueId: "harmonis" };
  const six = [bella, citra, dedi, eka, fajar, gita].map((p) => p.id);
  const tooMany = await api(app, andi, "POST", requestPath(andi), { about: harmonis, colleagueIds: six });
  expect(tooMany.status).toBe(400);
  expect(tooMany.body.error.fields[0]).toMatchObject({ field: "colleagueIds", code: "feedback_request_too_many_colleagues" });
  expect((await api(app, andi, "POST", requestPath(andi), { about: harmonis, colleagueIds: [andi.id] })).status).toBe(400);
  expect((await api(app, andi, "POST", requestPath(andi), { about: { kind: "RHK", rhkId: "rhk-bukan-milik-andi" }, colleagueIds: [bella.id] })).status).toBe(400);
  expect((await api(app, andi, "POST", requestPath(andi), { about: harmonis, colleagueIds: [] })).status).toBe(400);
  // A peer cannot ask about Andi.
  expect((await api(app, bella, "POST", requestPath(andi), { about: harmonis, colleagueIds: [citra.id] })).status).toBe(403);

  const created = await api(app, people.head, "POST", requestPath(andi), { about: harmonis, colleagueIds: [bella.id, dedi.id] });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ requesterId: people.head.id, employeeId: andi.id, colleagueIds: [bella.id, dedi.id], answeredBy: [] });
  const answers = `${requestPath(andi)}/${created.body.id}/answers`;
  expect((await api(app, eka, "POST", answers, { text: "Tidak diminta" })).status).toBe(403);
  expect((await api(app, dedi, "POST", answers, { text: "" })).status).toBe(400);
  const res = await api(app, dedi, "POST", answers, { text: "Selalu membantu rekan baru." });
  expect(res.status).toBe(200);
  expect(res.body.answeredBy).toEqual([dedi.id]);
  await app.settled();
  // The supervisor asked, so the answer reaches the supervisor (requester and supervisor are one person) only.
  expect(cardText(cardsTo(people.head).at(-1))).toContain("Selalu membantu rekan baru.");
  expect(cardsTo(andi).some((c) => cardText(c).includes("Selalu membantu rekan baru."))).toBe(false);
});
