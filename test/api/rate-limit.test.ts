import { startApp, type AppHarness } from "../support/app-harness";

const EMPLOYEE = "449ab166-8186-4856-8c52-9b4839c340b3"; // Eko Kusuma
const PEER = "8e8afc84-9b31-46ab-a745-e5279afad5ab"; // Ahmad Susanto

let app: AppHarness;
beforeAll(async () => {
  app = await startApp({ env: { API_RATE_LIMIT_PER_MINUTE: "3" } });
});
afterAll(() => app.stop());

const me = (as: string) => fetch(`${app.server.url}/api/me`, { headers: { "X-Dev-User": as } });

describe("per-person API rate limit", () => {
  test("the 4th request of one person in the minute gets 429 with Retry-After; another person still gets 200", async () => {
    for (let i = 0; i < 3; i++) expect((await me(EMPLOYEE)).status).toBe(200);
    const limited = await me(EMPLOYEE);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = await limited.json();
    expect(body).toEqual({ error: { code: "rate_limited", message: { id: expect.any(String), en: expect.any(String) } } });
    expect(body.error.message.id).toContain(`${retryAfter} detik`);
    expect(body.error.message.en).toContain(`${retryAfter} seconds`);

    expect((await me(PEER)).status).toBe(200);
  });

  test("routes without identity are limited per client address", async () => {
    const openapi = () => fetch(`${app.server.url}/api/openapi.json`);
    for (let i = 0; i < 3; i++) expect((await openapi()).status).toBe(200);
    expect((await openapi()).status).toBe(429);
  });
});
