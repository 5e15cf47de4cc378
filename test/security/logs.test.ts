import { randomUUID } from "node:crypto";
import { ssoVerifierFromConfig } from "../../src/auth/sso-verifier";
import { VERBS } from "../../src/cards/verbs";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardActions, cardOf } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";
import { startLocalJwksServer, type LocalJwksServer } from "../auth/support/local-jwks-server";
import { APP_ID_URI, CLIENT_ID, createSigningKey, signTeamsToken, TENANT_ID, type SigningKey } from "../auth/support/teams-token-factory";

// Issue 6: no tokens, NIP or report/feedback contents in the logs. An end-to-end run through the API (with Teams
// SSO bearer tokens) and the bot, including refused and malformed requests, while everything written to
// stdout, stderr and the console is captured; then the capture is searched.
const EMPLOYEE = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma
const SUPERVISOR = "694472d1-a7d3-4946-a081-37f33a087ec9"; // Utin Wijaya
const PEER = "8e8afc84-9b31-46ab-a745-e5279afad5ab"; // Ahmad Susanto
// Friday 27 November 2026, 10:00 WIB: reports are dated the day before.
const CLOCK = { now: () => new Date("2026-11-27T03:00:00Z") };
const REPORT_DATE = "2026-11-26";
const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\./;

const captured: string[] = [];
const restore: (() => void)[] = [];
const secrets: string[] = [];
const secret = (label: string) => {
  const s = `${label}-${randomUUID()}`;
  secrets.push(s);
  return s;
};

function capture() {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return original(chunk as string, ...(rest as []));
    }) as typeof stream.write;
    restore.push(() => (stream.write = original));
  }
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map((a) => (a instanceof Error ? `${a.stack}` : typeof a === "string" ? a : safeJson(a))).join(" "));
    });
    restore.push(() => spy.mockRestore());
  }
}
const safeJson = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

let jwks: LocalJwksServer;
let key: SigningKey;
let stranger: SigningKey;
let app: AppHarness;
let brokenKeys: AppHarness;
const tokens: string[] = [];

beforeAll(async () => {
  capture();
  [key, stranger] = await Promise.all([createSigningKey("k1"), createSigningKey("k2")]);
  jwks = await startLocalJwksServer({ keys: [key.publicJwk] });
  const sso = { aadAppClientId: CLIENT_ID, aadAppTenantId: TENANT_ID, aadAppIdUri: APP_ID_URI };
  // Local mode, so the bot runs without Bot Framework tokens; the API takes SSO bearer tokens all the same.
  app = await startApp({ clock: CLOCK, tokens: ssoVerifierFromConfig(sso, { jwksUri: jwks.keysUrl }) });
  brokenKeys = await startApp({ tokens: ssoVerifierFromConfig(sso, { jwksUri: jwks.brokenUrl }) });
});
afterAll(async () => {
  await app?.stop();
  await brokenKeys?.stop();
  await jwks?.close();
  for (const undo of restore.reverse()) undo();
});

async function tokenFor(oid: string, overrides: Record<string, unknown> = {}, signer = key): Promise<string> {
  const token = await signTeamsToken(signer, { oid, ...overrides });
  tokens.push(token);
  return token;
}

