import { randomUUID } from "node:crypto";
import { VERBS } from "../../src/cards/verbs";
import { toWibDate } from "../../src/domain/time";
import type { AccessAction } from "../../src/services/policy";
import type { AppHarness } from "../support/app-harness";
import { SKP_ROWS } from "./skp-rows";
import { EVALUATION_ROWS } from "./evaluation-rows";
import { EVALUATION_MORE_ROWS } from "./evaluation-more-rows";
import { PLANNING_ROWS } from "./planning-rows";
import { SOCIALIZATION_ROWS } from "./socialization-rows";
import { COMPETENCY_ROWS } from "./competency-rows";
import { EVALUATION_EXPORT_ROWS } from "./evaluation-export-rows";
import { WAITING_ROWS } from "./waiting-rows";
import { UNIT_CHANNEL_ROWS } from "./unit-channel-rows";
import { CHANNEL_VIEW_ROWS } from "./channel-view-rows";

/**
 * The authorization matrix: for every API route and card verb, which actors may use it on a subject
 * employee (Putri Lim, Pelaksana at Disdukcapil) or on the subject's OPD (disdukcapil). This table is the
 * specification: the test (authorization-matrix.test.ts) checks the running app against it over HTTP, and
 * docs/authorization.md is generated from it (`npm run docs:authorization`). It is written by hand, apart
 * from the policy's rules, so a wrong rule shows up as a failing cell.
 */
export const ACTORS = {
  self: "the subject employee (Putri Lim)",
  supervisor: "direct supervisor (Agus Maulana)",
  acting: "Plt/Plh recorded for the supervisor today (Nur Anggraini)",
  supervisorsSupervisor: "supervisor's supervisor, head of the OPD (Gusti Rahman)",
  peer: "peer in the same unit (Taufik Kusuma)",
  otherOpd: "employee of another OPD (Hendra Kurniawan, Dinkes)",
  admin: "Admin Kinerja of BKPSDM, outside the chain (Sri Simanjuntak)",
  unknown: "signed in but not in the directory",
  anonymous: "no identity at all",
} as const;
export type ActorKind = keyof typeof ACTORS;
export const ACTOR_KINDS = Object.keys(ACTORS) as ActorKind[];

/** The cast, by display name in data/org-demo.json; the test looks up their ids in the directory. */
export const CAST: Record<Exclude<ActorKind, "unknown" | "anonymous">, string> = {
  self: "Putri Lim",
  supervisor: "Agus Maulana",
  acting: "Nur Anggraini",
  supervisorsSupervisor: "Gusti Rahman",
  peer: "Taufik Kusuma",
  otherOpd: "Hendra Kurniawan",
  admin: "Sri Simanjuntak",
};
export const SUBJECT_OPD = "disdukcapil";

export type Outcome = "allow" | "deny";

export interface HttpCall {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
}

export interface MatrixContext {
  app: AppHarness;
  /** Directory id of each registered actor of the cast. */
  ids: Record<Exclude<ActorKind, "unknown" | "anonymous">, string>;
  /** Calls the API as the subject (for setting up state); throws unless 2xx. */
  asSubject(call: HttpCall): Promise<any>;
  today: string;
}

interface RowBase {
  action: AccessAction | "public";
  allow: readonly ActorKind[];
  /** Statuses that mean "allowed and handled" besides 2xx (e.g. 409 for a sync in file mode). */
  alsoAllowedStatus?: readonly number[];
}
export interface RouteRow extends RowBase {
  kind: "route";
  /** METHOD + express path, exactly as the route table declares it. */
  route: string;
  /** A fresh request for one cell (may set up state first). */
  call(ctx: MatrixContext): Promise<HttpCall>;
}
export interface VerbRow extends RowBase {
  kind: "verb";
  verb: string;
  data(ctx: MatrixContext): Promise<Record<string, unknown>>;
}
export type MatrixRow = RouteRow | VerbRow;

const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];
const EVERYONE: ActorKind[] = [...ACTOR_KINDS];

async function subjectReport(ctx: MatrixContext): Promise<string> {
  const report = await ctx.asSubject({ method: "POST", path: "/api/reports", body: newReport(ctx.today) });
  return report.id as string;
}

function newReport(date: string) {
  return { formId: randomUUID(), date, activity: "Verifikasi berkas KTP-el", quantity: 3, unit: "berkas" };
}

