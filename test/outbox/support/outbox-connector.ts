import http from "node:http";

/** One request that reached the connector: when (ms, this process's clock) and what it was answered. */
export interface ConnectorRequest {
  conversationId: string;
  recipient: string;
  at: number;
  status: number;
  /** Answered by a scripted fault, not by a limit. */
  scripted?: boolean;
  /** What the activity was, when the connector was given a `kindOf`. */
  kind?: string;
}

/**
 * A loopback Bot Connector for the outbox: enforces the published limits (tenant per sliding second, per
 * conversation 7 / s) by answering 429 with Retry-After, and plays scripted faults per conversation:
 * "429:<seconds>", "500", "403" (MessageWritesBlocked), "404", "slow:<ms>". Can hold requests (a worker "crashes"
 * with them in flight) and drop them unanswered.
 */
export class OutboxConnector {
  readonly requests: ConnectorRequest[] = [];
  readonly faults = new Map<string, string[]>();
  url = "";
  private server?: http.Server;
  private holdAt = Infinity;
  private held: http.ServerResponse[] = [];

  constructor(
    private readonly limits: { tenantPerSecond: number; conversationPerSecond: number } = { tenantPerSecond: 50, conversationPerSecond: 7 },
    /** Tells the activities apart (e.g. an announcement from a reminder) in `requests`; the body is not kept. */
    private readonly kindOf?: (activity: unknown) => string | undefined,
  ) {}

  /** Messages delivered (answered 2xx), per recipient. */
  delivered(): Map<string, number> {
    const out = new Map<string, number>();
    for (const r of this.requests) if (r.status < 300) out.set(r.recipient, (out.get(r.recipient) ?? 0) + 1);
    return out;
  }

  get deliveredCount(): number {
    return this.requests.filter((r) => r.status < 300).length;
  }

  get throttled(): number {
    return this.requests.filter((r) => r.status === 429 && !r.scripted).length;
  }

  /** After `n` deliveries, hold every further request unanswered. */
  holdAfter(n: number): void {
    this.holdAt = n;
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** The held requests die with their worker: never delivered. */
  dropHeld(): void {
    for (const res of this.held) res.socket?.destroy();
    this.held = [];
    this.holdAt = Infinity;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (d: Buffer) => chunks.push(d));
      req.on("end", () => void this.answer(req, res, Buffer.concat(chunks).toString()));
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", () => r()));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
    // botbuilder's continueConversationAsync + sendActivity replies to the continuation activity:
    // POST /v3/conversations/{id}/activities/{replyToId}; the plain path is sendToConversation.
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/?]+)?$/.exec(req.url ?? "");
    if (!match || req.method !== "POST") return void res.writeHead(404).end();
    if (this.deliveredCount >= this.holdAt) return void this.held.push(res);
    const conversationId = decodeURIComponent(match[1]!);
    const activity = JSON.parse(body || "{}") as { recipient?: unknown };
    const recipient = recipientOf(activity, conversationId);
    const kind = this.kindOf?.(activity);
    const at = Date.now();
    const record = (status: number, scripted = false) =>
      this.requests.push({ conversationId, recipient, at, status, ...(scripted ? { scripted } : {}), ...(kind === undefined ? {} : { kind }) });
    const fault = this.faults.get(conversationId)?.shift();
    if (fault?.startsWith("slow:")) await new Promise((r) => setTimeout(r, Number(fault.slice(5))));
    else if (fault) {
      const [code, arg] = fault.split(":");
      record(Number(code), true);
      const headers: Record<string, string> = { "Content-Type": "application/json" };
      if (code === "429" && arg) headers["Retry-After"] = arg;
      const error = code === "403" ? { code: "MessageWritesBlocked" } : code === "404" ? { code: "ConversationNotFound" } : { code: "ServiceError" };
      return void res.writeHead(Number(code), headers).end(JSON.stringify({ error }));
    }
    const recent = (filter: (r: ConnectorRequest) => boolean) => this.requests.filter((r) => r.at > at - 1000 && r.status < 300 && filter(r)).length;
    if (recent(() => true) >= this.limits.tenantPerSecond || recent((r) => r.conversationId === conversationId) >= this.limits.conversationPerSecond) {
      record(429);
      return void res.writeHead(429, { "Retry-After": "1" }).end();
    }
    record(201);
    res.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ id: `act-${this.requests.length}` }));
  }
}

/** A Bot Framework activity names its recipient as a channel account ({id, aadObjectId}); the tests' port as a string. */
function recipientOf(activity: { recipient?: unknown }, conversationId: string): string {
  const r = activity.recipient;
  if (r && typeof r === "object") {
    const account = r as { aadObjectId?: unknown; id?: unknown };
    return String(account.aadObjectId ?? account.id ?? conversationId);
  }
  return r === undefined ? conversationId : String(r);
}
