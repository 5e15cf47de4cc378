import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import type { ActorKind, HttpCall, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of the evaluation and calibration routes and verbs (issue 4). The subject's unit is disdukcapil-pi: its
 * head is the subject's supervisor (Agus Maulana), the leader one level up is the supervisor's supervisor
 * (Gusti Rahman), and the Plt/Plh recorded for the supervisor acts as its head today. Rows run in order: the
 * self-assessment rows before the ratings, the penetapan (which rates the whole unit first) before Terima.
 */
const READERS: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "admin"];
const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];
const RATERS: ActorKind[] = ["supervisor", "acting"];
const UNIT = "disdukcapil-pi";

const periodOf = (ctx: MatrixContext) => `${ctx.today.slice(0, 4)}-bulanan-${ctx.today.slice(5, 7)}`;
const evalPath = (ctx: MatrixContext, suffix = "") => `/api/evaluations/${periodOf(ctx)}/${ctx.ids.self}${suffix}`;
const calibrationPath = (ctx: MatrixContext, suffix = "") => `/api/calibration/${periodOf(ctx)}/${UNIT}${suffix}`;

async function as(ctx: MatrixContext, actorId: string, call: HttpCall) {
  const res = await fetch(ctx.app.server.url + call.path, {
    method: call.method,
    headers: { "Content-Type": "application/json", "X-Dev-User": actorId },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const defined = new WeakSet<object>();
/** The periods of this year, defined once per app by the admin (monthly: today's month is open). */
async function periods(ctx: MatrixContext): Promise<void> {
  if (defined.has(ctx.app)) return;
  const res = await as(ctx, ctx.ids.admin, { method: "PUT", path: `/api/periods/${ctx.today.slice(0, 4)}`, body: {} });
  if (res.status !== 200) throw new Error(`setup: periods ${res.status}`);
  defined.add(ctx.app);
}

/** The RHKs of the employee's approved SKP (if any), each judged Sesuai, and both ratings Sesuai: Baik. */
async function ratingFor(ctx: MatrixContext, employeeId: string) {
  const view = await as(ctx, ctx.ids.supervisor, { method: "GET", path: `/api/evaluations/${periodOf(ctx)}/${employeeId}` });
  const rhks: { id: string }[] = view.body?.rhks ?? [];
  return { formId: randomUUID(), rhkAssessments: rhks.map((r) => ({ rhkId: r.id, judgement: "SESUAI" })), hasilKerja: "SESUAI", perilakuKerja: "SESUAI", rhkIds: rhks.map((r) => r.id) };
}

/** Everyone in the unit rated Baik, the unit's org predikat Istimewa (at most 70% Sangat Baik: holds), set. */
async function unitReadyToSet(ctx: MatrixContext): Promise<void> {
  await periods(ctx);
  for (const member of ctx.app.directory.getDirectReports(ctx.ids.supervisor)) {
    await as(ctx, ctx.ids.supervisor, { method: "POST", path: `/api/evaluations/${periodOf(ctx)}/${member.id}/rating`, body: await ratingFor(ctx, member.id) });
  }
  await as(ctx, ctx.ids.supervisorsSupervisor, { method: "PUT", path: calibrationPath(ctx, "/org-predikat"), body: { orgPredikat: "ISTIMEWA" } });
}

async function unitSet(ctx: MatrixContext): Promise<void> {
  const view = await as(ctx, ctx.ids.admin, { method: "GET", path: calibrationPath(ctx) });
  if (view.body?.rows?.every((r: { state: string }) => r.state === "ditetapkan" || r.state === "diterima")) return;
  await unitReadyToSet(ctx);
  const res = await as(ctx, ctx.ids.supervisor, { method: "POST", path: calibrationPath(ctx, "/tetapkan") });
  if (res.status !== 200) throw new Error(`setup: tetapkan ${res.status} ${JSON.stringify(res.body)}`);
}

const selfBody = () => ({ formId: randomUUID(), realisasi: [], perilakuNotes: [{ valueId: "harmonis", text: "Membantu rekan." }] });

export const EVALUATION_ROWS: MatrixRow[] = [
  { kind: "route", route: "GET /api/periods", action: "period.read", allow: REGISTERED, call: async () => ({ method: "GET", path: "/api/periods" }) },
  {
    kind: "route",
    route: "PUT /api/periods/:year",
    action: "period.manage",
    allow: ["admin"],
    call: async (ctx) => ({ method: "PUT", path: `/api/periods/${ctx.today.slice(0, 4)}`, body: { type: "bulanan" } }),
  },
  {
    kind: "route",
    route: "GET /api/evaluations/:periodId/:employeeId",
    action: "evaluation.read",
    allow: READERS,
    call: async (ctx) => (await periods(ctx), { method: "GET", path: evalPath(ctx) }),
  },
  {
    kind: "route",
    route: "POST /api/evaluations/:periodId/:employeeId/self-assessment",
    action: "evaluation.selfAssess",
    allow: ["self"],
    call: async (ctx) => (await periods(ctx), { method: "POST", path: evalPath(ctx, "/self-assessment"), body: selfBody() }),
  },
  { kind: "verb", verb: VERBS.evalSelfOpen, action: "evaluation.selfAssess", allow: ["self"], data: async (ctx) => (await periods(ctx), { employeeId: ctx.ids.self }) },
  {
    kind: "verb",
    verb: VERBS.evalSelfSubmit,
    action: "evaluation.selfAssess",
    allow: ["self"],
    data: async (ctx) => (await periods(ctx), { formId: randomUUID(), periodId: periodOf(ctx), employeeId: ctx.ids.self, rhkIds: [], note_harmonis: "Membantu rekan." }),
  },
  {
    kind: "route",
    route: "POST /api/evaluations/:periodId/:employeeId/rating",
    action: "evaluation.rate",
    allow: RATERS,
    call: async (ctx) => (await periods(ctx), { method: "POST", path: evalPath(ctx, "/rating"), body: await ratingFor(ctx, ctx.ids.self) }),
  },
  { kind: "verb", verb: VERBS.evalRateOpen, action: "evaluation.rate", allow: RATERS, data: async (ctx) => (await periods(ctx), { periodId: periodOf(ctx), employeeId: ctx.ids.self }) },
  ...[VERBS.evalRatePreview, VERBS.evalRateSubmit].map(
    (verb): MatrixRow => ({
      kind: "verb",
      verb,
      action: "evaluation.rate",
      allow: RATERS,
      data: async (ctx) => {
        await periods(ctx);
        const r = await ratingFor(ctx, ctx.ids.self);
        const judgements = Object.fromEntries(r.rhkIds.map((_id, i) => [`judgement_${i}`, "SESUAI"]));
        return { formId: r.formId, periodId: periodOf(ctx), employeeId: ctx.ids.self, rhkIds: r.rhkIds, ...judgements, hasilKerja: "SESUAI", perilakuKerja: "SESUAI", previewedPredikat: "BAIK" };
      },
    }),
  ),
  {
    kind: "route",
    route: "GET /api/calibration/:periodId/:unitId",
    action: "calibration.read",
    allow: ["supervisor", "acting", "supervisorsSupervisor", "admin"],
    call: async (ctx) => (await periods(ctx), { method: "GET", path: calibrationPath(ctx) }),
  },
  {
    kind: "route",
    route: "PUT /api/calibration/:periodId/:unitId/org-predikat",
    action: "orgPredikat.set",
    allow: ["supervisorsSupervisor"],
    call: async (ctx) => (await periods(ctx), { method: "PUT", path: calibrationPath(ctx, "/org-predikat"), body: { orgPredikat: "ISTIMEWA" } }),
  },
  {
    kind: "route",
    route: "POST /api/calibration/:periodId/:unitId/override",
    action: "calibration.override",
    allow: ["admin"],
    call: async (ctx) => (await unitReadyToSet(ctx), { method: "POST", path: calibrationPath(ctx, "/override"), body: { reason: "Uji matriks otorisasi" } }),
  },
  {
    kind: "route",
    route: "POST /api/calibration/:periodId/:unitId/tetapkan",
    action: "evaluation.tetapkan",
    allow: RATERS,
    call: async (ctx) => (await unitReadyToSet(ctx), { method: "POST", path: calibrationPath(ctx, "/tetapkan") }),
  },
  {
    kind: "route",
    route: "POST /api/evaluations/:periodId/:employeeId/acknowledge",
    action: "evaluation.acknowledge",
    allow: ["self"],
    call: async (ctx) => (await unitSet(ctx), { method: "POST", path: evalPath(ctx, "/acknowledge") }),
  },
  {
    kind: "verb",
    verb: VERBS.evalAcknowledge,
    action: "evaluation.acknowledge",
    allow: ["self"],
    data: async (ctx) => (await unitSet(ctx), { periodId: periodOf(ctx), employeeId: ctx.ids.self }),
  },
];
