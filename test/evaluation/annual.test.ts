import { randomUUID } from "node:crypto";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { UNIT, api, approvedSkp, cast, ratingBody, rhkIds, startEvaluationApp } from "./eval-support";

// DOMAIN.md section 4: the annual evaluation is the evaluation of the last period against the annual SKP, with
// achievement cumulative over the year; every periodic result is kept. The clock moves through 2026.
let now = new Date("2026-03-10T03:00:00Z");
let app: AppHarness;
let people: ReturnType<typeof cast>;
let andi: Person;
const DECEMBER = "2026-bulanan-12";
const MARCH = "2026-bulanan-03";

const report = (date: string, quantity: number) => ({ formId: randomUUID(), date, activity: "Verifikasi berkas izin", quantity, unit: "berkas", rhkId: rhkIds(andi)[0] });

beforeAll(async () => {
  app = await startEvaluationApp(() => now);
  people = cast(app);
  andi = people.staff[0]!;
  expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  for (const p of people.staff) await approvedSkp(app, p);
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

test("during the year: progress is reported month by month and March is rated; the annual evaluation cannot open before the last period", async () => {
  expect((await api(app, andi, "POST", "/api/reports", report("2026-03-10", 40))).status).toBe(201);
  now = new Date("2026-03-31T03:00:00Z");
  expect((await api(app, people.head, "POST", `/api/evaluations/${MARCH}/${andi.id}/rating`, ratingBody(andi, "SESUAI", "SESUAI", "SESUAI"))).status).toBe(200);
  now = new Date("2026-06-15T03:00:00Z");
  expect((await api(app, andi, "POST", "/api/reports", report("2026-06-15", 35))).status).toBe(201);
  const early = await api(app, people.admin, "POST", "/api/annual/2026");
  expect(early.status).toBe(409);
  expect(early.body.error.message.id).toContain("2026-12-01");
  expect((await api(app, people.admin, "POST", "/api/annual/2027")).status).toBe(404);
});

test("December is set for the unit; the admin opens the annual evaluation: the last period's result with the year's cumulative achievement", async () => {
  now = new Date("2026-12-31T03:00:00Z");
  expect((await api(app, andi, "POST", "/api/reports", report("2026-12-30", 25))).status).toBe(201);
  for (const [i, p] of people.staff.entries()) {
    const body = i === 0 ? ratingBody(p, "DI_ATAS", "DI_ATAS", "DI_ATAS") : i >= 6 ? ratingBody(p, "DI_BAWAH", "DI_BAWAH", "SESUAI") : ratingBody(p, "SESUAI", "SESUAI", "SESUAI");
    expect((await api(app, people.head, "POST", `/api/evaluations/${DECEMBER}/${p.id}/rating`, body)).status).toBe(200);
  }
  expect((await api(app, people.kadis, "PUT", `/api/calibration/${DECEMBER}/${UNIT}/org-predikat`, { orgPredikat: "BAIK" })).status).toBe(200);
  expect((await api(app, people.head, "POST", `/api/calibration/${DECEMBER}/${UNIT}/tetapkan`)).status).toBe(200);

  expect((await api(app, andi, "POST", "/api/annual/2026")).status).toBe(403);
  const opened = await api(app, people.admin, "POST", "/api/annual/2026");
  expect(opened.status).toBe(200);
  // 8 staff set in December; the head, the kadis and the admin have no December result yet: they wait.
  expect(opened.body).toEqual({ year: 2026, annualPeriodId: "2026-tahunan", sourcePeriodId: DECEMBER, employees: 11, set: 8, waiting: 3, written: 11 });

  const mine = await api(app, andi, "GET", `/api/annual/2026/${andi.id}`);
  expect(mine.status).toBe(200);
  expect(mine.body.annual).toMatchObject({ kind: "TAHUNAN", state: "ditetapkan", periodId: "2026-tahunan", rating: { predikat: "SANGAT_BAIK", hasilKerja: "DI_ATAS" } });
  expect(mine.body.annual.annual.realisasi[0]).toMatchObject({ rhkId: rhkIds(andi)[0], reportCount: 3, quantity: 100, unit: "berkas", target: { value: 100, unit: "berkas" }, percent: 100 });
  expect(mine.body.annual.annual.realisasi[1]).toMatchObject({ reportCount: 0 });
  expect(mine.body.periodic).toHaveLength(12);
  const waiting = await api(app, people.kadis, "GET", `/api/annual/2026/${people.head.id}`);
  expect(waiting.body.annual).toMatchObject({ state: "draft", annual: { sourceState: "belum_dibuka" } });
  expect(waiting.body.annual.rating).toBeUndefined();
});

test("periodic results are kept beside the annual one, each with its own predikat; re-opening changes nothing; peers never read it", async () => {
  const asHead = await api(app, people.head, "GET", `/api/annual/2026/${andi.id}`);
  const byPeriod = Object.fromEntries(asHead.body.periodic.map((p: { periodId: string; evaluation: { state: string; rating?: { predikat: string } } | null }) => [p.periodId, p.evaluation]));
  expect(byPeriod[MARCH]).toMatchObject({ kind: "PERIODIK", state: "rated", rating: { predikat: "BAIK" } });
  expect(byPeriod[DECEMBER]).toMatchObject({ kind: "PERIODIK", state: "ditetapkan", rating: { predikat: "SANGAT_BAIK" } });
  expect(byPeriod["2026-bulanan-06"]).toBeNull();
  // The employee does not see March's proposed rating before it is set, in the annual view as anywhere else.
  const asAndi = await api(app, andi, "GET", `/api/annual/2026/${andi.id}`);
  expect(asAndi.body.periodic[2].evaluation.rating).toBeUndefined();

  const again = await api(app, people.admin, "POST", "/api/annual/2026");
  expect(again.body).toMatchObject({ employees: 11, set: 8, written: 0 });
  expect((await api(app, people.staff[1]!, "GET", `/api/annual/2026/${andi.id}`)).status).toBe(403);
  const audit = (await app.repositories.audit.listForOwner(andi.id)).filter((e) => e.action === "annual.open");
  expect(audit).toHaveLength(1);
});
