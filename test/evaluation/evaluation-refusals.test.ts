import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { asUser } from "../support/teams-client";
import { PERIOD, UNIT, api, approvedSkp, cast, ratingBody, rhkIds, selfBody, startEvaluationApp } from "./eval-support";

let app: AppHarness;
let people: ReturnType<typeof cast>;
let andi: Person;
let bella: Person;
const evalPath = (p: Person, suffix = "") => `/api/evaluations/${PERIOD}/${p.id}${suffix}`;

beforeAll(async () => {
  app = await startEvaluationApp();
  people = cast(app);
  [andi, bella] = people.staff as [Person, Person];
  await api(app, people.admin, "PUT", "/api/periods/2026", {});
  for (const p of people.staff) await approvedSkp(app, p);
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

test("a peer never sees a colleague's evaluation or the unit's calibration (403, no data)", async () => {
  await api(app, people.head, "POST", evalPath(andi, "/rating"), ratingBody(andi, "SESUAI", "SESUAI", "SESUAI"));
  const res = await api(app, bella, "GET", evalPath(andi));
  expect(res.status).toBe(403);
  expect(JSON.stringify(res.body)).not.toContain("SESUAI");
  expect((await api(app, bella, "GET", `/api/calibration/${PERIOD}/${UNIT}`)).status).toBe(403);
  // The supervisor chain and admins do see it; the employee sees no proposed rating before it is set.
  expect((await api(app, people.kadis, "GET", evalPath(andi))).body.evaluation.rating.predikat).toBe("BAIK");
  expect((await api(app, people.admin, "GET", evalPath(andi))).status).toBe(200);
  const own = await api(app, andi, "GET", evalPath(andi));
  expect(own.body.state).toBe("rated");
  expect(own.body.evaluation.rating).toBeUndefined();
});

test("nobody rates themself, nor a peer", async () => {
  expect((await api(app, andi, "POST", evalPath(andi, "/rating"), ratingBody(andi, "DI_ATAS", "DI_ATAS", "DI_ATAS"))).status).toBe(403);
  expect((await api(app, bella, "POST", evalPath(andi, "/rating"), ratingBody(andi, "DI_ATAS", "DI_ATAS", "DI_ATAS"))).status).toBe(403);
  expect((await app.repositories.evaluations.get(PERIOD, andi.id))?.rating?.predikat).toBe("BAIK");
  expect((await api(app, andi, "POST", evalPath(bella, "/self-assessment"), selfBody(bella))).status).toBe(403);
});

test("ratings and self-assessments outside an open period are refused", async () => {
  const january = "2026-bulanan-01";
  const rate = await api(app, people.head, "POST", `/api/evaluations/${january}/${bella.id}/rating`, ratingBody(bella, "SESUAI", "SESUAI", "SESUAI"));
  expect(rate.status).toBe(409);
  expect(rate.body.error.code).toBe("period_closed");
  expect((await api(app, bella, "POST", `/api/evaluations/${january}/${bella.id}/self-assessment`, selfBody(bella))).status).toBe(409);
  expect(await app.repositories.evaluations.get(january, bella.id)).toBeUndefined();
  expect((await api(app, people.head, "POST", `/api/evaluations/2031-bulanan-01/${bella.id}/rating`, ratingBody(bella, "SESUAI", "SESUAI", "SESUAI"))).status).toBe(404);
});

test("a predikat sent by the client is ignored: the server applies the matrix", async () => {
  const res = await api(app, people.head, "POST", evalPath(bella, "/rating"), { ...ratingBody(bella, "SESUAI", "SESUAI", "DI_BAWAH"), predikat: "SANGAT_BAIK" });
  expect(res.status).toBe(200);
  expect(res.body.rating.predikat).toBe("KURANG_MISCONDUCT");
});

test("a results rating other than the suggestion needs a reason; the same form twice is one rating", async () => {
  const [citra] = people.staff.slice(2) as [Person];
  const noReason = await api(app, people.head, "POST", evalPath(citra, "/rating"), ratingBody(citra, "SESUAI", "DI_ATAS", "SESUAI"));
  expect(noReason.status).toBe(400);
  expect(noReason.body.error.fields.map((f: { field: string }) => f.field)).toContain("hasilKerjaReason");
  const body = ratingBody(citra, "SESUAI", "DI_ATAS", "SESUAI", { hasilKerjaReason: "Menangani lonjakan permohonan izin" });
  expect((await api(app, people.head, "POST", evalPath(citra, "/rating"), body)).status).toBe(200);
  const again = await api(app, people.head, "POST", evalPath(citra, "/rating"), body);
  expect(again.body.repeated).toBe(true);
  expect((await app.repositories.audit.listForOwner(citra.id)).filter((e) => e.action === "rate")).toHaveLength(1);
});

test("an RHK that is not in the approved SKP is refused, and every RHK must be judged", async () => {
  const [dedi] = people.staff.slice(3) as [Person];
  const body = ratingBody(dedi, "SESUAI", "SESUAI", "SESUAI");
  body.rhkAssessments = [{ rhkId: "rhk-forged", judgement: "DI_ATAS", feedback: "" }, { rhkId: rhkIds(dedi)[0]!, judgement: "SESUAI", feedback: "" }];
  const res = await api(app, people.head, "POST", evalPath(dedi, "/rating"), body);
  expect(res.status).toBe(400);
  expect(res.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual(["rhkAssessments.0.rhkId:field_not_allowed", "rhkAssessments.1.judgement:field_required"]);
});

test("a rating card replayed by another user changes nothing", async () => {
  const [eka] = people.staff.slice(4) as [Person];
  const data = { formId: randomUUID(), periodId: PERIOD, employeeId: eka.id, rhkIds: rhkIds(eka), judgement_0: "DI_ATAS", judgement_1: "DI_ATAS", hasilKerja: "DI_ATAS", perilakuKerja: "DI_ATAS", previewedPredikat: "SANGAT_BAIK" };
  const res = await app.teams.execute(asUser(bella), VERBS.evalRateSubmit, data);
  expect(res.body.statusCode).toBe(403);
  expect(await app.repositories.evaluations.get(PERIOD, eka.id)).toBeUndefined();
  // Terima replayed by someone else is refused too.
  expect((await app.teams.execute(asUser(bella), VERBS.evalAcknowledge, { periodId: PERIOD, employeeId: andi.id })).body.statusCode).toBe(403);
});

test("ditetapkan needs the org predikat and every member rated; an admin override lets a broken curve through", async () => {
  const tetapkan = () => api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/tetapkan`);
  expect((await tetapkan()).body.error.code).toBe("calibration.orgPredikatMissing");
  await api(app, people.kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "BAIK" });
  const notRated = await tetapkan();
  expect(notRated.status).toBe(409);
  expect(notRated.body.error.message.id).toContain("Eka Putri");
  for (const p of people.staff.slice(3)) await api(app, people.head, "POST", evalPath(p, "/rating"), ratingBody(p, "SESUAI", "SESUAI", "SESUAI"));
  expect((await tetapkan()).body.error.code).toBe("evaluation_distribution_violated");
  expect((await api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/override`, { reason: "x" })).status).toBe(403);
  expect((await api(app, people.admin, "POST", `/api/calibration/${PERIOD}/${UNIT}/override`, { reason: " " })).status).toBe(400);
  expect((await api(app, people.admin, "POST", `/api/calibration/${PERIOD}/${UNIT}/override`, { reason: "Unit baru dibentuk bulan ini" })).status).toBe(200);
  expect((await tetapkan()).status).toBe(200);
  const set = await app.repositories.evaluations.get(PERIOD, andi.id);
  expect(set?.penetapan).toMatchObject({ byId: people.head.id, distributionOverride: { byId: people.admin.id, reason: "Unit baru dibentuk bulan ini" } });
  // Once set, the organisation predikat no longer changes, and a repeated tetapkan is one.
  expect((await api(app, people.kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "ISTIMEWA" })).status).toBe(409);
  expect((await tetapkan()).body.repeated).toBe(true);
});
