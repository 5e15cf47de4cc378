import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { createApp } from "../../src/server";
import { startApp, type AppHarness } from "../support/app-harness";
import { asUser, type TeamsUser } from "../support/teams-client";
import { ACTOR_KINDS, CAST, MATRIX, expectedOutcome, rowName, todayWib, type ActorKind, type HttpCall, type MatrixContext, type MatrixRow } from "./matrix";
import { renderAuthorizationDoc } from "./render-doc";

let app: AppHarness;
let ctx: MatrixContext;
let declared: { routes: Map<string, string>; verbs: Map<string, string> };

beforeAll(async () => {
  app = await startApp();
  const ids = Object.fromEntries(
    Object.entries(CAST).map(([kind, name]) => {
      const person = app.directory.listPeople().find((p) => p.displayName === name);
      if (!person) throw new Error(`cast member ${name} is not in the demo organisation`);
      return [kind, person.id];
    }),
  ) as MatrixContext["ids"];
  const today = todayWib();
  await app.repositories.acting.add({ supervisorId: ids.supervisor, actingId: ids.acting, from: today, to: today, recordedById: ids.admin, reason: "Cuti" });
  ctx = {
    app,
    ids,
    today,
    asSubject: async (call) => {
      const res = await send(call, ids.self);
      if (res.status >= 300) throw new Error(`setup ${call.method} ${call.path} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
  const built = createApp({ config: loadConfig({ PORT: "0" }), directory: app.directory, repositories: app.repositories });
  declared = {
    routes: new Map(built.routes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r.authenticated ? (r.access?.action ?? "none") : "public"])),
    verbs: new Map(built.cardVerbs.map((v) => [v, built.verbAccess(v) ?? "none"])),
  };
  declared.routes.set("GET /api/openapi.json", "public");
});

afterAll(async () => {
  await app.background.drain();
  await app.stop();
});

async function send(call: HttpCall, actorId: string | undefined) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (actorId) headers["X-Dev-User"] = actorId;
  const res = await fetch(app.server.url + call.path, { method: call.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json")) return { status: res.status, body: `${type}, ${(await res.arrayBuffer()).byteLength} bytes` };
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

function actorId(kind: ActorKind): string | undefined {
  if (kind === "anonymous") return undefined;
  if (kind === "unknown") return randomUUID();
  return ctx.ids[kind];
}

async function invoke(verb: string, data: Record<string, unknown>, kind: ActorKind) {
  const id = actorId(kind);
  const user: TeamsUser = id ? asUser({ id, displayName: kind }) : { aadObjectId: "", name: "anonymous" };
  const activity: any = {
    ...app.teams.envelope(user, "invoke"),
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
  if (!id) delete activity.from.aadObjectId;
  return app.teams.post(activity);
}

/** What the app did for one cell: allow (2xx / a card), deny (401/403 / an error answer), or anything else. */
async function outcomeOf(row: MatrixRow, kind: ActorKind): Promise<string> {
  if (row.kind === "route") {
    const res = await send(await row.call(ctx), actorId(kind));
    if ((res.status >= 200 && res.status < 300) || row.alsoAllowedStatus?.includes(res.status)) return "allow";
    const registered = kind !== "unknown" && kind !== "anonymous";
    if (res.status === (registered ? 403 : 401)) return "deny";
    return `unexpected ${res.status} ${JSON.stringify(res.body)}`;
  }
  const res = await invoke(row.verb, await row.data(ctx), kind);
  if (res.status !== 200) return `unexpected HTTP ${res.status}`;
  if (res.body?.statusCode === 200 && res.body?.type === "application/vnd.microsoft.card.adaptive") return "allow";
  if (res.body?.statusCode === 403 && res.body?.type === "application/vnd.microsoft.error") return "deny";
  return `unexpected ${JSON.stringify(res.body)}`;
}

describe("the authorization matrix covers the whole app", () => {
  test("every API route has exactly one row, with the action the route declares", () => {
    const rows = MATRIX.filter((r) => r.kind === "route");
    expect(rows.map((r) => r.route).sort()).toEqual([...declared.routes.keys()].sort());
    for (const row of rows) expect(`${row.route} → ${row.action}`).toBe(`${row.route} → ${declared.routes.get(row.route)}`);
  });

  test("every card verb has exactly one row, with the action its handler declares", () => {
    const rows = MATRIX.filter((r) => r.kind === "verb");
    expect(rows.map((r) => r.verb).sort()).toEqual([...declared.verbs.keys()].sort());
    for (const row of rows) expect(`${row.verb} → ${row.action}`).toBe(`${row.verb} → ${declared.verbs.get(row.verb)}`);
  });

  test("docs/authorization.md is the rendering of this matrix (run `npm run docs:authorization` after a change)", () => {
    const doc = fs.readFileSync(path.resolve(__dirname, "..", "..", "docs", "authorization.md"), "utf8");
    expect(doc).toBe(renderAuthorizationDoc());
  });
});

const cells = MATRIX.flatMap((row) => ACTOR_KINDS.map((actor) => [rowName(row), actor, expectedOutcome(row, actor), row] as const));

describe("each route and verb, as each actor, gets exactly the expected outcome", () => {
  test.each(cells)("%s as %s: %s", async (_name, actor, expected, row) => {
    expect(await outcomeOf(row, actor)).toBe(expected);
  });
});
