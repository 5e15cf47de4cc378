import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import type { StoredEvaluation } from "../../src/services/evaluation-ports";
import type { ActorKind, HttpCall, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of the keberatan and feedback-request routes and verbs (issue 4, second part). They run after the core
 * evaluation rows, which leave the subject's evaluation rated and set. Each cell starts from a known state: the
 * evaluation is put back to ditetapkan (to file) or keberatan (to decide) in storage before the call.
 */
const REQUESTERS: ActorKind[] = ["self", "supervisor", "acting"];

const periodOf = (ctx: MatrixContext) => `${ctx.today.slice(0, 4)}-bulanan-${ctx.today.slice(5, 7)}`;
const evalPath = (ctx: MatrixContext, suffix = "") => `/api/evaluations/${periodOf(ctx)}/${ctx.ids.self}${suffix}`;

async function as(ctx: MatrixContext, actorId: string, call: HttpCall) {
  const res = await fetch(ctx.app.server.url + call.path, {
    method: call.method,
    headers: { "Content-Type": "application/json", "X-Dev-User": actorId },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  return res.status;
}

/** The subject's rated evaluation (rated by the supervisor when the earlier rows did not), set today. */
async function evaluationIn(ctx: MatrixContext, state: "ditetapkan" | "keberatan"): Promise<void> {
  const repo = ctx.app.repositories.evaluations;
  let ev = await repo.get(periodOf(ctx), ctx.ids.self);
  if (!ev?.rating) {
    await as(ctx, ctx.ids.admin, { method: "PUT", path: `/api/periods/${ctx.today.slice(0, 4)}`, body: {} });
    const rating = { formId: randomUUID(), rhkAssessments: [], hasilKerja: "SESUAI", perilakuKerja: "SESUAI" };
    const status = await as(ctx, ctx.ids.supervisor, { method: "POST", path: evalPath(ctx, "/rating"), body: rating });
    if (status !== 200) throw new Error(`setup: rating ${status}`);
    ev = await repo.get(periodOf(ctx), ctx.ids.self);
  }
  const at = new Date().toISOString();
  const { objection: _objection, acknowledgedAt: _ack, ...rest } = ev!;
  const next: StoredEvaluation = { ...rest, state, penetapan: { byId: ctx.ids.supervisor, at } };
  if (state === "keberatan") next.objection = { filedAt: at, reason: "Uji matriks otorisasi" };
  await repo.replace(next);
}

/** A request by the subject naming the peer, for the answer cells. */
async function requestToPeer(ctx: MatrixContext): Promise<string> {
  const created = await ctx.asSubject({ method: "POST", path: `/api/feedback-requests/${ctx.ids.self}`, body: { about: { kind: "BERAKHLAK", valueId: "kolaboratif" }, colleagueIds: [ctx.ids.peer] } });
  return created.id as string;
}

const decision = { outcome: "REJECTED", reason: "Penilaian sudah sesuai bukti dukung." };

export const EVALUATION_MORE_ROWS: MatrixRow[] = [
  {
    kind: "route",
    route: "POST /api/evaluations/:periodId/:employeeId/objection",
    action: "evaluation.object",
    allow: ["self"],
    call: async (ctx) => (await evaluationIn(ctx, "ditetapkan"), { method: "POST", path: evalPath(ctx, "/objection"), body: { reason: "Mohon ditinjau ulang." } }),
  },
  {
    kind: "route",
    route: "POST /api/evaluations/:periodId/:employeeId/objection/decision",
    action: "evaluation.decideObjection",
    allow: ["supervisorsSupervisor"],
    call: async (ctx) => (await evaluationIn(ctx, "keberatan"), { method: "POST", path: evalPath(ctx, "/objection/decision"), body: decision }),
  },
  {
    kind: "verb",
    verb: VERBS.objectionOpen,
    action: "evaluation.object",
    allow: ["self"],
    data: async (ctx) => (await evaluationIn(ctx, "ditetapkan"), { periodId: periodOf(ctx), employeeId: ctx.ids.self }),
  },
  {
    kind: "verb",
    verb: VERBS.objectionSubmit,
    action: "evaluation.object",
    allow: ["self"],
    data: async (ctx) => (await evaluationIn(ctx, "ditetapkan"), { formId: randomUUID(), periodId: periodOf(ctx), employeeId: ctx.ids.self, reason: "Mohon ditinjau ulang." }),
  },
  {
    kind: "verb",
    verb: VERBS.objectionDecide,
    action: "evaluation.decideObjection",
    allow: ["supervisorsSupervisor"],
    data: async (ctx) => (await evaluationIn(ctx, "keberatan"), { periodId: periodOf(ctx), employeeId: ctx.ids.self, ...decision }),
  },
  {
    kind: "route",
    route: "POST /api/feedback-requests/:employeeId",
    action: "feedback.request",
    allow: REQUESTERS,
    call: async (ctx) => ({ method: "POST", path: `/api/feedback-requests/${ctx.ids.self}`, body: { about: { kind: "BERAKHLAK", valueId: "harmonis" }, colleagueIds: [ctx.ids.peer] } }),
  },
  {
    kind: "route",
    route: "POST /api/feedback-requests/:employeeId/:requestId/answers",
    action: "feedback.answer",
    // Only the colleague named in the request (here the peer) answers; everyone else is refused.
    allow: ["peer"],
    call: async (ctx) => ({ method: "POST", path: `/api/feedback-requests/${ctx.ids.self}/${await requestToPeer(ctx)}/answers`, body: { text: "Kerja sama tim baik." } }),
  },
  { kind: "verb", verb: VERBS.feedbackRequestOpen, action: "feedback.request", allow: REQUESTERS, data: async (ctx) => ({ employeeId: ctx.ids.self }) },
  {
    kind: "verb",
    verb: VERBS.feedbackRequestSubmit,
    action: "feedback.request",
    allow: REQUESTERS,
    data: async (ctx) => ({ formId: randomUUID(), employeeId: ctx.ids.self, about: "BERAKHLAK:harmonis", colleagueIds: ctx.ids.peer }),
  },
  {
    kind: "verb",
    verb: VERBS.feedbackAnswer,
    action: "feedback.answer",
    allow: ["peer"],
    data: async (ctx) => ({ employeeId: ctx.ids.self, requestId: await requestToPeer(ctx), text: "Kerja sama tim baik." }),
  },
];
