import { resultJobKey } from "../../src/services/calibration-penetapan";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardOf, cardText } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { PERIOD, UNIT, api, approvedSkp, cast, ratingBody, startEvaluationApp } from "./eval-support";

// Closing a period city-wide (Admin Kinerja, DOMAIN.md section 8): two calibration units, dpmptsp-pl (8 staff rated
// by Dewi, a curve that holds Baik) and dpmptsp (Dewi alone, rated Baik by Rudi: breaks Baik's rule), plus setda
// (nobody rated, no organisation predikat).
const HEAD_UNIT = "dpmptsp";
let app: AppHarness;
let people: ReturnType<typeof cast>;
const close = `/api/periods/${PERIOD}/close`;

const resultCardsTo = (p: Person) =>
  app.connector
    .to(personalConversationId(asUser(p)))
    .filter((c) => c.method === "POST")
    .map((c) => cardOf(c.activity))
    .filter((c) => c !== undefined && cardText(c).includes("Hasil penilaian kinerja"));
const unitOf = (body: any, unitId: string) => body.opds.flatMap((o: any) => o.units).find((u: any) => u.unitId === unitId);
const messagesOf = (list: { message: { id: string } }[]) => list.map((m) => m.message.id);

beforeAll(async () => {
  app = await startEvaluationApp();
  people = cast(app);
  const { admin, kadis, head, staff } = people;
  for (const p of [...staff, head]) await app.teams.install(asUser(p));
  expect((await api(app, admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  for (const p of staff) await approvedSkp(app, p);
  await approvedSkp(app, head);
  // 1 Sangat Baik, 5 Baik, 2 Butuh Perbaikan: Baik holds (at most 5 Baik, at least 1 Butuh Perbaikan).
  const ratings = [["DI_ATAS", "DI_ATAS", "DI_ATAS"], ...Array(5).fill(["SESUAI", "SESUAI", "SESUAI"]), ["DI_BAWAH", "DI_BAWAH", "SESUAI"], ["DI_BAWAH", "DI_BAWAH", "SESUAI"]] as const;
  for (const [i, p] of staff.entries()) {
    const [judgement, hasil, perilaku] = ratings[i]!;
    expect((await api(app, head, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, ratingBody(p, judgement, hasil, perilaku))).status).toBe(200);
  }
  expect((await api(app, kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "BAIK" })).status).toBe(200);
  const hasan = app.directory.getManager(kadis.id)!;
  expect((await api(app, hasan, "PUT", `/api/calibration/${PERIOD}/${HEAD_UNIT}/org-predikat`, { orgPredikat: "BAIK" })).status).toBe(200);
  expect((await api(app, kadis, "POST", `/api/evaluations/${PERIOD}/${head.id}/rating`, ratingBody(head, "SESUAI", "SESUAI", "SESUAI"))).status).toBe(200);
});
afterAll(async () => {
  await app.settled();
  await app.stop();
});

test("only an Admin Kinerja may see the dry run or close a period; an unknown period is 404", async () => {
  for (const actor of [people.kadis, people.head, people.staff[0]!]) {
    expect((await api(app, actor, "GET", close)).status).toBe(403);
    expect((await api(app, actor, "POST", close)).status).toBe(403);
  }
  expect((await api(app, people.admin, "POST", "/api/periods/2026-bulanan-13/close")).status).toBe(404);
  expect((await app.repositories.evaluations.get(PERIOD, people.staff[0]!.id))?.state).toBe("rated");
});

test("the dry run names, per OPD and unit, what is rated, the curve check and what a close would set, changing nothing", async () => {
  const res = await api(app, people.admin, "GET", close);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ dryRun: true, wouldSet: [UNIT], set: [] });
  expect(res.body.message.id).toContain("1 unit siap ditetapkan");
  expect(res.body.message.en).toContain("1 unit(s) ready to set");
  const dpmptsp = res.body.opds.find((o: any) => o.opdId === "dpmptsp");
  expect(dpmptsp.opdName).toBe("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
  expect(dpmptsp.units.map((u: any) => u.unitId).sort()).toEqual([HEAD_UNIT, UNIT]);
  expect(unitOf(res.body, UNIT)).toMatchObject({ status: "ready", members: 8, rated: 8, toSet: 8, orgPredikat: "BAIK", distributionOk: true, violations: [], blockers: [], override: null });

  const broken = unitOf(res.body, HEAD_UNIT);
  expect(broken).toMatchObject({ status: "blocked", members: 1, rated: 1, toSet: 1, orgPredikat: "BAIK", distributionOk: false, override: null });
  expect(messagesOf(broken.violations)).toEqual(["Baik: 1 pegawai, paling banyak 0 yang diperbolehkan.", "Butuh Perbaikan + Kurang/Misconduct: 0 pegawai, paling sedikit 1 yang diperlukan."]);
  expect(broken.blockers[0].message.en).toContain("breaks the curve");
  expect(res.body.blocked.find((b: any) => b.unitId === HEAD_UNIT).reasons.length).toBe(3);

  const setda = unitOf(res.body, "setda");
  expect(setda).toMatchObject({ status: "blocked", rated: 0, orgPredikat: null, distributionOk: null });
  expect(setda.blockers[0].message.id).toContain("Predikat Kinerja Organisasi unit ini");
  for (const p of [...people.staff, people.head]) expect((await app.repositories.evaluations.get(PERIOD, p.id))?.state).toBe("rated");
});

test("the close sets only the ready unit (its employees get their result card); a second close sets nothing", async () => {
  const { admin, head, staff } = people;
  const res = await api(app, admin, "POST", close);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ dryRun: false, set: [UNIT], wouldSet: [] });
  expect(res.body.blocked.map((b: any) => b.unitId).sort()).toEqual([HEAD_UNIT, "setda"]);
  expect(res.body.message.id).toBe("Penutupan periode: 1 unit ditetapkan sekarang, 0 unit sudah ditetapkan sebelumnya, 2 unit tertahan.");
  for (const p of staff) {
    const ev = await app.repositories.evaluations.get(PERIOD, p.id);
    expect(ev?.state).toBe("ditetapkan");
    expect(ev?.penetapan?.byId).toBe(admin.id);
  }
  expect((await app.repositories.evaluations.get(PERIOD, head.id))?.state).toBe("rated");
  // Every result card is in the durable outbox when the answer comes (a crash now would still deliver them).
  const job = await app.repositories.outbox.store.getJob(resultJobKey(PERIOD, UNIT, staff.map((p) => p.id)));
  expect(job?.total).toBe(staff.length);
  await app.settled();
  for (const p of staff) expect(resultCardsTo(p)).toHaveLength(1);
  // Where each card landed is kept, so Terima can replace it on every device.
  for (const p of staff) expect((await app.repositories.evaluations.get(PERIOD, p.id))?.resultCard?.conversationKey).toBe(`personal:${p.id}`);
  expect(cardText(resultCardsTo(staff[0]!)[0])).toContain("Sangat Baik");
  expect(resultCardsTo(head)).toHaveLength(0);
  const audit = (await app.repositories.audit.listForOwner(staff[0]!.id)).filter((e) => e.action === "tetapkan");
  expect(audit).toMatchObject([{ actorId: admin.id, fromState: "rated", toState: "ditetapkan" }]);
  // The staff now see their result; the head's stays hidden until her unit is set.
  expect((await api(app, staff[1]!, "GET", `/api/evaluations/${PERIOD}/${staff[1]!.id}`)).body.evaluation.rating.predikat).toBe("BAIK");
  expect((await api(app, head, "GET", `/api/evaluations/${PERIOD}/${head.id}`)).body.evaluation.rating).toBeUndefined();

  const again = await api(app, admin, "POST", close);
  expect(again.status).toBe(200);
  expect(again.body.set).toEqual([]);
  expect(unitOf(again.body, UNIT).status).toBe("alreadySet");
  expect(again.body.message.en).toBe("Period close: 0 unit(s) set now, 1 unit(s) set before, 2 unit(s) blocked.");
  await app.settled();
  for (const p of staff) expect(resultCardsTo(p)).toHaveLength(1);
  expect((await app.repositories.audit.listForOwner(staff[0]!.id)).filter((e) => e.action === "tetapkan")).toHaveLength(1);
});

test("after an admin's override with a reason the broken unit closes too, its override named in the dry run", async () => {
  const { admin, head } = people;
  const reason = "Unit berisi satu pejabat; kurva tidak bermakna.";
  expect((await api(app, admin, "POST", `/api/calibration/${PERIOD}/${HEAD_UNIT}/override`, { reason })).status).toBe(200);
  const dry = await api(app, admin, "GET", close);
  expect(dry.body.wouldSet).toEqual([HEAD_UNIT]);
  expect(unitOf(dry.body, HEAD_UNIT)).toMatchObject({ status: "ready", distributionOk: false, override: { byId: admin.id, reason }, blockers: [] });
  expect(unitOf(dry.body, HEAD_UNIT).violations).toHaveLength(2);

  const res = await api(app, admin, "POST", close);
  expect(res.body.set).toEqual([HEAD_UNIT]);
  const ev = await app.repositories.evaluations.get(PERIOD, head.id);
  expect(ev?.state).toBe("ditetapkan");
  expect(ev?.penetapan?.distributionOverride).toEqual({ byId: admin.id, reason });
  await app.settled();
  expect(resultCardsTo(head)).toHaveLength(1);
  expect((await api(app, admin, "POST", close)).body.set).toEqual([]);
});
