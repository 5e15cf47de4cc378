import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { NOW, PERIOD, UNIT, api, approvedSkp, cast, ratingBody, startEvaluationApp } from "./eval-support";

// Keberatan (DOMAIN.md section 7) for the unit of the core tests: 8 staff rated Baik and set on 31 March 2026;
// their pejabat penilai is the head (Dewi), the atasan pejabat penilai is the Kepala Dinas (Rudi).
let app: AppHarness;
let people: ReturnType<typeof cast>;
let staff: Person[];
let sekda: Person;
let now = NOW;
const DAY = 86_400_000;

beforeAll(async () => {
  app = await startEvaluationApp(() => now);
  people = cast(app);
  staff = people.staff;
  sekda = app.directory.listPeople().find((p) => p.displayName === "Hasan Basri")!;
  for (const p of [...staff, people.head, people.kadis, sekda]) await app.teams.install(asUser(p));
  expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  for (const p of staff) {
    await approvedSkp(app, p);
    expect((await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, ratingBody(p, "SESUAI", "SESUAI", "SESUAI"))).status).toBe(200);
  }
  expect((await api(app, people.kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "ISTIMEWA" })).status).toBe(200);
  expect((await api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/tetapkan`)).status).toBe(200);
  await app.settled();
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

const cardsTo = (p: Person) => app.connector.to(personalConversationId(asUser(p))).filter((c) => c.method === "POST").map((c) => cardOf(c.activity)).filter((c) => c !== undefined);
const lastCardTo = (p: Person) => cardsTo(p).at(-1)!;
const execute = async (p: Person, verb: string, data: Record<string, unknown>) => (await app.teams.execute(asUser(p), verb, data)).body;
const objectionPath = (p: Person, suffix = "") => `/api/evaluations/${PERIOD}/${p.id}/objection${suffix}`;
const stored = (p: Person) => app.repositories.evaluations.get(PERIOD, p.id);
const auditActions = async (p: Person) => (await app.repositories.audit.listForOwner(p.id)).map((e) => e.action);

test("an objection filed by card is upheld with a changed predikat by the atasan pejabat penilai; the employee is told", async () => {
  const andi = staff[0]!;
  const open = cardActions(lastCardTo(andi)).find((a) => a.verb === VERBS.objectionOpen)!;
  expect(open).toBeDefined();
  const form = (await execute(andi, VERBS.objectionOpen, open.data)).value;
  expect(cardInputs(form)).toContain("reason");
  const submit = cardActions(form).find((a) => a.verb === VERBS.objectionSubmit)!;
  // The reason is required: nothing is filed without it.
  const blank = await execute(andi, VERBS.objectionSubmit, { ...submit.data, reason: "  " });
  expect(cardText(blank.value)).toContain("Wajib diisi.");
  expect((await stored(andi))?.state).toBe("ditetapkan");
  const filed = await execute(andi, VERBS.objectionSubmit, { ...submit.data, reason: "Realisasi RHK utama melampaui target 120%." });
  expect(cardText(filed.value)).toContain("Keberatan terkirim");
  expect((await stored(andi))?.state).toBe("keberatan");
  await app.settled();

  const decisionCard = lastCardTo(people.kadis);
  expect(cardText(decisionCard)).toContain("Keberatan Andi Pratama");
  expect(cardText(decisionCard)).toContain("Realisasi RHK utama melampaui target 120%.");
  const decide = cardActions(decisionCard).find((a) => a.verb === VERBS.objectionDecide)!;
  const upheld = { ...decide.data, outcome: "UPHELD", predikat: "SANGAT_BAIK", reason: "Bukti dukung menunjukkan capaian di atas ekspektasi." };
  // The card replayed by the rater herself or by a peer changes nothing.
  for (const other of [people.head, staff[1]!]) expect((await execute(other, VERBS.objectionDecide, upheld)).statusCode).toBe(403);
  expect((await stored(andi))?.state).toBe("keberatan");

  const done = await execute(people.kadis, VERBS.objectionDecide, upheld);
  expect(cardText(done.value)).toContain("Keberatan diterima");
  const after = await stored(andi);
  expect(after).toMatchObject({ state: "ditetapkan", rating: { hasilKerja: "DI_ATAS", perilakuKerja: "DI_ATAS", predikat: "SANGAT_BAIK" } });
  expect(after?.objection?.decision).toMatchObject({ byId: people.kadis.id, outcome: "UPHELD", previous: { predikat: "BAIK" } });
  // Deciding twice is one decision: a second answer (here a rejection) changes nothing.
  expect((await execute(people.kadis, VERBS.objectionDecide, { ...decide.data, outcome: "REJECTED", reason: "Berubah pikiran" })).statusCode).toBe(200);
  expect((await stored(andi))?.objection?.decision?.outcome).toBe("UPHELD");

  await app.settled();
  const told = lastCardTo(andi);
  expect(cardText(told)).toContain("Keberatan Anda diterima: predikat Anda kini Sangat Baik");
  expect(cardActions(told).map((a) => a.verb)).toEqual([VERBS.evalAcknowledge]);
  const actions = await auditActions(andi);
  expect(actions.filter((a) => a === "file_objection")).toHaveLength(1);
  expect(actions.filter((a) => a === "decide_objection")).toHaveLength(1);
});

test("a rejected objection through the API keeps the predikat; reasons are required on both sides", async () => {
  const bella = staff[1]!;
  const noReason = await api(app, bella, "POST", objectionPath(bella), { reason: "" });
  expect(noReason.status).toBe(400);
  expect(noReason.body.error.fields[0]).toMatchObject({ field: "reason", code: "field_required" });
  expect((await api(app, bella, "POST", objectionPath(bella), { reason: "Perilaku kerja saya tidak dinilai dengan lengkap." })).status).toBe(200);
  // Only the employee files their own keberatan.
  expect((await api(app, staff[2]!, "POST", objectionPath(bella), { reason: "Atas nama Bella" })).status).toBe(403);

  const unreasoned = await api(app, people.kadis, "POST", objectionPath(bella, "/decision"), { outcome: "REJECTED", reason: " " });
  expect(unreasoned.status).toBe(400);
  const samePredikat = await api(app, people.kadis, "POST", objectionPath(bella, "/decision"), { outcome: "UPHELD", predikat: "BAIK", reason: "Tetap" });
  expect(samePredikat.status).toBe(400);
  const res = await api(app, people.kadis, "POST", objectionPath(bella, "/decision"), { outcome: "REJECTED", reason: "Catatan perilaku sudah lengkap di kartu penilaian." });
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ state: "ditetapkan", rating: { predikat: "BAIK" }, objection: { decision: { outcome: "REJECTED" } }, repeated: false });
  expect((await api(app, people.kadis, "POST", objectionPath(bella, "/decision"), { outcome: "REJECTED", reason: "lagi" })).body.repeated).toBe(true);
  await app.settled();
  expect(cardText(lastCardTo(bella))).toContain("Keberatan Anda ditolak: predikat tetap Baik");
  // After a decision there is no second keberatan.
  expect((await api(app, bella, "POST", objectionPath(bella), { reason: "Sekali lagi" })).status).toBe(409);
});

test("only the atasan pejabat penilai, or the Plt/Plh recorded for them, decides", async () => {
  const citra = staff[2]!;
  expect((await api(app, citra, "POST", objectionPath(citra), { reason: "Mohon ditinjau ulang." })).status).toBe(200);
  const body = { outcome: "UPHELD", predikat: "SANGAT_BAIK", reason: "Ditinjau" };
  // The rater, a peer, the admin and the Sekda (above, but not the atasan pejabat penilai) are all refused.
  for (const wrong of [people.head, staff[3]!, people.admin, sekda, citra]) {
    const res = await api(app, wrong, "POST", objectionPath(citra, "/decision"), body);
    expect(res.status).toBe(403);
  }
  expect((await stored(citra))?.state).toBe("keberatan");
  // With the Sekda recorded as Plh of the Kepala Dinas today, he decides.
  const today = "2026-03-31";
  await app.repositories.acting.add({ supervisorId: people.kadis.id, actingId: sekda.id, from: today, to: today, recordedById: people.admin.id, reason: "Dinas luar" });
  const res = await api(app, sekda, "POST", objectionPath(citra, "/decision"), body);
  expect(res.status).toBe(200);
  expect(res.body.rating.predikat).toBe("SANGAT_BAIK");
});

test("a keberatan after the 14-day window is refused; on the last day it is accepted", async () => {
  const [dedi, eka] = [staff[3]!, staff[4]!];
  try {
    now = new Date(NOW.getTime() + 15 * DAY);
    const late = await api(app, dedi, "POST", objectionPath(dedi), { reason: "Terlambat" });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("evaluation_objection_window_closed");
    expect(late.body.error.message.id).toContain("14 hari");
    expect((await stored(dedi))?.state).toBe("ditetapkan");
    now = new Date(NOW.getTime() + 14 * DAY);
    expect((await api(app, eka, "POST", objectionPath(eka), { reason: "Hari terakhir" })).status).toBe(200);
  } finally {
    now = NOW;
  }
});

test("malformed or untimely decisions get a clear answer and change nothing", async () => {
  const [fajar, gita] = [staff[5]!, staff[6]!];
  expect((await api(app, gita, "POST", objectionPath(gita), { reason: "Mohon ditinjau." })).status).toBe(200);
  // An unknown outcome: the decision card again, with the message; the keberatan still waits.
  const bogus = await execute(people.kadis, VERBS.objectionDecide, { periodId: PERIOD, employeeId: gita.id, outcome: "MAYBE", reason: "?" });
  expect(cardText(bogus.value)).toContain("Pilihan ini tidak tersedia.");
  expect((await stored(gita))?.state).toBe("keberatan");
  // Nothing to decide: a set evaluation without keberatan, and the head's own evaluation that was never rated.
  expect((await execute(people.kadis, VERBS.objectionDecide, { periodId: PERIOD, employeeId: fajar.id, outcome: "REJECTED", reason: "x" })).statusCode).toBe(409);
  expect((await execute(sekda, VERBS.objectionDecide, { periodId: PERIOD, employeeId: people.head.id, outcome: "REJECTED", reason: "x" })).statusCode).toBe(409);
  expect(await stored(people.head)).toBeUndefined();
  expect((await stored(fajar))?.state).toBe("ditetapkan");
});
