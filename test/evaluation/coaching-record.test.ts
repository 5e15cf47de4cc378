import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { cast, startEvaluationApp } from "./eval-support";

// `bimbingan`: a supervisor records a coaching conversation from a card (DOMAIN.md section 5, Format B.1.8/B.1.9).
// Today is 31 March 2026 (WIB) in the evaluation app.
let app: AppHarness;
let people: ReturnType<typeof cast>;
let andi: Person;
let bella: Person;

const cardsTo = (p: Person) => app.connector.to(personalConversationId(asUser(p))).filter((c) => c.method === "POST").map((c) => cardOf(c.activity)).filter((c) => c !== undefined);
const lastCardTo = (p: Person) => cardsTo(p).at(-1)!;
const ratingCardsTo = (p: Person) => cardsTo(p).filter((c) => cardText(c).includes("Bagaimana dialog kinerja Anda?"));
const execute = async (p: Person, data: Record<string, unknown>) => (await app.teams.execute(asUser(p), VERBS.coachingRecord, data)).body;

beforeAll(async () => {
  app = await startEvaluationApp();
  people = cast(app);
  [andi, bella] = people.staff as [Person, Person];
  for (const p of [andi, bella, people.head, people.kadis]) await app.teams.install(asUser(p));
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

/** Dewi's form from the `bimbingan` command, and its submit action. */
async function openForm() {
  await app.teams.message(asUser(people.head), "bimbingan");
  const form = lastCardTo(people.head);
  return { form, submit: cardActions(form).find((a) => a.verb === VERBS.coachingRecord)! };
}

test("`bimbingan` gives a supervisor the form with her direct reports; someone without reports is told so; help lists it for supervisors", async () => {
  const { form, submit } = await openForm();
  expect(cardText(form)).toContain("Catat dialog kinerja (bimbingan)");
  expect(cardInputs(form)).toEqual(["employeeId", "date", "topics", "agreedActions", "followUpDate"]);
  const choices = JSON.stringify(form);
  for (const p of people.staff) expect(choices).toContain(`"value":"${p.id}"`);
  expect(choices).not.toContain(`"value":"${people.kadis.id}"`);
  expect(choices).toContain(`"value":"2026-03-31"`);
  expect(typeof submit.data.formId).toBe("string");

  await app.teams.message(asUser(andi), "bimbingan");
  expect(cardText(lastCardTo(andi))).toContain("belum memiliki bawahan langsung");
  expect(cardActions(lastCardTo(andi))).toHaveLength(0);

  await app.teams.message(asUser(people.head), "bantuan");
  expect(cardText(lastCardTo(people.head))).toContain("bimbingan");
  await app.teams.message(asUser(andi), "bantuan");
  expect(cardText(lastCardTo(andi))).not.toContain("bimbingan");
});

test("every bad field comes back named on the form, in both languages, with what was typed; nothing is stored", async () => {
  const { submit } = await openForm();
  const bad = { ...submit.data, employeeId: andi.id, date: "2026-04-02", topics: "  ", agreedActions: "\n \n", followUpDate: "2026-03-30" };
  const res = await execute(people.head, bad);
  expect(res.statusCode).toBe(200);
  const text = cardText(res.value);
  expect(text).toContain("Dialog belum tersimpan");
  expect(text).toContain("Tanggal dialog tidak boleh setelah hari ini.");
  expect(text).toContain("Tanggal tindak lanjut harus setelah tanggal dialog.");
  expect(text).toMatch(/ · /);
  const errorLines = (res.value.body as { color?: string; size?: string }[]).filter((b) => b.color === "Attention" && b.size === "Small");
  expect(errorLines).toHaveLength(4);
  expect(JSON.stringify(res.value)).toContain(`"value":"${andi.id}"`);
  expect(cardActions(res.value).find((a) => a.verb === VERBS.coachingRecord)!.data.formId).toBe(submit.data.formId);
  expect(await app.repositories.coaching.listForEmployee(andi.id)).toEqual([]);
});

test("a valid form records the conversation through the coaching service, once per form; the employee gets the B.1.8 card once", async () => {
  const { submit } = await openForm();
  const data = {
    ...submit.data,
    employeeId: andi.id,
    date: "2026-03-31",
    topics: "Ketepatan waktu verifikasi berkas izin",
    agreedActions: "Verifikasi paling lambat 2 hari kerja\n\n  Ikut pelatihan OSS-RBA  ",
    followUpDate: "2026-04-14",
  };
  const done = await execute(people.head, data);
  expect(cardText(done.value)).toContain("Dialog kinerja dengan Andi Pratama tersimpan");
  expect(cardText(done.value)).toContain("2. Ikut pelatihan OSS-RBA");
  expect(cardActions(done.value)).toHaveLength(0);
  const again = await execute(people.head, data);
  expect(cardText(again.value)).toContain("Dialog kinerja dengan Andi Pratama tersimpan");

  const sessions = await app.repositories.coaching.listForEmployee(andi.id);
  expect(sessions).toHaveLength(1);
  expect(sessions[0]).toMatchObject({ id: submit.data.formId, coachId: people.head.id, date: "2026-03-31", followUpDate: "2026-04-14", agreedActions: ["Verifikasi paling lambat 2 hari kerja", "Ikut pelatihan OSS-RBA"] });
  expect((await app.repositories.audit.listForOwner(andi.id)).filter((e) => e.action === "coaching.record")).toHaveLength(1);
  await app.settled();
  expect(ratingCardsTo(andi)).toHaveLength(1);
  expect(cardText(ratingCardsTo(andi)[0])).toContain("Ikut pelatihan OSS-RBA");
});

test("the chosen employee is never trusted: a peer, the supervisor's own supervisor, or someone outside the team is refused", async () => {
  const { submit } = await openForm();
  const data = { ...submit.data, date: "2026-03-31", topics: "Disiplin", agreedActions: "Hadir tepat waktu", followUpDate: "2026-04-07" };
  const peer = await execute(bella, { ...data, employeeId: andi.id });
  expect(peer.statusCode).toBe(403);
  expect(peer.value.message).toContain("Hanya atasan langsung");
  expect(peer.value.message).toContain("Only the direct supervisor");
  expect((await execute(people.kadis, { ...data, employeeId: andi.id })).statusCode).toBe(403);
  expect((await execute(people.head, { ...data, employeeId: people.kadis.id })).statusCode).toBe(403);
  expect((await execute(people.head, { ...data, employeeId: people.head.id })).statusCode).toBe(403);
  expect((await execute(people.head, { ...data, employeeId: "" })).statusCode).toBe(400);
  expect(await app.repositories.coaching.listForEmployee(andi.id)).toHaveLength(1);
  expect(await app.repositories.coaching.listForEmployee(people.kadis.id)).toEqual([]);
});
