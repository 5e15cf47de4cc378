import { VERBS } from "../../src/cards/verbs";
import type { ActorKind, HttpCall, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of the announcement and adoption routes and the acknowledgement verb (issue 7). Only the Admin Kinerja
 * composes and follows announcements; every registered person may acknowledge one sent to everyone.
 */
const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];
const ADMIN: ActorKind[] = ["admin"];
const CONTENT = { titleId: "Pengumuman matriks", bodyId: "Isi pengumuman." };

async function asAdmin(ctx: MatrixContext, call: HttpCall) {
  const res = await fetch(ctx.app.server.url + call.path, {
    method: call.method,
    headers: { "Content-Type": "application/json", "X-Dev-User": ctx.ids.admin },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const body = await res.json();
  if (res.status >= 300) throw new Error(`setup ${call.path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

const shared = new WeakMap<object, string>();
/** One announcement to everyone per app, sent now. */
async function sentToEveryone(ctx: MatrixContext): Promise<string> {
  let id = shared.get(ctx.app);
  if (!id) {
    id = (await asAdmin(ctx, { method: "POST", path: "/api/announcements", body: { content: CONTENT, audience: { kind: "everyone" } } })).id as string;
    shared.set(ctx.app, id);
  }
  return id;
}

/** A fresh scheduled announcement, so every cell can cancel its own. */
async function scheduled(ctx: MatrixContext): Promise<string> {
  const body = { content: CONTENT, audience: { kind: "opds", opdIds: ["disdukcapil"] }, scheduledAt: "2099-01-01T09:00" };
  return (await asAdmin(ctx, { method: "POST", path: "/api/announcements", body })).id as string;
}

export const SOCIALIZATION_ROWS: MatrixRow[] = [
  {
    kind: "route",
    route: "POST /api/announcements/preview",
    action: "announcement.manage",
    allow: ADMIN,
    call: async () => ({ method: "POST", path: "/api/announcements/preview", body: { content: CONTENT } }),
  },
  {
    kind: "route",
    route: "POST /api/announcements",
    action: "announcement.manage",
    allow: ADMIN,
    call: async () => ({ method: "POST", path: "/api/announcements", body: { content: CONTENT, audience: { kind: "opds", opdIds: ["disdukcapil"] }, scheduledAt: "2099-01-01T10:00" } }),
  },
  { kind: "route", route: "GET /api/announcements", action: "announcement.manage", allow: ADMIN, call: async () => ({ method: "GET", path: "/api/announcements" }) },
  { kind: "route", route: "GET /api/announcements/teams", action: "announcement.manage", allow: ADMIN, call: async () => ({ method: "GET", path: "/api/announcements/teams" }) },
  {
    kind: "route",
    route: "GET /api/announcements/:announcementId",
    action: "announcement.manage",
    allow: ADMIN,
    call: async (ctx) => ({ method: "GET", path: `/api/announcements/${await sentToEveryone(ctx)}` }),
  },
  {
    kind: "route",
    route: "POST /api/announcements/:announcementId/cancel",
    action: "announcement.manage",
    allow: ADMIN,
    call: async (ctx) => ({ method: "POST", path: `/api/announcements/${await scheduled(ctx)}/cancel` }),
  },
  { kind: "route", route: "GET /api/adoption", action: "adoption.read", allow: ADMIN, call: async () => ({ method: "GET", path: "/api/adoption" }) },
  { kind: "route", route: "GET /api/adoption.xlsx", action: "adoption.read", allow: ADMIN, call: async () => ({ method: "GET", path: "/api/adoption.xlsx" }) },
  {
    kind: "verb",
    verb: VERBS.announcementAck,
    action: "announcement.ack",
    allow: REGISTERED,
    data: async (ctx) => ({ announcementId: await sentToEveryone(ctx) }),
  },
];
