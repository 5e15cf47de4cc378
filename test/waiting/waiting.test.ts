import { randomUUID } from "node:crypto";
import { B18_STATEMENTS } from "../../src/domain/coaching";
import type { Person } from "../../src/domain/org";
import type { WaitingItem } from "../../src/services/waiting-service";
import type { AppHarness } from "../support/app-harness";
import { PERIOD, UNIT, api, approvedSkp, cast, ratingBody, startEvaluationApp } from "../evaluation/eval-support";

// "Menunggu saya" over HTTP on Azurite (issue 5 item 2): the unit of the evaluation tests, on 31 March 2026 (WIB),
// with its 8 staff rated and set (ditetapkan) by their head Dewi; Rudi (Kepala Dinas) is above her.
let app: AppHarness;
let people: ReturnType<typeof cast>;
let staff: Person[];
let andi: Person;
let bella: Person;
let citra: Person;

const waiting = async (p: Person): Promise<WaitingItem[]> => {
  const res = await api(app, p, "GET", "/api/me/waiting");
  expect(res.status).toBe(200);
  return res.body.items;
};
const ofKind = async (p: Person, kind: WaitingItem["kind"]) => (await waiting(p)).filter((i) => i.kind === kind);

beforeAll(async () => {
  app = await startEvaluationApp();
  people = cast(app);
  staff = people.staff;
  [andi, bella, citra] = staff as [Person, Person, Person];
  expect((await api(app, people.admin, "PUT", "/api/periods/2026", { type: "bulanan" })).status).toBe(200);
  for (const p of staff) {
    await approvedSkp(app, p);
    // Andi's RHKs fall short (a development need for his supervisor to confirm); the others meet expectations.
    const body = p === andi ? ratingBody(p, "DI_BAWAH", "SESUAI", "SESUAI", { hasilKerjaReason: "Kendala sistem OSS di bulan Maret." }) : ratingBody(p, "SESUAI", "SESUAI", "SESUAI");
    const rated = await api(app, people.head, "POST", `/api/evaluations/${PERIOD}/${p.id}/rating`, body);
    expect(rated.status).toBe(200);
  }
  expect((await api(app, people.kadis, "PUT", `/api/calibration/${PERIOD}/${UNIT}/org-predikat`, { orgPredikat: "ISTIMEWA" })).status).toBe(200);
  expect((await api(app, people.head, "POST", `/api/calibration/${PERIOD}/${UNIT}/tetapkan`)).status).toBe(200);
  await app.background.drain();
});
afterAll(async () => {
  await app.background.drain();
  await app.stop();
});

test("the set evaluation waits for its employee with the keberatan deadline, and goes once accepted", async () => {
  const mine = await ofKind(andi, "evaluationResult");
  // Set on 31 March: the 14-day keberatan window ends on 14 April (WIB).
  expect(mine).toEqual([expect.objectContaining({ id: `evaluation:${PERIOD}`, due: "2026-04-14", screen: "my-eval", ref: expect.objectContaining({ periodId: PERIOD, employeeId: andi.id, objectionDeadline: "2026-04-14" }) })]);
  // Each sees their own result only; the supervisor, who set them, has none waiting.
  expect((await ofKind(bella, "evaluationResult")).map((i) => i.ref.employeeId)).toEqual([bella.id]);
  expect(await ofKind(people.head, "evaluationResult")).toEqual([]);

  expect((await api(app, andi, "POST", `/api/evaluations/${PERIOD}/${andi.id}/acknowledge`)).status).toBe(200);
  expect(await ofKind(andi, "evaluationResult")).toEqual([]);
  expect(await ofKind(bella, "evaluationResult")).toHaveLength(1);
});

test("an announcement waits for each person of its OPD until they acknowledge it; others never see it", async () => {
  const sent = await api(app, people.admin, "POST", "/api/announcements", {
    content: { titleId: "Batas pengisian SKP", titleEn: "SKP deadline", bodyId: "Ajukan SKP paling lambat 3 April.", ackDeadline: "2026-04-03" },
    audience: { kind: "opds", opdIds: ["dpmptsp"] },
  });
  expect(sent.status).toBe(201);
  const id = sent.body.id as string;
  const item = { kind: "announcement", id: `announcement:${id}`, title: "Batas pengisian SKP", titleEn: "SKP deadline", due: "2026-04-03", screen: null };
  expect(await ofKind(andi, "announcement")).toEqual([expect.objectContaining({ ...item, ref: expect.objectContaining({ announcementId: id }) })]);
  expect(await ofKind(people.head, "announcement")).toHaveLength(1);
  // The admin works in BKPSDM, another OPD: not an addressee.
  expect(await ofKind(people.admin, "announcement")).toEqual([]);
  expect((await api(app, people.admin, "POST", `/api/me/announcements/${id}/ack`)).status).toBe(403);

  const ack = await api(app, andi, "POST", `/api/me/announcements/${id}/ack`);
  expect(ack).toEqual({ status: 201, body: { announcementId: id, repeated: false } });
  expect((await api(app, andi, "POST", `/api/me/announcements/${id}/ack`)).body.repeated).toBe(true);
  expect(await ofKind(andi, "announcement")).toEqual([]);
  expect(await ofKind(bella, "announcement")).toHaveLength(1);
  expect((await api(app, andi, "POST", `/api/me/announcements/${randomUUID()}/ack`)).status).toBe(404);
  // The author's view counts the acknowledgement made in the tab.
  expect((await api(app, people.admin, "GET", `/api/announcements/${id}`)).body.totals.acknowledged).toBe(1);
});

