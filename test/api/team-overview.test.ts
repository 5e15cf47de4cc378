import { createSkpDraft } from "../../src/domain/skp";
import { toWibDate } from "../../src/domain/time";
import { startApp, type AppHarness } from "../support/app-harness";

const UTIN = "694472d1-a7d3-4946-a081-37f33a087ec9"; // supervisor of Eko, Sri, Eko Lestari, Ahmad; Admin Kinerja
const EKO = "449ab166-8186-4856-8c52-9b4839c340b3";
const SRI = "0794a750-6cc3-4a50-b183-5d1d3933dffe";

describe("GET /api/team/overview and the rating preview", () => {
  let app: AppHarness;
  const today = toWibDate(new Date());
  const year = Number(today.slice(0, 4));
  const periodId = `${year}-bulanan-${today.slice(5, 7)}`;
  const call = async (as: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(app.server.url + path, { method, headers: { "Content-Type": "application/json", "X-Dev-User": as }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    app = await startApp();
    expect((await call(UTIN, "PUT", `/api/periods/${year}`, { type: "bulanan" })).status).toBe(200);
  });
  afterAll(() => app.stop());

  test("one answer holds each direct report's SKP, reports this week, reports without feedback and evaluation", async () => {
    const first = await call(EKO, "POST", "/api/reports", { formId: crypto.randomUUID(), date: today, activity: "Rekap absensi" });
    await call(EKO, "POST", "/api/reports", { formId: crypto.randomUUID(), date: today, activity: "Rekap cuti" });
    expect((await call(UTIN, "POST", `/api/reports/${EKO}/${first.body.id}/feedback`, { feedback: "Bagus." })).status).toBe(200);
    const draft = createSkpDraft({ id: "skp-eko", employeeId: EKO, jabatanType: "Pelaksana", year, now: new Date() });
    await app.repositories.skps.create({ ...draft, state: "diajukan", opdId: "bkpsdm" });
    await call(EKO, "POST", `/api/evaluations/${periodId}/${EKO}/self-assessment`, { formId: crypto.randomUUID(), realisasi: [], perilakuNotes: [] });

    const { status, body } = await call(UTIN, "GET", "/api/team/overview");
    expect(status).toBe(200);
    expect(body.periodId).toBe(periodId);
    expect(body.rows.map((r: any) => r.employee.id).sort()).toEqual(app.directory.getDirectReports(UTIN).map((p) => p.id).sort());
    const eko = body.rows.find((r: any) => r.employee.id === EKO);
    expect(eko).toMatchObject({ skp: { state: "diajukan", revision: 1, approvedRevision: null }, reportsThisWeek: 2, withoutFeedback: 1, evaluation: { state: "self_assessed" } });
    expect(eko.reports).toHaveLength(2);
    const sri = body.rows.find((r: any) => r.employee.id === SRI);
    expect(sri).toMatchObject({ skp: null, reportsThisWeek: 0, withoutFeedback: 0, evaluation: null, reports: [] });

    // Someone without direct reports gets an empty team, not someone else's.
    expect((await call(EKO, "GET", "/api/team/overview")).body.rows).toEqual([]);
  });

  test("the preview gives the server's suggestion and predikat and stores nothing; only the rater may ask", async () => {
    const preview = await call(UTIN, "POST", `/api/evaluations/${periodId}/${SRI}/rating/preview`, { rhkAssessments: [], hasilKerja: "DI_ATAS", perilakuKerja: "SESUAI" });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ suggestedHasilKerja: "SESUAI", reasonRequired: true, predikat: "BAIK" });
    const partial = await call(UTIN, "POST", `/api/evaluations/${periodId}/${SRI}/rating/preview`, { hasilKerja: "SESUAI" });
    expect(partial.body.predikat).toBeUndefined();
    expect(partial.body.errors.map((e: any) => e.field)).toContain("perilakuKerja");
    expect((await call(UTIN, "GET", `/api/evaluations/${periodId}/${SRI}`)).body.evaluation).toBeNull();
    expect((await call(EKO, "POST", `/api/evaluations/${periodId}/${SRI}/rating/preview`, {})).status).toBe(403);
  });
});
