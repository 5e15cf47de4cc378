import { VERBS } from "../../src/cards/verbs";
import { createFileDirectory } from "../../src/directory";
import type { Person } from "../../src/domain/org";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { EVAL_ORG, NOW, PERIOD, api, approvedSkp, cast, ratingBody, selfBody } from "./eval-support";

// The daily reminders with an injected clock: each tick is one run of the scheduler, no real waiting.
// Friday 3 April (Good Friday) is configured as a holiday, so March 2026 stays open until its deadline, 8 April.
let app: AppHarness;
let people: ReturnType<typeof cast>;
let everyone: Person[];
let now = NOW;
const at = (wib: string) => new Date(`${wib}+07:00`);

beforeAll(async () => {
  app = await startApp({ clock: { now: () => now }, directory: await createFileDirectory(EVAL_ORG), env: { HOLIDAYS: "2026-04-03", REMINDER_HOUR_WIB: "9" } });
  people = cast(app);
  everyone = app.directory.listPeople();
  for (const p of everyone) await app.teams.install(asUser(p));
  expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  const [andi, bella] = people.staff as [Person, Person];
  for (const p of [andi, bella]) await approvedSkp(app, p);
  expect((await api(app, andi, "POST", `/api/evaluations/${PERIOD}/${andi.id}/self-assessment`, selfBody(andi))).status).toBe(200);
  expect((await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${bella.id}/rating`, ratingBody(bella, "SESUAI", "SESUAI", "SESUAI"))).status).toBe(200);
  await app.settled();
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

const reminders = (p: Person) =>
  app.connector
    .to(personalConversationId(asUser(p)))
    .filter((c) => c.method === "POST")
    .map((c) => cardOf(c.activity))
    .filter((c) => c !== undefined && cardText(c).includes("Pengingat penilaian kinerja"));
const remindedNames = () => everyone.filter((p) => reminders(p).length > 0).map((p) => p.displayName).sort();
const byName = (name: string) => everyone.find((p) => p.displayName === name)!;

async function tick(wib: string) {
  now = at(wib);
  return app.server.reminders.tick();
}

test("before the configured hour nothing is sent", async () => {
  expect(await tick("2026-03-31T08:30:00")).toEqual({ status: "skipped", reason: "before_hour" });
  expect(remindedNames()).toEqual([]);
});

test("one tick sends exactly the due reminders: self-assessments not filled, ratings not given", async () => {
  expect(await tick("2026-03-31T09:05:00")).toEqual({ status: "sent", sent: 10 });
  // Andi self-assessed and Bella is rated: neither is reminded. Everyone else with a supervisor owes a
  // self-assessment; Hasan Basri (the Sekda, no supervisor) is reminded only of the ratings he owes.
  const expected = everyone.filter((p) => !["Andi Pratama", "Bella Safitri"].includes(p.displayName)).map((p) => p.displayName).sort();
  expect(remindedNames()).toEqual(expected);
  const head = reminders(people.head)[0]!;
  expect(cardText(head)).toContain("Penilaian mandiri · Self-assessment: Bulanan · Bulanan (monthly) 3/2026");
  expect(cardText(head)).toContain("Batas pengisian: 8 April 2026.");
  expect(cardText(head)).toContain("Andi Pratama, Citra Lestari");
  expect(cardText(head)).not.toContain("Bella Safitri");
  expect(cardActions(head).map((a) => a.verb)).toEqual(expect.arrayContaining([VERBS.evalSelfOpen, VERBS.evalRateOpen]));
  const sekda = reminders(byName("Hasan Basri"))[0]!;
  expect(cardActions(sekda).every((a) => a.verb === VERBS.evalRateOpen)).toBe(true);
  expect(cardText(sekda)).toContain("Rudi Hartono");
  const citra = reminders(byName("Citra Lestari"))[0]!;
  expect(cardActions(citra)).toEqual([{ verb: VERBS.evalSelfOpen, data: { periodId: PERIOD, employeeId: byName("Citra Lestari").id } }]);
});

test("a second tick the same day sends nothing", async () => {
  expect(await tick("2026-03-31T15:00:00")).toEqual({ status: "sent", sent: 0 });
  for (const p of everyone) expect(reminders(p).length).toBeLessThanOrEqual(1);
});

test("a holiday and a weekend send nothing; the next working day sends again", async () => {
  expect(await tick("2026-04-03T10:00:00")).toEqual({ status: "skipped", reason: "not_working_day" });
  expect(await tick("2026-04-04T10:00:00")).toEqual({ status: "skipped", reason: "not_working_day" });
  expect(reminders(people.head)).toHaveLength(1);
  expect(await tick("2026-04-06T10:00:00")).toEqual({ status: "sent", sent: 10 });
  expect(reminders(people.head)).toHaveLength(2);
});