async function api(server: AppHarness, path: string, token: string, init: RequestInit = {}) {
  return fetch(`${server.server.url}${path}`, { ...init, headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` } });
}

test("an end-to-end run through the API and the bot leaves no token, NIP or report text in the logs", async () => {
  const employeeToken = await tokenFor(EMPLOYEE);
  const supervisorToken = await tokenFor(SUPERVISOR);
  expect((await api(app, "/api/me", employeeToken)).status).toBe(200);
  // Refused tokens: expired, signed by a stranger, another user's token against the broken key endpoint.
  expect((await api(app, "/api/me", await tokenFor(EMPLOYEE, { exp: Math.floor(Date.now() / 1000) - 3600 }))).status).toBe(401);
  expect((await api(app, "/api/me", await tokenFor(EMPLOYEE, {}, { ...stranger, kid: key.kid }))).status).toBe(401);
  expect((await api(brokenKeys, "/api/me", await tokenFor(PEER))).status).toBe(503);

  // A report and its feedback through the API, plus bad requests carrying the same kind of text.
  const activity = secret("LAPORAN-API");
  const report = { formId: randomUUID(), date: REPORT_DATE, activity, quantity: 1, unit: "dokumen" };
  const created = await api(app, "/api/reports", employeeToken, { method: "POST", body: JSON.stringify(report) });
  expect(created.status).toBe(201);
  const { id } = await created.json();
  const feedbackPath = `/api/reports/${EMPLOYEE}/${encodeURIComponent(id)}/feedback`;
  const peerToken = await tokenFor(PEER);
  expect((await api(app, feedbackPath, peerToken, { method: "POST", body: JSON.stringify({ feedback: secret("UMPAN-PEER") }) })).status).toBe(403);
  expect((await api(app, feedbackPath, supervisorToken, { method: "POST", body: JSON.stringify({ feedback: secret("UMPAN-API") }) })).status).toBe(200);
  expect((await api(app, "/api/reports", employeeToken, { method: "POST", body: `{"activity": "${secret("RUSAK")}"` })).status).toBe(400);
  expect((await api(app, "/api/reports", employeeToken, { method: "POST", body: JSON.stringify({ activity: secret("BESAR").padEnd(100_000, "x") }) })).status).toBe(413);
  expect((await api(app, "/api/reports", employeeToken, { method: "POST", body: JSON.stringify({ ...report, formId: randomUUID(), date: "bukan-tanggal", activity: secret("INVALID") }) })).status).toBe(400);

  // The same through the bot: install, report form, submit, feedback, a refused feedback and an unknown verb.
  const employee = asUser({ id: EMPLOYEE, displayName: "Eko Kusuma" });
  const supervisor = asUser({ id: SUPERVISOR, displayName: "Utin Wijaya" });
  await app.teams.install(employee);
  await app.teams.install(supervisor);
  await app.teams.message(employee, "lapor");
  const formCall = app.connector.to(personalConversationId(employee)).filter((c) => c.method === "POST").pop()!;
  const submit = cardActions(cardOf(formCall.activity)).find((a) => a.verb === VERBS.reportSubmit)!;
  const botActivity = secret("LAPORAN-BOT");
  const submitted = await app.teams.execute(employee, VERBS.reportSubmit, { ...submit.data, date: REPORT_DATE, activity: botActivity, quantity: "2", unit: "berkas" });
  expect(submitted.body.statusCode).toBe(200);
  await app.background.drain();
  const [botReport] = (await app.repositories.reports.listForEmployee(EMPLOYEE)).filter((r) => r.activity === botActivity);
  const refused = await app.teams.execute(asUser({ id: PEER, displayName: "Ahmad" }), VERBS.reportFeedback, { employeeId: EMPLOYEE, reportId: botReport!.id, feedback: secret("UMPAN-BOT-PEER") });
  expect(refused.body.statusCode).toBe(403);
  const answered = await app.teams.execute(supervisor, VERBS.reportFeedback, { employeeId: EMPLOYEE, reportId: botReport!.id, feedback: secret("UMPAN-BOT") });
  expect(answered.body.statusCode).toBe(200);
  await app.teams.execute(employee, "no.such.verb", { activity: secret("VERB-ASING") });
  await app.teams.message(employee, secret("PESAN-BEBAS"));
  await app.teams.post({ type: "invoke", name: "adaptiveCard/action", text: secret("RUSAK-BOT"), value: { action: "x" } });
  await app.background.drain();

  const log = captured.join("\n");
  for (const token of tokens) expect(log).not.toContain(token);
  expect(log).not.toMatch(JWT_LIKE);
  for (const person of app.directory.listPeople()) expect(log).not.toContain(person.nip);
  for (const text of secrets) expect(log).not.toContain(text);
  // The capture works: the key endpoint outage was logged (by code, without the token).
  expect(log).toContain("keys_unavailable");
});
