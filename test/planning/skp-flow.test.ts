import { VERBS } from "../../src/cards/verbs";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardInputs, cardOf, cardText } from "../support/connector";
import { personalConversationId, type TeamsUser } from "../support/teams-client";
import { api, approvedSkp, cardsTo, ikiOf, IDS, INDICATORS, jptContent, nonJptContent, tickingClock, user, YEAR } from "./skp-support";

/**
 * The story of issue 3, over HTTP and Bot Framework activities: the OPD's indicators, the head's SKP approved by
 * the Sekda, a supervisor's Matriks Peran Hasil creating draft RHKs for the team, a subordinate submitting from
 * the bot, the supervisor returning it with a reason and then approving the revised plan.
 */
let app: AppHarness;
let eko: TeamsUser;
let utin: TeamsUser;
let headRhkId: string;
let utinRhkIds: string[];
let firstCardData: Record<string, unknown>;

beforeAll(async () => {
  app = await startApp({ clock: tickingClock() });
  eko = user(app, IDS.eko);
  utin = user(app, IDS.utin);
  for (const id of [IDS.sekda, IDS.head, IDS.utin, IDS.eko, IDS.lestari, IDS.ahmad]) await app.teams.install(user(app, id));
  await app.repositories.indicators.upsertAll(YEAR, "bkpsdm", INDICATORS);
});
afterAll(() => app.stop());

const skpOf = async (id: string) => (await api(app, id, "GET", `/api/skp/${id}?year=${YEAR}`)).body;
const lastCard = (u: TeamsUser) => cardsTo(app, u).at(-1)!;

async function skpCommand(u: TeamsUser) {
  expect((await app.teams.message(u, "skp")).status).toBe(200);
  return lastCard(u);
}

