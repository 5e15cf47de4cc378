import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { VERBS } from "../../src/cards/verbs";
import { toWibDate } from "../../src/domain/time";
import { ADOPTION_HEADERS, ADOPTION_SHEET } from "../../src/export/adoption-xlsx";
import { startApp, type AppHarness } from "../support/app-harness";
import { asUser } from "../support/teams-client";
import { adminOf, api, content, membersOf, settled } from "./support";

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

test("adoption per OPD: installed, acknowledgement rate, active reporters in 7 days, approved SKP; exported as .xlsx", async () => {
  const admin = adminOf(app);
  const staff = membersOf(app, "disdukcapil");
  const [reporter, acker, , idle] = staff;
  expect(idle).toBeDefined();
  for (const p of staff.slice(0, 3)) await app.teams.install(asUser(p));
  const report = await api(app, reporter!.id, "POST", "/api/reports", { formId: randomUUID(), date: toWibDate(new Date()), activity: "Verifikasi berkas", quantity: 2, unit: "berkas" });
  expect(report.status).toBeLessThan(300);
  const sent = await api(app, admin.id, "POST", "/api/announcements", { content: content(), audience: { kind: "opds", opdIds: ["disdukcapil"] } });
  await settled(app, admin.id, sent.body.id);
  await app.teams.execute(asUser(acker!), VERBS.announcementAck, { announcementId: sent.body.id });

  expect((await api(app, staff[0]!.id, "GET", "/api/adoption")).status).toBe(403);
  const view = (await api(app, admin.id, "GET", "/api/adoption")).body;
  const row = view.opds.find((o: any) => o.opdId === "disdukcapil");
  expect(row).toMatchObject({ staff: staff.length, installed: 3, delivered: 3, acknowledged: 1, activeReporters: 1, approvedSkp: 0 });
  expect(row.installedPct).toBeCloseTo((300 / staff.length), 0);
  expect(row.acknowledgedPct).toBeCloseTo(33.3, 1);
  // The Sekretariat Daerah is the root unit above every OPD: its row counts only its own people.
  const setda = view.opds.find((o: any) => o.opdId === "setda");
  expect(setda).toMatchObject({ staff: 1, installed: 0 });
  expect(view.opds.reduce((n: number, o: any) => n + o.staff, 0)).toBe(app.directory.listPeople().length);
  const other = view.opds.find((o: any) => o.opdId === "dinkes");
  expect(other).toMatchObject({ installed: 0, delivered: 0, acknowledgedPct: null });

  const xlsx = await api(app, admin.id, "GET", "/api/adoption.xlsx");
  expect(xlsx.status).toBe(200);
  expect(xlsx.type).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.body);
  const sheet = wb.getWorksheet(ADOPTION_SHEET)!;
  expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([...ADOPTION_HEADERS]);
  const names = sheet.getColumn(1).values.slice(3);
  const at = names.indexOf(row.opdName);
  expect((sheet.getRow(at + 3).values as unknown[]).slice(1, 4)).toEqual([row.opdName, staff.length, 3]);
});
