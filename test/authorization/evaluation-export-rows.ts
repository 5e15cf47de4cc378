import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import { B18_STATEMENTS } from "../../src/domain/coaching";
import { addDays } from "../../src/domain/time";
import type { ActorKind, HttpCall, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of the evaluation exports, the annual evaluation and coaching (issue 4 items 8-10). The subject's unit is
 * disdukcapil-pi (its head is the subject's supervisor); the year's periods are defined by the admin first.
 */
const READERS: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "admin"];
const COACHES: ActorKind[] = ["supervisor", "acting"];
const UNIT = "disdukcapil-pi";

const year = (ctx: MatrixContext) => ctx.today.slice(0, 4);
const periodOf = (ctx: MatrixContext) => `${year(ctx)}-bulanan-${ctx.today.slice(5, 7)}`;

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
async function periods(ctx: MatrixContext): Promise<void> {
  if (defined.has(ctx.app)) return;
  const res = await as(ctx, ctx.ids.admin, { method: "PUT", path: `/api/periods/${year(ctx)}`, body: {} });
  if (res.status !== 200) throw new Error(`setup: periods ${res.status}`);
  defined.add(ctx.app);
}

const sessionBody = (ctx: MatrixContext) => ({
  formId: randomUUID(),
  date: ctx.today,
  topics: "Ketepatan layanan KTP-el",
  agreedActions: ["Selesaikan antrean harian"],
  followUpDate: addDays(ctx.today, 14),
});

/** A fresh coaching session of the subject, recorded by their supervisor. */
async function session(ctx: MatrixContext): Promise<string> {
  const res = await as(ctx, ctx.ids.supervisor, { method: "POST", path: `/api/coaching/${ctx.ids.self}`, body: sessionBody(ctx) });
  if (res.status !== 201) throw new Error(`setup: coaching session ${res.status}`);
  return res.body.id as string;
}

const answers = () => Object.fromEntries(B18_STATEMENTS.map((s) => [s, 4]));

export const EVALUATION_EXPORT_ROWS: MatrixRow[] = [
  {
    kind: "route",
    route: "GET /api/evaluations/:periodId/:employeeId/pdf",
    action: "evaluation.read",
    allow: READERS,
    call: async (ctx) => (await periods(ctx), { method: "GET", path: `/api/evaluations/${periodOf(ctx)}/${ctx.ids.self}/pdf` }),
  },
  {
    kind: "route",
    route: "GET /api/calibration/:periodId/:unitId/recap.xlsx",
    action: "calibration.read",
    allow: ["supervisor", "acting", "supervisorsSupervisor", "admin"],
    call: async (ctx) => (await periods(ctx), { method: "GET", path: `/api/calibration/${periodOf(ctx)}/${UNIT}/recap.xlsx` }),
  },
  {
    kind: "route",
    route: "POST /api/annual/:year",
    action: "evaluation.annualOpen",
    allow: ["admin"],
    // Before the year's last period starts the admin is told it is too early (409): allowed, not refused.
    alsoAllowedStatus: [409],
    call: async (ctx) => (await periods(ctx), { method: "POST", path: `/api/annual/${year(ctx)}` }),
  },
  {
    kind: "route",
    route: "GET /api/annual/:year/:employeeId",
    action: "evaluation.read",
    allow: READERS,
    call: async (ctx) => (await periods(ctx), { method: "GET", path: `/api/annual/${year(ctx)}/${ctx.ids.self}` }),
  },
  { kind: "route", route: "GET /api/coaching/:employeeId", action: "coaching.read", allow: READERS, call: async (ctx) => ({ method: "GET", path: `/api/coaching/${ctx.ids.self}` }) },
  {
    kind: "route",
    route: "POST /api/coaching/:employeeId",
    action: "coaching.record",
    allow: COACHES,
    call: async (ctx) => ({ method: "POST", path: `/api/coaching/${ctx.ids.self}`, body: sessionBody(ctx) }),
  },
  {
    kind: "route",
    route: "POST /api/coaching/:employeeId/:sessionId/rating",
    action: "coaching.rate",
    allow: ["self"],
    call: async (ctx) => ({ method: "POST", path: `/api/coaching/${ctx.ids.self}/${await session(ctx)}/rating`, body: { answers: answers() } }),
  },
  {
    kind: "route",
    route: "PUT /api/coaching/:employeeId/:sessionId/competencies",
    action: "coaching.score",
    allow: COACHES,
    call: async (ctx) => ({
      method: "PUT",
      path: `/api/coaching/${ctx.ids.self}/${await session(ctx)}/competencies`,
      body: { scores: [{ competency: "Pelayanan administrasi kependudukan", score: 3, reason: "Sesuai standar layanan" }] },
    }),
  },
  { kind: "route", route: "POST /api/coaching-follow-ups/run", action: "coaching.remind", allow: ["admin"], call: async () => ({ method: "POST", path: "/api/coaching-follow-ups/run" }) },
  {
    kind: "verb",
    verb: VERBS.coachingRate,
    action: "coaching.rate",
    allow: ["self"],
    data: async (ctx) => ({ employeeId: ctx.ids.self, sessionId: await session(ctx), ...Object.fromEntries(B18_STATEMENTS.map((s) => [`b18_${s}`, "4"])) }),
  },
  {
    kind: "verb",
    verb: VERBS.coachingRecord,
    action: "coaching.record",
    allow: COACHES,
    data: async (ctx) => ({ formId: randomUUID(), employeeId: ctx.ids.self, date: ctx.today, topics: "Ketepatan layanan KTP-el", agreedActions: "Selesaikan antrean harian", followUpDate: addDays(ctx.today, 14) }),
  },
  // Last: a close sets every ready unit of the period, so no row after it depends on a unit still being rated.
  {
    kind: "route",
    route: "GET /api/periods/:periodId/close",
    action: "period.close",
    allow: ["admin"],
    call: async (ctx) => (await periods(ctx), { method: "GET", path: `/api/periods/${periodOf(ctx)}/close` }),
  },
  {
    kind: "route",
    route: "POST /api/periods/:periodId/close",
    action: "period.close",
    allow: ["admin"],
    call: async (ctx) => (await periods(ctx), { method: "POST", path: `/api/periods/${periodOf(ctx)}/close` }),
  },
];