describe("SKP planning and approval", () => {
  test("the head of OPD (JPT) plans against the OPD's indicators and the Sekda approves", async () => {
    const wrong = await api(app, IDS.head, "PUT", `/api/skp/${IDS.head}/draft?year=${YEAR}`, jptContent("ind-dinkes-9"));
    expect(wrong.status).toBe(201);
    expect(wrong.body.skp).toMatchObject({ form: "JPT", state: "draft", revision: 1 });
    expect(wrong.body.problems.map((p: any) => p.code)).toEqual(["rhk_parent_not_opd_indicator"]);
    const refused = await api(app, IDS.head, "POST", `/api/skp/${IDS.head}/submit`, { year: YEAR });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0]).toMatchObject({ field: "rhks.0.parent", code: "rhk_parent_not_opd_indicator" });
    expect(refused.body.error.fields[0].message.en).toContain("performance indicator of your agency");

    const approved = await approvedSkp(app, IDS.head, IDS.sekda, jptContent(INDICATORS[0]!.id));
    expect(approved).toMatchObject({ state: "disetujui", decidedById: IDS.sekda });
    headRhkId = approved.rhks[0].id;
  });

  test("a draft RHK pointing to a supervisor RHK that is not approved cannot be submitted", async () => {
    const utinDraft = await api(app, IDS.utin, "PUT", `/api/skp/${IDS.utin}/draft?year=${YEAR}`, {
      ...nonJptContent([headRhkId, headRhkId], "Terlaksananya penilaian kinerja"),
    });
    expect(utinDraft.status).toBe(201);
    expect(utinDraft.body.problems).toEqual([]);
    utinRhkIds = utinDraft.body.skp.rhks.map((r: any) => r.id);

    // The matrix of Utin (still a draft plan): each cell becomes a draft RHK of that direct report.
    const put = await api(app, IDS.utin, "PUT", `/api/matrix/${IDS.utin}?year=${YEAR}`, {
      cells: [
        { supervisorRhkId: utinRhkIds[0], subordinateId: IDS.eko, text: "Terverifikasinya berkas penilaian kinerja" },
        { supervisorRhkId: utinRhkIds[1], subordinateId: IDS.lestari, text: "Tersusunnya rekap capaian kinerja" },
      ],
    });
    expect(put.status).toBe(200);
    expect(put.body.applied.sort()).toEqual([IDS.eko, IDS.lestari].sort());
    const ekoSkp = (await skpOf(IDS.eko)).current;
    expect(ekoSkp).toMatchObject({ state: "draft", form: "NON_JPT" });
    expect(ekoSkp.rhks).toEqual([expect.objectContaining({ text: "Terverifikasinya berkas penilaian kinerja", parent: { kind: "SUPERVISOR_RHK", rhkId: utinRhkIds[0] } })]);

    // Eko completes the MPH row with an IKI and tries to submit from the bot.
    await api(app, IDS.eko, "PUT", `/api/skp/${IDS.eko}/draft?year=${YEAR}`, { ...nonJptContent([]), rhks: [{ ...ekoSkp.rhks[0], indicators: [ikiOf("berkas")] }] });
    const summary = await skpCommand(eko);
    const ajukan = cardActions(summary).find((a) => a.verb === VERBS.skpSubmit)!;
    expect(ajukan.data).toMatchObject({ employeeId: IDS.eko });
    const res = await app.teams.execute(eko, VERBS.skpSubmit, ajukan.data);
    expect(res.body.statusCode).toBe(200);
    expect(cardText(res.body.value)).toContain("RHK 1: RHK harus mengacu pada RHK atasan langsung yang sudah disetujui");
    expect(cardText(res.body.value)).toContain("must point to an approved RHK of the direct supervisor");
    expect((await skpOf(IDS.eko)).current.state).toBe("draft");
  });

  test("a quantitative IKI without a unit is refused with a clear message", async () => {
    expect((await api(app, IDS.utin, "POST", `/api/skp/${IDS.utin}/submit`, { year: YEAR })).status).toBe(200);
    expect((await api(app, IDS.head, "POST", `/api/skp/${IDS.utin}/approve`, { year: YEAR })).status).toBe(200);
    expect((await skpOf(IDS.utin)).effective.rhks.map((r: any) => r.id)).toEqual(utinRhkIds);
    const current = (await skpOf(IDS.eko)).current;
    const noUnit = { ...nonJptContent([]), rhks: [{ ...current.rhks[0], indicators: [{ ...current.rhks[0].indicators[0], target: { approach: "KUANTITATIF", value: 120, unit: " " } }] }] };
    const saved = await api(app, IDS.eko, "PUT", `/api/skp/${IDS.eko}/draft?year=${YEAR}`, noUnit);
    expect(saved.body.problems.map((p: any) => [p.field, p.code])).toEqual([["rhks.0.indicators.0.target.unit", "target_unit_required"]]);
    const refused = await api(app, IDS.eko, "POST", `/api/skp/${IDS.eko}/submit`, { year: YEAR });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].message).toEqual({ id: expect.stringContaining("satuan"), en: "A quantitative target needs a unit." });
  });

  test("submitting from the bot sends the supervisor an approval card whose buttons only the supervisor sees", async () => {
    const current = (await skpOf(IDS.eko)).current;
    await api(app, IDS.eko, "PUT", `/api/skp/${IDS.eko}/draft?year=${YEAR}`, { ...nonJptContent([]), rhks: [{ ...current.rhks[0], indicators: [ikiOf("berkas")] }] }, { "If-Match": current.etag });
    const ajukan = cardActions(await skpCommand(eko)).find((a) => a.verb === VERBS.skpSubmit)!;
    const res = await app.teams.execute(eko, VERBS.skpSubmit, ajukan.data);
    expect(cardText(res.body.value)).toContain("SKP telah diajukan kepada Utin Wijaya");
    expect(cardActions(res.body.value)).toEqual([]);
    await app.background.drain();

    const card = lastCard(utin);
    expect(cardText(card)).toContain("Persetujuan SKP 2026: Eko Kusuma");
    expect(cardActions(card).filter((a) => a.verb !== VERBS.skpRefresh)).toEqual([]);
    const refresh = card.refresh as any;
    firstCardData = refresh.action.data;
    expect(refresh.userIds).toEqual([`29:${IDS.utin}`]);
    expect(refresh.action).toMatchObject({ type: "Action.Execute", verb: VERBS.skpRefresh });

    const forUtin = await app.teams.execute(utin, VERBS.skpRefresh, refresh.action.data);
    expect(cardActions(forUtin.body.value).map((a) => a.verb)).toEqual([VERBS.skpApprove, VERBS.skpReturn]);
    expect(cardInputs(forUtin.body.value)).toEqual(["reason"]);
    const forEko = await app.teams.execute(eko, VERBS.skpRefresh, refresh.action.data);
    expect(forEko.body.statusCode).toBe(200);
    expect(cardActions(forEko.body.value)).toEqual([]);
    const forPeer = await app.teams.execute(user(app, IDS.ahmad), VERBS.skpRefresh, refresh.action.data);
    expect(forPeer.body).toMatchObject({ statusCode: 403, type: "application/vnd.microsoft.error" });

    // Double click on Ajukan: still one submission, no second card to the supervisor.
    const before = cardsTo(app, utin).length;
    await app.teams.execute(eko, VERBS.skpSubmit, ajukan.data);
    await app.background.drain();
    expect(cardsTo(app, utin).length).toBe(before);
  });

  test("nobody but the supervisor can decide; nothing changes when they try", async () => {
    const data = (lastCard(utin).refresh as any).action.data;
    for (const intruder of [IDS.ahmad, IDS.head, IDS.eko, IDS.hendra]) {
      const viaApi = await api(app, intruder, "POST", `/api/skp/${IDS.eko}/approve`, { year: YEAR });
      expect(viaApi.status).toBe(403);
      const viaCard = await app.teams.execute(user(app, intruder), VERBS.skpApprove, data);
      expect(viaCard.body).toMatchObject({ statusCode: 403, type: "application/vnd.microsoft.error" });
    }
    expect((await skpOf(IDS.eko)).current.state).toBe("diajukan");
  });

  test("returning needs a reason; the employee is told; every view of the card shows the decision", async () => {
    const data = (lastCard(utin).refresh as any).action.data;
    const empty = await app.teams.execute(utin, VERBS.skpReturn, { ...data, reason: "   " });
    expect(empty.body.statusCode).toBe(200);
    expect(cardInputs(empty.body.value)).toEqual(["reason"]);
    expect(cardText(empty.body.value)).toContain("Wajib diisi.");
    expect((await skpOf(IDS.eko)).current.state).toBe("diajukan");

    const reason = "Target kuantitas terlalu rendah; naikkan menjadi 150 berkas.";
    const returned = await app.teams.execute(utin, VERBS.skpReturn, { ...data, reason });
    expect(cardActions(returned.body.value)).toEqual([]);
    expect(cardText(returned.body.value)).toContain("Dikembalikan oleh Utin Wijaya");
    expect(cardText(returned.body.value)).toContain(reason);
    const stored = (await skpOf(IDS.eko)).current;
    expect(stored).toMatchObject({ state: "dikembalikan", returnReason: reason, decidedById: IDS.utin });

    const told = await app.connector.waitFor((c) => c.conversationId === personalConversationId(eko) && cardText(cardOf(c.activity)).includes(reason));
    expect(cardText(cardOf(told.activity))).toContain("SKP 2026 Anda dikembalikan oleh Utin Wijaya");
    const update = await app.connector.waitFor((c) => c.method === "PUT" && c.conversationId === personalConversationId(utin));
    expect(cardActions(cardOf(update.activity))).toEqual([]);
    expect(cardOf(update.activity)!.refresh).toBeUndefined();

    const summary = await skpCommand(eko);
    expect(cardText(summary)).toContain(reason);
    expect(cardActions(summary)).toEqual([]);
  });

  test("the employee revises and resubmits; the supervisor approves once, however often they click", async () => {
    const current = (await skpOf(IDS.eko)).current;
    const raised = { ...nonJptContent([]), rhks: [{ ...current.rhks[0], indicators: [{ ...current.rhks[0].indicators[0], target: { approach: "KUANTITATIF", value: 150, unit: "berkas" } }] }] };
    expect((await api(app, IDS.eko, "PUT", `/api/skp/${IDS.eko}/draft?year=${YEAR}`, raised)).body.skp.state).toBe("draft");
    const ajukan = cardActions(await skpCommand(eko)).find((a) => a.verb === VERBS.skpSubmit)!;
    await app.teams.execute(eko, VERBS.skpSubmit, ajukan.data);
    await app.background.drain();
    const card = lastCard(utin);
    const data = (card.refresh as any).action.data;
    expect(cardText(card)).toContain("150");

    // The old card (first submission) replayed: it shows the decision it had, and approves nothing.
    expect(data.submittedAt).not.toBe(firstCardData.submittedAt);
    const stale = await app.teams.execute(utin, VERBS.skpApprove, firstCardData);
    expect(cardText(stale.body.value)).toContain("Dikembalikan");
    expect((await skpOf(IDS.eko)).current.state).toBe("diajukan");

    const approved = await app.teams.execute(utin, VERBS.skpApprove, data);
    expect(cardText(approved.body.value)).toContain("Disetujui oleh Utin Wijaya");
    expect(cardActions(approved.body.value)).toEqual([]);
    const view = await skpOf(IDS.eko);
    expect(view.effective).toMatchObject({ state: "disetujui", revision: 1, decidedById: IDS.utin });
    expect(view.effective.returnReason).toBeUndefined();
    await app.connector.waitFor((c) => c.conversationId === personalConversationId(eko) && cardText(cardOf(c.activity)).includes("disetujui oleh Utin Wijaya"));
    const stored = view.revisions[0];
    expect(stored.approvalCard).toBeUndefined(); // not exposed by the API
    const updates = app.connector.to(personalConversationId(utin)).filter((c) => c.method === "PUT");
    expect(cardText(cardOf(updates.at(-1)!.activity))).toContain("Disetujui oleh Utin Wijaya");

    const calls = app.connector.calls.length;
    const auditBefore = await app.repositories.audit.listForOwner(IDS.eko);
    const again = await app.teams.execute(utin, VERBS.skpApprove, data);
    expect(cardText(again.body.value)).toContain("Disetujui oleh Utin Wijaya");
    const viaApi = await api(app, IDS.utin, "POST", `/api/skp/${IDS.eko}/approve`, { year: YEAR });
    expect(viaApi.body).toMatchObject({ state: "disetujui", alreadyDecided: true });
    const replayed = await app.teams.execute(user(app, IDS.ahmad), VERBS.skpApprove, data);
    expect(replayed.body.statusCode).toBe(403);
    expect(app.connector.calls.length).toBe(calls);
    expect(await app.repositories.audit.listForOwner(IDS.eko)).toHaveLength(auditBefore.length);

    const audit = (await app.repositories.audit.listForOwner(IDS.eko)).filter((a) => a.subjectType === "skp").map((a) => [a.action, a.actorId]);
    expect(audit).toEqual([
      ["skp.create", IDS.utin],
      ["skp.submit", IDS.eko],
      ["skp.return", IDS.utin],
      ["skp.reopen", IDS.eko],
      ["skp.submit", IDS.eko],
      ["skp.approve", IDS.utin],
    ]);
  });

  test("an approved SKP changes only through a new revision; the approved one stays in force", async () => {
    const revised = await api(app, IDS.eko, "POST", `/api/skp/${IDS.eko}/revise`, { year: YEAR });
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ revision: 2, state: "draft" });
    expect((await api(app, IDS.eko, "POST", `/api/skp/${IDS.eko}/revise`, { year: YEAR })).status).toBe(409);
    const view = await skpOf(IDS.eko);
    expect(view.revisions.map((s: any) => [s.revision, s.state])).toEqual([[1, "disetujui"], [2, "draft"]]);
    expect(view.effective.revision).toBe(1);
    expect(view.current.rhks.map((r: any) => r.id)).toEqual(view.effective.rhks.map((r: any) => r.id));

    const team = await api(app, IDS.utin, "GET", `/api/team/skp?year=${YEAR}`);
    const row = team.body.find((r: any) => r.employee.id === IDS.eko);
    expect(row).toMatchObject({ state: "draft", revision: 2, approvedRevision: 1 });
  });

  test("the skp command without an SKP explains how to start", async () => {
    const ahmad = user(app, IDS.ahmad);
    const card = await skpCommand(ahmad);
    expect(cardText(card)).toContain("Anda belum memiliki SKP tahun 2026");
    expect(cardText(card)).toContain("tab Kinerja ASN");
    expect(cardActions(card)).toEqual([]);
  });
});
