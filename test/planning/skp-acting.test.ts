import { VERBS } from "../../src/cards/verbs";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardText } from "../support/connector";
import { api, approvedSkp, cardsTo, IDS, INDICATORS, jptContent, nonJptContent, tickingClock, TODAY, user, YEAR } from "./skp-support";

/** Plt/Plh: an admin records Putri Permata acting for Utin Wijaya; Eko Lestari's SKP approval goes to Putri. */
let app: AppHarness;

beforeAll(async () => {
  app = await startApp({ clock: tickingClock() });
  for (const id of [IDS.utin, IDS.putri, IDS.lestari]) await app.teams.install(user(app, id));
  await app.repositories.indicators.upsertAll(YEAR, "bkpsdm", INDICATORS);
  const head = await approvedSkp(app, IDS.head, IDS.sekda, jptContent(INDICATORS[0]!.id));
  await approvedSkp(app, IDS.utin, IDS.head, nonJptContent([head.rhks[0].id]));
});
afterAll(() => app.stop());

const assignment = { supervisorId: IDS.utin, actingId: IDS.putri, from: TODAY, to: "2026-11-30", reason: "Utin Wijaya cuti tahunan" };

describe("Plt/Plh assignments", () => {
  test("only an admin records them, and bad ones are refused with the reason", async () => {
    expect((await api(app, IDS.ahmad, "POST", "/api/admin/acting", assignment)).status).toBe(403);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...assignment, from: "2026-12-01" }, "to", "acting_dates_order"],
      [{ ...assignment, actingId: IDS.utin }, "actingId", "acting_same_person"],
      [{ ...assignment, actingId: "nobody" }, "actingId", "acting_person_unknown"],
      [{ ...assignment, to: "30-11-2026" }, "to", "field_invalid_date"],
    ];
    for (const [body, field, code] of cases) {
      const res = await api(app, IDS.sri, "POST", "/api/admin/acting", body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toContainEqual(expect.objectContaining({ field, code }));
      expect(res.body.error.fields[0].message.en).not.toBe("");
    }
    expect((await api(app, IDS.sri, "GET", `/api/admin/acting?supervisorId=${IDS.utin}`)).body).toEqual([]);

    const recorded = await api(app, IDS.sri, "POST", "/api/admin/acting", assignment);
    expect(recorded.status).toBe(201);
    expect((await api(app, IDS.sri, "GET", `/api/admin/acting?supervisorId=${IDS.utin}`)).body).toEqual([{ ...assignment, recordedById: IDS.sri }]);
    for (const owner of [IDS.utin, IDS.putri]) {
      expect(await app.repositories.audit.listForOwner(owner)).toContainEqual(expect.objectContaining({ actorId: IDS.sri, action: "acting.record", subjectType: "acting" }));
    }
  });

  test("in the window the approval card goes to the acting official, who decides; the audit shows both", async () => {
    const lestari = await api(app, IDS.lestari, "GET", `/api/skp/${IDS.lestari}?year=${YEAR}`);
    expect(lestari.body.current).toBeNull();
    const utinRhk = (await api(app, IDS.utin, "GET", `/api/skp/${IDS.utin}?year=${YEAR}`)).body.effective.rhks[0].id;
    await api(app, IDS.lestari, "PUT", `/api/skp/${IDS.lestari}/draft?year=${YEAR}`, nonJptContent([utinRhk], "Tersusunnya rekap capaian kinerja"));
    const utinCards = cardsTo(app, user(app, IDS.utin)).length;
    const submitted = await api(app, IDS.lestari, "POST", `/api/skp/${IDS.lestari}/submit`, { year: YEAR });
    expect(submitted.body.approver.id).toBe(IDS.putri);
    await app.background.drain();

    const putri = user(app, IDS.putri);
    const card = cardsTo(app, putri).at(-1)!;
    expect(cardText(card)).toContain("Persetujuan SKP 2026: Eko Lestari");
    expect(cardText(card)).toContain("sebagai Plt/Plh Utin Wijaya");
    expect((card.refresh as any).userIds).toEqual([`29:${IDS.putri}`]);
    expect(cardsTo(app, user(app, IDS.utin)).length).toBe(utinCards);

    const data = (card.refresh as any).action.data;
    const view = await app.teams.execute(putri, VERBS.skpRefresh, data);
    expect(cardActions(view.body.value).map((a) => a.verb)).toEqual([VERBS.skpApprove, VERBS.skpReturn]);
    const approved = await app.teams.execute(putri, VERBS.skpApprove, data);
    expect(cardText(approved.body.value)).toContain("Disetujui oleh Putri Permata");

    const audit = await app.repositories.audit.listForOwner(IDS.lestari);
    expect(audit.find((a) => a.action === "skp.approve")).toMatchObject({ actorId: IDS.putri, onBehalfOfId: IDS.utin, fromState: "diajukan", toState: "disetujui" });
    expect(audit.find((a) => a.action === "skp.submit")).toMatchObject({ actorId: IDS.lestari });
    expect(audit.find((a) => a.action === "skp.submit")!.onBehalfOfId).toBeUndefined();
  });

  test("the acting official cannot approve outside the window", async () => {
    const later = await startApp({ clock: { now: () => new Date("2026-12-02T03:00:00Z") } });
    try {
      await later.repositories.acting.add({ ...assignment, recordedById: IDS.sri });
      const res = await api(later, IDS.putri, "POST", `/api/skp/${IDS.lestari}/approve`, { year: YEAR });
      expect(res.status).toBe(403);
    } finally {
      await later.stop();
    }
  });
});
