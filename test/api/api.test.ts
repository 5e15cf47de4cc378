import type { Express } from "express";
import { loadConfig } from "../../src/config";
import { createFileDirectory } from "../../src/directory";
import { createApp } from "../../src/server";
import { openTableStorage } from "../../src/storage";
import { DEMO_ORG, startApp, uniquePrefix, type AppHarness } from "../support/app-harness";

const NOW = new Date("2026-11-27T03:00:00Z");
const EMPLOYEE = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma
const SUPERVISOR = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Utin Wijaya
const PEER = "8e8afc84-9b31-46ab-a745-e5279afad5ab"; // Ahmad Susanto

let app: AppHarness;
beforeAll(async () => {
  app = await startApp({ clock: { now: () => NOW } });
});
afterAll(() => app.stop());

function call(path: string, as?: string, init: RequestInit = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (as) headers["X-Dev-User"] = as;
  return fetch(`${app.server.url}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
}

/** Method and path of every route express actually registered, from its router stack. */
function registeredRoutes(expressApp: Express): string[] {
  const out: string[] = [];
  const walk = (stack: any[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) out.push(`${method} ${layer.route.path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((expressApp as any).router.stack);
  return out;
}

describe("OpenAPI document", () => {
  test("every registered /api route has an entry and no entry lacks a route", async () => {
    const directory = await createFileDirectory(DEMO_ORG);
    for (const env of [{}, { BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "x" }]) {
      const config = loadConfig({ TABLE_PREFIX: uniquePrefix("oa"), ...env });
      const repositories = await openTableStorage(process.env.TEST_STORAGE_CONNECTION_STRING!, config.tablePrefix);
      const { app: expressApp } = createApp({ config, directory, repositories });
      const registered = registeredRoutes(expressApp)
        .filter((r) => r.split(" ")[1]!.startsWith("/api/") && r !== "post /api/messages")
        .map((r) => r.replace(/:([A-Za-z0-9_]+)/g, "{$1}"))
        .sort();
      const res = await request(expressApp, "/api/openapi.json");
      const documented = Object.entries(res.paths as Record<string, Record<string, unknown>>)
        .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`))
        .sort();
      expect(documented).toEqual(registered);
      expect(registered.length).toBeGreaterThanOrEqual(5);
    }
  });
});

async function request(expressApp: Express, path: string): Promise<any> {
  const server = expressApp.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const address = server.address() as { port: number };
  try {
    return await (await fetch(`http://127.0.0.1:${address.port}${path}`)).json();
  } finally {
    server.close();
  }
}

describe("identity", () => {
  test.each(["/api/me", "/api/reports/mine", "/api/team/reports"])("%s without identity answers 401 with no data", async (path) => {
    const res = await call(path);
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error.message.id).toBeTruthy();
    expect(body.error.message.en).toBeTruthy();
  });

  test("an unknown X-Dev-User is 401; a demo person is signed in (local mode)", async () => {
    expect((await call("/api/me", "not-a-person")).status).toBe(401);
    const me = await (await call("/api/me", EMPLOYEE)).json();
    expect(me.person.displayName).toBe("Eko Kusuma");
    expect(me.supervisor.id).toBe(SUPERVISOR);
  });

  test("with BOT_ID set (not local mode) X-Dev-User is ignored and the local sign-in list does not exist", async () => {
    const prod = await startApp({ env: { BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "secret" } });
    try {
      const me = await fetch(`${prod.server.url}/api/me`, { headers: { "X-Dev-User": EMPLOYEE } });
      expect(me.status).toBe(401);
      expect((await fetch(`${prod.server.url}/api/dev/people`)).status).toBe(404);
      const bot = await prod.teams.message({ aadObjectId: EMPLOYEE, name: "Eko" }, "bantuan");
      expect(bot.status).toBe(401);
    } finally {
      await prod.stop();
    }
  });
});

describe("reports through the API", () => {
  test("submit, validation messages in both languages, idempotent repeat, and feedback by the supervisor only", async () => {
    const body = { formId: "9b2e4c1a-7f3d-4e5b-8a6c-1d2e3f4a5b6c", date: "2026-11-26", activity: "Menyusun draf SK", quantity: 1, unit: "dokumen" };
    const first = await call("/api/reports", EMPLOYEE, { method: "POST", body: JSON.stringify(body) });
    expect(first.status).toBe(201);
    const report = await first.json();
    const again = await call("/api/reports", EMPLOYEE, { method: "POST", body: JSON.stringify(body) });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(report.id);

    const bad = await call("/api/reports", EMPLOYEE, {
      method: "POST",
      body: JSON.stringify({ formId: "1b2e4c1a-7f3d-4e5b-8a6c-1d2e3f4a5b6c", date: "2026-12-01", activity: "", evidenceUrl: "mailto:x@y" }),
    });
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).error.fields as { field: string; message: { id: string; en: string } }[];
    expect(fields.map((f) => f.field).sort()).toEqual(["activity", "date", "evidenceUrl"]);
    for (const f of fields) expect(f.message.id).not.toBe(f.message.en);

    const path = `/api/reports/${EMPLOYEE}/${encodeURIComponent(report.id)}/feedback`;
    const byPeer = await call(path, PEER, { method: "POST", body: JSON.stringify({ feedback: "Bukan wewenang saya" }) });
    expect(byPeer.status).toBe(403);
    const bySelf = await call(path, EMPLOYEE, { method: "POST", body: JSON.stringify({ feedback: "Saya sendiri" }) });
    expect(bySelf.status).toBe(403);
    const empty = await call(path, SUPERVISOR, { method: "POST", body: JSON.stringify({ feedback: " " }) });
    expect(empty.status).toBe(400);
    const ok = await call(path, SUPERVISOR, { method: "POST", body: JSON.stringify({ feedback: "Sudah sesuai" }) });
    expect(ok.status).toBe(200);

    const mine = await (await call("/api/reports/mine", EMPLOYEE)).json();
    expect(mine).toHaveLength(1);
    expect(mine[0].feedback.text).toBe("Sudah sesuai");
    expect(mine[0]).not.toHaveProperty("etag");

    const team = await (await call("/api/team/reports", SUPERVISOR)).json();
    const row = team.find((r: { employee: { id: string } }) => r.employee.id === EMPLOYEE);
    expect(row.reports.map((r: { id: string }) => r.id)).toEqual([report.id]);
    expect(await (await call("/api/team/reports", PEER)).json()).toEqual([]);
  });

  test("malformed JSON and oversized bodies are 4xx with a localized message", async () => {
    const broken = await call("/api/reports", EMPLOYEE, { method: "POST", body: "{oops" });
    expect(broken.status).toBe(400);
    const big = await call("/api/reports", EMPLOYEE, { method: "POST", body: JSON.stringify({ activity: "x".repeat(100_000) }) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.message.en).toBeTruthy();
  });
});