export const MATRIX: MatrixRow[] = [
  { kind: "route", route: "GET /api/openapi.json", action: "public", allow: EVERYONE, call: async () => ({ method: "GET", path: "/api/openapi.json" }) },
  // Local mode only (the local sign-in lists people to pick); with BOT_ID set it does not exist (api.test.ts).
  { kind: "route", route: "GET /api/dev/people", action: "public", allow: EVERYONE, call: async () => ({ method: "GET", path: "/api/dev/people" }) },
  { kind: "route", route: "GET /api/me", action: "me.read", allow: REGISTERED, call: async () => ({ method: "GET", path: "/api/me" }) },
  {
    kind: "route",
    route: "GET /api/reports/mine",
    action: "report.readOwn",
    allow: REGISTERED,
    call: async () => ({ method: "GET", path: "/api/reports/mine" }),
  },
  {
    kind: "route",
    route: "POST /api/reports",
    action: "report.submit",
    allow: REGISTERED,
    call: async (ctx) => ({ method: "POST", path: "/api/reports", body: newReport(ctx.today) }),
  },
  { kind: "route", route: "GET /api/team/reports", action: "team.read", allow: REGISTERED, call: async () => ({ method: "GET", path: "/api/team/reports" }) },
  { kind: "route", route: "GET /api/team/overview", action: "team.read", allow: REGISTERED, call: async () => ({ method: "GET", path: "/api/team/overview" }) },
  {
    kind: "route",
    route: "POST /api/evaluations/:periodId/:employeeId/rating/preview",
    action: "evaluation.rate",
    allow: ["supervisor", "acting"],
    // Whether the period is defined yet depends on the rows before; a rater gets the preview or a plain 404/409, never 403.
    alsoAllowedStatus: [404, 409],
    call: async (ctx) => ({ method: "POST", path: `/api/evaluations/${ctx.today.slice(0, 4)}-bulanan-${ctx.today.slice(5, 7)}/${ctx.ids.self}/rating/preview`, body: { hasilKerja: "SESUAI", perilakuKerja: "SESUAI" } }),
  },
  {
    kind: "route",
    route: "POST /api/reports/:employeeId/:reportId/feedback",
    action: "report.feedback",
    allow: ["supervisor", "acting"],
    call: async (ctx) => ({
      method: "POST",
      path: `/api/reports/${ctx.ids.self}/${await subjectReport(ctx)}/feedback`,
      body: { feedback: "Bagus, lanjutkan." },
    }),
  },
  {
    kind: "route",
    route: "GET /api/admin/directory/status",
    action: "directory.manage",
    allow: ["admin"],
    call: async () => ({ method: "GET", path: "/api/admin/directory/status" }),
  },
  {
    kind: "route",
    route: "POST /api/admin/directory/sync",
    action: "directory.manage",
    allow: ["admin"],
    // The test runs on the directory file: an allowed sync answers 409 (nothing to sync from), never 403.
    alsoAllowedStatus: [409],
    call: async () => ({ method: "POST", path: "/api/admin/directory/sync", body: {} }),
  },
  { kind: "verb", verb: VERBS.helpOpen, action: "help.open", allow: REGISTERED, data: async () => ({}) },
  { kind: "verb", verb: VERBS.reportOpen, action: "report.submit", allow: REGISTERED, data: async () => ({}) },
  {
    kind: "verb",
    verb: VERBS.reportSubmit,
    action: "report.submit",
    allow: REGISTERED,
    data: async (ctx) => ({ ...newReport(ctx.today) }),
  },
  {
    kind: "verb",
    verb: VERBS.reportFeedback,
    action: "report.feedback",
    allow: ["supervisor", "acting"],
    data: async (ctx) => ({ employeeId: ctx.ids.self, reportId: await subjectReport(ctx), feedback: "Bagus, lanjutkan." }),
  },
  ...SKP_ROWS,
  ...EVALUATION_ROWS,
  ...EVALUATION_MORE_ROWS,
  ...PLANNING_ROWS,
  ...SOCIALIZATION_ROWS,
  ...COMPETENCY_ROWS,
  ...EVALUATION_EXPORT_ROWS,
  ...WAITING_ROWS,
  ...UNIT_CHANNEL_ROWS,
  ...CHANNEL_VIEW_ROWS,
];

export function rowName(row: MatrixRow): string {
  return row.kind === "route" ? row.route : `card verb ${row.verb}`;
}

export function expectedOutcome(row: MatrixRow, actor: ActorKind): Outcome {
  return row.allow.includes(actor) ? "allow" : "deny";
}

export function todayWib(): string {
  return toWibDate(new Date());
}
