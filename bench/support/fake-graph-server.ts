import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AccessToken, GetTokenOptions, TokenCredential } from "@azure/identity";
import {
  GRAPH_API_VERSION,
  GRAPH_USER_TYPE,
  ODATA_DELTA_LINK,
  ODATA_NEXT_LINK,
  RETRY_AFTER_HEADER,
} from "../../src/directory/graph/graph-protocol";
import { FakeGraphDirectory, type FakeGraphUser } from "./fake-graph-directory";
import { deltaEntry, JSON_TYPE, managerExpansion, parseDeltaSkip, sendError, userWire } from "./fake-graph-wire";

export type { FakeGraphUser } from "./fake-graph-directory";

/** The static token FakeGraphCredential hands out; the server refuses any other. */
export const FAKE_GRAPH_TOKEN = "fake-graph-token";

/** Stands in for ClientSecretCredential / ManagedIdentityCredential: a static token, and a record of the scopes asked. */
export class FakeGraphCredential implements TokenCredential {
  readonly scopesAsked: string[][] = [];

  constructor(private readonly token: string = FAKE_GRAPH_TOKEN) {}

  async getToken(scopes: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
    this.scopesAsked.push(typeof scopes === "string" ? [scopes] : [...scopes]);
    return { token: this.token, expiresOnTimestamp: Date.now() + 60 * 60 * 1000 };
  }
}

export type FakeCollection = "users" | "members" | "delta" | "other";

/** One request as the server saw it. `page` counts from 0 within a listing; `attempt` counts this exact URL. */
export interface FakeRequest {
  n: number;
  url: string;
  collection: FakeCollection;
  page: number;
  attempt: number;
  authorization: string | undefined;
}

export type FakeFault = { status: 429; retryAfterSeconds?: number } | { status: 410 | 500 | 502 | 503 | 504 };

export interface FakeGraphServerOptions {
  users: FakeGraphUser[];
  /** group id -> ids of its (transitive) user members */
  groups?: Record<string, string[]>;
  /** Page size for /users, whatever $top asks for; default: $top. */
  usersPageSize?: number;
  membersPageSize?: number;
  deltaPageSize?: number;
  token?: string;
  fault?: (request: FakeRequest) => FakeFault | undefined;
}

/**
 * A loopback HTTP server that answers the directory sync's Graph requests in Graph's wire format:
 * paged /users with the manager expanded, transitive group members, and users/delta rounds with
 * deltaLinks and `@removed`. nextLinks are absolute URLs back to this server, as Graph's are.
 */
