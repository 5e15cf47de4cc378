import { ssoVerifierFromConfig } from "../../src/auth/sso-verifier";
import { startApp, type AppHarness } from "../support/app-harness";
import { startLocalJwksServer, type LocalJwksServer } from "./support/local-jwks-server";
import {
  APP_ID_URI,
  CLIENT_ID,
  createSigningKey,
  issuerFor,
  OTHER_TENANT_ID,
  signTeamsToken,
  teamsClaims,
  TENANT_ID,
  unsignedToken,
  USER_OID,
  type SigningKey,
} from "./support/teams-token-factory";

// Production mode (BOT_ID set): the tab's API accepts only Teams SSO tokens, validated by the same code path
// npm start wires (ssoVerifierFromConfig), with the key set served on loopback instead of Entra's.
const EMPLOYEE = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma in the demo organisation
const PRODUCTION = { BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "secret" };
const SSO = { aadAppClientId: CLIENT_ID, aadAppTenantId: TENANT_ID, aadAppIdUri: APP_ID_URI };

let jwks: LocalJwksServer;
let trusted: SigningKey;
let stranger: SigningKey;
let app: AppHarness;

beforeAll(async () => {
  [trusted, stranger] = await Promise.all([createSigningKey("trusted-1"), createSigningKey("stranger-1")]);
  jwks = await startLocalJwksServer({ keys: [trusted.publicJwk] });
  app = await startApp({ env: PRODUCTION, tokens: ssoVerifierFromConfig(SSO, { jwksUri: jwks.keysUrl }) });
});
afterAll(async () => {
  await app?.stop();
  await jwks?.close();
});

const me = (server: AppHarness, headers: Record<string, string>) => fetch(`${server.server.url}/api/me`, { headers });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const now = () => Math.floor(Date.now() / 1000);

describe("Teams SSO over HTTP (GET /api/me)", () => {
  test("a valid token for the client id, and one for the App ID URI, sign in the person its oid names", async () => {
    for (const aud of [CLIENT_ID, APP_ID_URI]) {
      const res = await me(app, bearer(await signTeamsToken(trusted, { oid: EMPLOYEE, aud })));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.person).toMatchObject({ id: EMPLOYEE, displayName: "Eko Kusuma" });
    }
  });

  const refused: [string, () => Promise<string>][] = [
    ["expired", () => signTeamsToken(trusted, { oid: EMPLOYEE, iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })],
    ["not yet valid", () => signTeamsToken(trusted, { oid: EMPLOYEE, nbf: now() + 3600, exp: now() + 7200 })],
    ["wrong audience", () => signTeamsToken(trusted, { oid: EMPLOYEE, aud: "api://someone-else/00000000-0000-0000-0000-000000000000" })],
    ["wrong issuer", () => signTeamsToken(trusted, { oid: EMPLOYEE, iss: issuerFor(OTHER_TENANT_ID) })],
    ["wrong tenant", () => signTeamsToken(trusted, { oid: EMPLOYEE, tid: OTHER_TENANT_ID })],
    ["wrong key", () => signTeamsToken({ ...stranger, kid: trusted.kid }, { oid: EMPLOYEE })],
    ["alg none", async () => unsignedToken(teamsClaims({ oid: EMPLOYEE }))],
    ["missing scope", () => signTeamsToken(trusted, { oid: EMPLOYEE, scp: "User.Read" })],
    ["unknown user (valid token, oid not in the directory)", () => signTeamsToken(trusted, { oid: USER_OID })],
    ["not a JWT", async () => "not.a.jwt"],
  ];

  test.each(refused)("%s: 401 with an error and no data", async (_name, token) => {
    const res = await me(app, bearer(await token()));
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body).toEqual({ error: { code: "unauthenticated", message: { id: expect.any(String), en: expect.any(String) } } });
  });

  test("X-Dev-User naming a real person is ignored even beside a refused token", async () => {
    const res = await me(app, { "X-Dev-User": EMPLOYEE, ...bearer(await signTeamsToken(stranger, { oid: EMPLOYEE })) });
    expect(res.status).toBe(401);
  });

  test("signing keys that cannot be fetched are a 503 with a bilingual message, not a 401", async () => {
    const down = await startApp({ env: PRODUCTION, tokens: ssoVerifierFromConfig(SSO, { jwksUri: jwks.brokenUrl }) });
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const res = await me(down, bearer(await signTeamsToken(trusted, { oid: EMPLOYEE })));
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.error.code).toBe("auth_unavailable");
      expect(body.error.message.id).toContain("Microsoft");
      expect(body.error.message.en).toContain("Microsoft");
      expect(body.error.message.id).not.toBe(body.error.message.en);
      expect(Object.keys(body)).toEqual(["error"]);
      // The outage is logged for the operator, without the token.
      expect(spy.mock.calls.flat().join(" ")).toContain("keys_unavailable");
    } finally {
      spy.mockRestore();
      await down.stop();
    }
  });
});