test("a feedback request waits for each named colleague until they answer; the subject and other peers never see it", async () => {
  const asked = await api(app, andi, "POST", `/api/feedback-requests/${andi.id}`, { about: { kind: "BERAKHLAK", valueId: "harmonis" }, colleagueIds: [bella.id, citra.id], message: "Bagaimana kerja sama kita di loket?" });
  expect(asked.status).toBe(201);
  const requestId = asked.body.id as string;
  for (const colleague of [bella, citra]) {
    expect(await ofKind(colleague, "feedbackRequest")).toEqual([
      expect.objectContaining({
        id: `feedback:${requestId}`,
        title: andi.displayName,
        due: null,
        ref: expect.objectContaining({ employeeId: andi.id, requestId, requesterId: andi.id, requesterName: andi.displayName, aboutKind: "BERAKHLAK", about: "harmonis", message: "Bagaimana kerja sama kita di loket?" }),
      }),
    ]);
  }
  for (const other of [andi, staff[3]!, people.head]) expect(await ofKind(other, "feedbackRequest")).toEqual([]);

  expect((await api(app, bella, "POST", `/api/feedback-requests/${andi.id}/${requestId}/answers`, { text: "Andi selalu membantu saat antrean panjang." })).status).toBe(200);
  expect(await ofKind(bella, "feedbackRequest")).toEqual([]);
  expect(await ofKind(citra, "feedbackRequest")).toHaveLength(1);
});

test("a coaching conversation waits for its employee's rating, and goes once rated", async () => {
  const formId = randomUUID();
  const session = { formId, date: "2026-03-30", topics: "Ketepatan waktu verifikasi", agreedActions: ["Verifikasi paling lambat 2 hari kerja"], followUpDate: "2026-04-13" };
  expect((await api(app, people.head, "POST", `/api/coaching/${bella.id}`, session)).status).toBe(201);
  expect(await ofKind(bella, "coachingRating")).toEqual([expect.objectContaining({ id: `coaching:${formId}`, title: people.head.displayName, ref: expect.objectContaining({ sessionId: formId, date: "2026-03-30" }) })]);
  expect(await ofKind(citra, "coachingRating")).toEqual([]);
  expect(await ofKind(people.head, "coachingRating")).toEqual([]);
  const answers = Object.fromEntries(B18_STATEMENTS.map((s) => [s, 4]));
  expect((await api(app, bella, "POST", `/api/coaching/${bella.id}/${formId}/rating`, { answers })).status).toBe(200);
  expect(await ofKind(bella, "coachingRating")).toEqual([]);
});

test("as a direct supervisor: suggested development needs and external trainings wait until decided; nobody else sees them", async () => {
  const needs = await ofKind(people.head, "developmentNeeds");
  // Andi's two RHKs were judged below expectation: two suggested needs, one item for him.
  expect(needs).toEqual([expect.objectContaining({ id: `needs:${andi.id}`, title: andi.displayName, ref: expect.objectContaining({ employeeId: andi.id, year: 2026, count: 2 }) })]);
  for (const other of [andi, bella, people.kadis]) expect(await ofKind(other, "developmentNeeds")).toEqual([]);

  const record = await api(app, citra, "POST", "/api/competency/external", { title: "Webinar pelayanan prima", jp: 4, date: "2026-03-20", evidenceUrl: "https://example.org/sertifikat.pdf" });
  expect(record.status).toBe(201);
  expect(await ofKind(people.head, "externalTraining")).toEqual([
    expect.objectContaining({ id: `external:${record.body.id}`, title: "Webinar pelayanan prima", ref: expect.objectContaining({ employeeId: citra.id, employeeName: citra.displayName, recordId: record.body.id, year: 2026, jp: 4 }) }),
  ]);
  for (const other of [citra, bella, people.kadis]) expect(await ofKind(other, "externalTraining")).toEqual([]);

  const plan = await api(app, people.head, "GET", `/api/competency/plan/${andi.id}`);
  const confirm = plan.body.needs.map((n: { id: string }) => n.id);
  expect(confirm).toHaveLength(2);
  expect((await api(app, people.head, "POST", `/api/competency/needs/${andi.id}`, { confirm })).status).toBe(200);
  expect((await api(app, people.head, "POST", `/api/competency/external/${citra.id}/${record.body.id}/decision`, { year: 2026, decision: "verify" })).status).toBe(200);
  expect(await ofKind(people.head, "developmentNeeds")).toEqual([]);
  expect(await ofKind(people.head, "externalTraining")).toEqual([]);
});

test("the list is ordered by due date, and needs a signed-in person", async () => {
  const items = await waiting(citra);
  expect(items.map((i) => i.kind)).toEqual(["announcement", "evaluationResult", "feedbackRequest"]);
  expect(items.map((i) => i.due)).toEqual(["2026-04-03", "2026-04-14", null]);
  const anonymous = await fetch(`${app.server.url}/api/me/waiting`);
  expect(anonymous.status).toBe(401);
});