export class FakeGraphServer {
  readonly requests: FakeRequest[] = [];
  readonly directory: FakeGraphDirectory;
  private readonly attempts = new Map<string, number>();
  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: FakeGraphServerOptions,
  ) {
    this.directory = new FakeGraphDirectory(options.users, options.groups ?? {});
  }

  static async start(options: FakeGraphServerOptions): Promise<FakeGraphServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const fake = new FakeGraphServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, options);
    server.on("request", (req, res) => fake.handle(req, res));
    return fake;
  }

  set fault(fault: FakeGraphServerOptions["fault"]) {
    this.options.fault = fault;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const route = this.route(url);
    const attempt = (this.attempts.get(req.url ?? "") ?? 0) + 1;
    this.attempts.set(req.url ?? "", attempt);
    const request: FakeRequest = {
      n: this.requests.length + 1,
      url: req.url ?? "",
      collection: route.collection,
      page: route.page,
      attempt,
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    if (req.headers.authorization !== `Bearer ${this.options.token ?? FAKE_GRAPH_TOKEN}`) {
      return sendError(res, 401, "InvalidAuthenticationToken", "Access token is missing or invalid.");
    }
    const fault = this.options.fault?.(request);
    if (fault) {
      const headers: Record<string, string> = {};
      if (fault.status === 429 && fault.retryAfterSeconds !== undefined) headers[RETRY_AFTER_HEADER] = String(fault.retryAfterSeconds);
      return sendError(res, fault.status, fault.status === 429 ? "TooManyRequests" : "UnknownError", "Injected fault", headers);
    }
    if (req.method !== "GET" || !route.answer) return sendError(res, 404, "Request_ResourceNotFound", `No route for ${req.url}`);
    const body = route.answer();
    if (!body) return sendError(res, 404, "Request_ResourceNotFound", `Resource not found for ${req.url}`);
    res.writeHead(200, { "content-type": JSON_TYPE });
    res.end(JSON.stringify(body));
  }

  private route(url: URL): { collection: FakeCollection; page: number; answer?: () => object | undefined } {
    const prefix = `/${GRAPH_API_VERSION}`;
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const q = url.searchParams;
    const offset = Number(q.get("$skiptoken") ?? "0");
    const top = Number(q.get("$top") ?? "100");
    if (path === "/users") {
      const size = this.options.usersPageSize ?? top;
      return { collection: "users", page: Math.floor(offset / size), answer: () => this.usersPage(url, offset, size) };
    }
    const members = /^\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/.exec(path);
    if (members?.[1]) {
      const size = this.options.membersPageSize ?? top;
      const groupId = decodeURIComponent(members[1]);
      return { collection: "members", page: Math.floor(offset / size), answer: () => this.membersPage(url, groupId, offset, size) };
    }
    if (path === "/users/delta") {
      const size = this.options.deltaPageSize ?? 100;
      const skip = parseDeltaSkip(q.get("$skiptoken"));
      const since = skip ? skip.since : q.get("$deltatoken");
      const at = skip?.offset ?? 0;
      return { collection: "delta", page: Math.floor(at / size), answer: () => this.deltaPage(url, since, at, size) };
    }
    return { collection: "other", page: 0 };
  }

  private usersPage(url: URL, offset: number, size: number): object {
    const all = this.directory.listUsers();
    const value = all.slice(offset, offset + size).map((u) => ({ ...userWire(u), ...managerExpansion(u) }));
    return this.page(url, value, offset + size < all.length ? offset + size : undefined);
  }

  private membersPage(url: URL, groupId: string, offset: number, size: number): object | undefined {
    const ids = this.directory.groupMembers(groupId);
    if (!ids) return undefined;
    const value = ids.slice(offset, offset + size).map((id) => ({ "@odata.type": GRAPH_USER_TYPE, id }));
    return this.page(url, value, offset + size < ids.length ? offset + size : undefined);
  }

  /** `$deltatoken=latest`: no state, only a link; `$deltatoken=<version>`: the changes since; none: everything. */
  private deltaPage(url: URL, token: string | null, offset: number, size: number): object {
    if (token === "latest") return { value: [], [ODATA_DELTA_LINK]: this.deltaLink() };
    const since = token === null || token === "" ? undefined : Number(token);
    const entries = this.directory.changesSince(since).map(deltaEntry);
    const value = entries.slice(offset, offset + size);
    if (offset + size >= entries.length) return { value, [ODATA_DELTA_LINK]: this.deltaLink() };
    // Like Graph, the nextLink carries the round's state in an opaque $skiptoken.
    const nextLink = `${this.baseUrl}${url.pathname}?$skiptoken=${since ?? ""}~${offset + size}`;
    return { value, [ODATA_NEXT_LINK]: nextLink };
  }

  private deltaLink(): string {
    return `${this.baseUrl}/${GRAPH_API_VERSION}/users/delta?$deltatoken=${this.directory.version}`;
  }

  private page(url: URL, value: object[], nextOffset: number | undefined): object {
    return nextOffset === undefined ? { value } : { value, [ODATA_NEXT_LINK]: this.withSkip(url, nextOffset) };
  }

  /** Absolute like Graph's; `$` kept literal as Graph writes it. */
  private withSkip(url: URL, offset: number): string {
    const params = [...url.searchParams.entries()].filter(([k]) => k !== "$skiptoken");
    params.push(["$skiptoken", String(offset)]);
    return `${this.baseUrl}${url.pathname}?${params.map(([k, v]) => `${k}=${v}`).join("&")}`;
  }
}
