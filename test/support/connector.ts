import http from "node:http";
import { randomUUID } from "node:crypto";

/** What the bot sent to the Bot Connector: new messages (POST) and card updates (PUT). */
export interface ConnectorCall {
  method: "POST" | "PUT";
  conversationId: string;
  activityId?: string;
  activity: Record<string, unknown>;
}

/**
 * A loopback Bot Connector: the bot's replies and proactive messages arrive here as the Bot Framework REST
 * protocol sends them (/v3/conversations/{id}/activities[/{activityId}]). Plays the part of Teams' service.
 */
export class LoopbackConnector {
  readonly calls: ConnectorCall[] = [];
  private server?: http.Server;
  private waiters: { predicate: (c: ConnectorCall) => boolean; resolve: (c: ConnectorCall) => void }[] = [];
  /** Conversation ids whose sends answer 403 MessageWritesBlocked (the user blocked the bot). */
  readonly blocked = new Set<string>();
  /**
   * Failure injection: per conversation id, the statuses the next sends answer (then 200 again), e.g. [500] or
   * [429] (with Retry-After: 1). Every answered request is counted in `attempts`.
   */
  readonly faults = new Map<string, number[]>();
  readonly attempts = new Map<string, number>();
  /** Team rosters the connector lists (GET /v3/conversations/{teamId}/pagedmembers), by team id. */
  readonly teamMembers = new Map<string, { id: string; aadObjectId: string; name: string }[]>();
  url = "";

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => this.answer(req, res, body));
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", () => r()));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** Calls to one conversation, in order. */
  to(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.conversationId === conversationId);
  }

  waitFor(predicate: (c: ConnectorCall) => boolean, timeoutMs = 5000): Promise<ConnectorCall> {
    const found = this.calls.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("connector: expected call did not arrive")), timeoutMs);
      this.waiters.push({ predicate, resolve: (c) => (clearTimeout(timer), resolve(c)) });
    });
  }

  clear(): void {
    this.calls.length = 0;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
    if (req.method === "GET" && this.answerMembers(req, res)) return;
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? "");
    if (!match || (req.method !== "POST" && req.method !== "PUT")) {
      res.writeHead(404).end();
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    this.attempts.set(conversationId, (this.attempts.get(conversationId) ?? 0) + 1);
    const fault = this.faults.get(conversationId)?.shift();
    if (fault) {
      res.writeHead(fault, { "Content-Type": "application/json", ...(fault === 429 ? { "Retry-After": "1" } : {}) });
      res.end(JSON.stringify({ error: { code: fault === 429 ? "Throttled" : "ServiceError", message: "injected" } }));
      return;
    }
    if (this.blocked.has(conversationId)) {
      res.writeHead(403, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { code: "MessageWritesBlocked", message: "blocked" } }));
      return;
    }
    const call: ConnectorCall = {
      method: req.method,
      conversationId,
      activityId: match[2] ? decodeURIComponent(match[2]) : undefined,
      activity: body ? JSON.parse(body) : {},
    };
    this.calls.push(call);
    this.waiters = this.waiters.filter((w) => (w.predicate(call) ? (w.resolve(call), false) : true));
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ id: call.activityId ?? `act-${randomUUID()}` }));
  }

  /** Paged team members, 'pageSize' at a time, the continuation token being the next index. */
  private answerMembers(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const url = new URL(req.url ?? "", "http://connector");
    const match = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(url.pathname);
    if (!match) return false;
    const roster = this.teamMembers.get(decodeURIComponent(match[1]!));
    if (!roster) {
      res.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ error: { code: "ConversationNotFound", message: "no such team" } }));
      return true;
    }
    const start = Number(url.searchParams.get("continuationToken") ?? 0);
    const size = Number(url.searchParams.get("pageSize") ?? 500);
    const members = roster.slice(start, start + size).map((m) => ({ ...m, objectId: m.aadObjectId }));
    const next = start + size < roster.length ? String(start + size) : undefined;
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ members, continuationToken: next }));
    return true;
  }
}

/** The Adaptive Card in an activity sent to the connector, if any. */
export function cardOf(activity: Record<string, unknown>): Record<string, unknown> | undefined {
  const attachments = activity.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined;
  return attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content;
}

/** All text of a card (TextBlocks, facts, labels), to assert on what a person sees. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === "string" && ["text", "title", "value", "label"].includes(k)) out.push(v);
        else walk(v);
      }
    }
  };
  walk(card);
  return out.join("\n");
}

/** Ids of the inputs a card offers. */
export function cardInputs(card: unknown): string[] {
  const ids: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o.type === "string" && o.type.startsWith("Input.") && typeof o.id === "string") ids.push(o.id);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return ids;
}

/** The Action.Execute actions of a card (verb and data). */
export function cardActions(card: unknown): { verb: string; data: Record<string, unknown> }[] {
  const out: { verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (o.type === "Action.Execute") out.push({ verb: String(o.verb), data: (o.data as Record<string, unknown>) ?? {} });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
