import { VERBS } from "../../src/cards/verbs";
import type { Person } from "../../src/domain/org";
import type { AppHarness } from "../support/app-harness";
import { cardActions, cardOf, type ConnectorCall } from "../support/connector";

/** A clock the test moves by hand; the scheduler ticks read it. */
export class ManualClock {
  constructor(public current: Date) {}
  now = () => this.current;
  set(iso: string) {
    this.current = new Date(iso);
  }
}

export async function api(app: AppHarness, actorId: string | undefined, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (actorId) headers["X-Dev-User"] = actorId;
  const res = await fetch(app.server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json")) return { status: res.status, body: Buffer.from(await res.arrayBuffer()) as any, type };
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, type };
}

export function opdIdsOf(app: AppHarness): string[] {
  const d = app.directory;
  return d.listUnits().filter((u) => d.getOpdOf(u.id)?.id === u.id).map((u) => u.id);
}

export function membersOf(app: AppHarness, opdId: string): Person[] {
  return app.directory.getUnitMembers(opdId, { recursive: true });
}

export function adminOf(app: AppHarness): Person {
  return app.directory.listByRole("admin")[0]!;
}

/** The announcement id a connector call carries (its ack button), if it is an announcement card. */
export function announcementIn(call: ConnectorCall): string | undefined {
  const card = call.method === "POST" ? cardOf(call.activity) : undefined;
  const ack = card ? cardActions(card).find((a) => a.verb === VERBS.announcementAck) : undefined;
  return ack ? String(ack.data.announcementId) : undefined;
}

/** Announcement cards (of one announcement) sent to each conversation. */
export function announcementCardsByConversation(app: AppHarness, announcementId: string): Map<string, ConnectorCall[]> {
  const out = new Map<string, ConnectorCall[]>();
  for (const call of app.connector.calls) {
    if (announcementIn(call) !== announcementId) continue;
    out.set(call.conversationId, [...(out.get(call.conversationId) ?? []), call]);
  }
  return out;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the announcement's outbox job has no item left to send, and returns the author's view. */
export function settled(app: AppHarness, adminId: string, announcementId: string) {
  return waitFor(`announcement ${announcementId} settled`, async () => {
    const view = (await api(app, adminId, "GET", `/api/announcements/${announcementId}`)).body;
    const p = view?.progress;
    return p && p.total > 0 && p.queued + p.sending + p.retrying === 0 ? view : undefined;
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function content(title = "Pengumuman uji") {
  return {
    titleId: title,
    titleEn: "Test announcement",
    bodyId: "Mulai 1 Desember, laporan harian diisi melalui Teams.",
    bodyEn: "From 1 December, daily reports are filled in through Teams.",
    imageUrl: "https://example.org/poster.png",
    linkUrl: "https://bkpsdm.pontianak.go.id/panduan",
    ackDeadline: "2026-12-31",
  };
}
