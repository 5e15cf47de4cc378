import type { ActorKind, MatrixContext, MatrixRow } from "./matrix";

/**
 * Rows of "Menunggu saya" (issue 5 item 2): every registered person sees their own list and acknowledges an
 * announcement sent to them; the list is always the actor's own, so there is no subject to be refused on.
 */
const REGISTERED: ActorKind[] = ["self", "supervisor", "acting", "supervisorsSupervisor", "peer", "otherOpd", "admin"];

const shared = new WeakMap<object, string>();
/** One announcement to everyone per app, sent now by the admin. */
async function sentToEveryone(ctx: MatrixContext): Promise<string> {
  let id = shared.get(ctx.app);
  if (!id) {
    const res = await fetch(`${ctx.app.server.url}/api/announcements`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Dev-User": ctx.ids.admin },
      body: JSON.stringify({ content: { titleId: "Pengumuman menunggu", bodyId: "Isi." }, audience: { kind: "everyone" } }),
    });
    if (res.status !== 201) throw new Error(`setup announcement: ${res.status} ${await res.text()}`);
    id = ((await res.json()) as { id: string }).id;
    shared.set(ctx.app, id);
  }
  return id;
}

export const WAITING_ROWS: MatrixRow[] = [
  { kind: "route", route: "GET /api/me/waiting", action: "waiting.read", allow: REGISTERED, call: async () => ({ method: "GET", path: "/api/me/waiting" }) },
  {
    kind: "route",
    route: "POST /api/me/announcements/:announcementId/ack",
    action: "announcement.ack",
    allow: REGISTERED,
    call: async (ctx) => ({ method: "POST", path: `/api/me/announcements/${await sentToEveryone(ctx)}/ack` }),
  },
];
