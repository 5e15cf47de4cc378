import { VERBS } from "../../src/cards/verbs";
import type { ActorKind, HttpCall, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of the SKP workflow, Matriks Peran Hasil and Plt/Plh routes and verbs. Decisions need a submitted SKP of
 * the subject: the chain is built once per app (indicator of Disdukcapil → head's SKP approved by the Sekda →
 * supervisor's SKP approved by the head → subject's SKP submitted). Rows that only the owner may use work on the
 * next year's plan, so they never disturb the submitted one.
 */
const READERS: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "admin"];
const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];
const DECIDERS: ActorKind[] = ["supervisor", "acting"];

const yearOf = (ctx: MatrixContext) => Number(ctx.today.slice(0, 4));
const PERILAKU = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"].map((valueId) => ({ valueId }));
const IKI = { text: "Jumlah dokumen kependudukan terbit", target: { approach: "KUANTITATIF", value: 100, unit: "dokumen" } };

function content(year: number, parent: Record<string, string>, iki: Record<string, unknown>) {
  return { year, rhks: [{ group: "UTAMA", text: "Meningkatnya layanan adminduk", parent, indicators: [{ ...IKI, ...iki }] }], perilaku: PERILAKU };
}

async function as(ctx: MatrixContext, personId: string, call: HttpCall): Promise<any> {
  const res = await fetch(ctx.app.server.url + call.path, {
    method: call.method,
    headers: { "Content-Type": "application/json", "X-Dev-User": personId },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const body = await res.json();
  if (res.status >= 300) throw new Error(`setup ${call.method} ${call.path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function planApproved(ctx: MatrixContext, employeeId: string, approverId: string, body: unknown): Promise<any> {
  await as(ctx, employeeId, { method: "PUT", path: `/api/skp/${employeeId}/draft`, body });
  await as(ctx, employeeId, { method: "POST", path: `/api/skp/${employeeId}/submit`, body: { year: (body as { year: number }).year } });
  return as(ctx, approverId, { method: "POST", path: `/api/skp/${employeeId}/approve`, body: { year: (body as { year: number }).year } });
}

const chains = new WeakMap<object, Promise<Record<string, unknown>>>();

/** The approval card data of the subject's submitted SKP (built once per app). */
function submittedSkp(ctx: MatrixContext): Promise<Record<string, unknown>> {
  let chain = chains.get(ctx.app);
  if (!chain) {
    chain = (async () => {
      const year = yearOf(ctx);
      const head = ctx.ids.supervisorsSupervisor;
      const sekda = ctx.app.directory.getManager(head)!.id;
      const indicator = { id: "ind-authz-1", opdId: "disdukcapil", year, sasaran: "Meningkatnya kualitas layanan", indicator: "Indeks kepuasan masyarakat", target: { approach: "KUANTITATIF" as const, value: 85, unit: "indeks" } };
      await ctx.app.repositories.indicators.upsertAll(year, "disdukcapil", [indicator]);
      const headSkp = await planApproved(ctx, head, sekda, content(year, { kind: "ORG_INDICATOR", indicatorId: indicator.id }, { perspektif: "PENERIMA_LAYANAN" }));
      const supSkp = await planApproved(ctx, ctx.ids.supervisor, head, content(year, { kind: "SUPERVISOR_RHK", rhkId: headSkp.rhks[0].id }, { aspek: "KUANTITAS" }));
      await ctx.asSubject({ method: "PUT", path: `/api/skp/${ctx.ids.self}/draft`, body: content(year, { kind: "SUPERVISOR_RHK", rhkId: supSkp.rhks[0].id }, { aspek: "KUANTITAS" }) });
      const skp = await ctx.asSubject({ method: "POST", path: `/api/skp/${ctx.ids.self}/submit`, body: { year } });
      return { employeeId: ctx.ids.self, skpId: skp.id, year, submittedAt: skp.submittedAt };
    })();
    chains.set(ctx.app, chain);
  }
  return chain;
}

/** Next year's draft of the subject, owned by them alone (its RHK points nowhere approved: submit answers 400). */
const nextYearDraft = (ctx: MatrixContext) => content(yearOf(ctx) + 1, { kind: "SUPERVISOR_RHK", rhkId: "not-approved" }, { aspek: "KUANTITAS" });

export const SKP_ROWS: MatrixRow[] = [
  { kind: "route", route: "GET /api/skp/:employeeId", action: "skp.read", allow: READERS, call: async (ctx) => ({ method: "GET", path: `/api/skp/${ctx.ids.self}` }) },
  {
    kind: "route",
    route: "GET /api/skp/:employeeId/pdf",
    action: "skp.read",
    allow: READERS,
    call: async (ctx) => ({ method: "GET", path: `/api/skp/${ctx.ids.self}/pdf?year=${(await submittedSkp(ctx)).year}` }),
  },
  { kind: "route", route: "PUT /api/skp/:employeeId/draft", action: "skp.edit", allow: ["self"], call: async (ctx) => ({ method: "PUT", path: `/api/skp/${ctx.ids.self}/draft`, body: nextYearDraft(ctx) }) },
  // Allowed and handled: the draft's RHK points to no approved RHK, so the owner's submit answers 400 with that message.
  { kind: "route", route: "POST /api/skp/:employeeId/submit", action: "skp.edit", allow: ["self"], alsoAllowedStatus: [400, 404], call: async (ctx) => ({ method: "POST", path: `/api/skp/${ctx.ids.self}/submit`, body: { year: yearOf(ctx) + 1 } }) },
  // Allowed and handled: next year's plan is not approved, so a revision is refused as a state conflict (409).
  { kind: "route", route: "POST /api/skp/:employeeId/revise", action: "skp.edit", allow: ["self"], alsoAllowedStatus: [404, 409], call: async (ctx) => ({ method: "POST", path: `/api/skp/${ctx.ids.self}/revise`, body: { year: yearOf(ctx) + 1 } }) },
  { kind: "route", route: "POST /api/skp/:employeeId/approve", action: "skp.decide", allow: DECIDERS, call: async (ctx) => ({ method: "POST", path: `/api/skp/${ctx.ids.self}/approve`, body: { year: (await submittedSkp(ctx)).year } }) },
  { kind: "route", route: "POST /api/skp/:employeeId/return", action: "skp.decide", allow: DECIDERS, call: async (ctx) => ({ method: "POST", path: `/api/skp/${ctx.ids.self}/return`, body: { year: (await submittedSkp(ctx)).year, reason: "Lengkapi target." } }) },
  { kind: "route", route: "GET /api/team/skp", action: "team.read", allow: REGISTERED, call: async () => ({ method: "GET", path: "/api/team/skp" }) },
  { kind: "route", route: "GET /api/matrix/:supervisorId", action: "skp.read", allow: READERS, call: async (ctx) => ({ method: "GET", path: `/api/matrix/${ctx.ids.self}` }) },
  { kind: "route", route: "PUT /api/matrix/:supervisorId", action: "matrix.edit", allow: ["self"], call: async (ctx) => ({ method: "PUT", path: `/api/matrix/${ctx.ids.self}`, body: { cells: [] } }) },
  {
    kind: "route",
    route: "POST /api/admin/acting",
    action: "acting.manage",
    allow: ["admin"],
    call: async (ctx) => ({ method: "POST", path: "/api/admin/acting", body: { supervisorId: ctx.ids.supervisor, actingId: ctx.ids.acting, from: ctx.today, to: ctx.today, reason: "Dinas luar" } }),
  },
  { kind: "route", route: "GET /api/admin/acting", action: "acting.manage", allow: ["admin"], call: async (ctx) => ({ method: "GET", path: `/api/admin/acting?supervisorId=${ctx.ids.supervisor}` }) },
  { kind: "verb", verb: VERBS.skpSubmit, action: "skp.edit", allow: ["self"], data: async (ctx) => ({ employeeId: ctx.ids.self, year: yearOf(ctx) + 1 }) },
  // Every allowed click answers with a card: the decision, or the decision that already stands (approving twice = once).
  { kind: "verb", verb: VERBS.skpApprove, action: "skp.decide", allow: DECIDERS, data: submittedSkp },
  { kind: "verb", verb: VERBS.skpReturn, action: "skp.decide", allow: DECIDERS, data: async (ctx) => ({ ...(await submittedSkp(ctx)), reason: "Lengkapi target." }) },
  { kind: "verb", verb: VERBS.skpRefresh, action: "skp.read", allow: READERS, data: submittedSkp },
];
