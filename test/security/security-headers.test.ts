import { startApp, type AppHarness } from "../support/app-harness";

// The tab may be framed by Teams and the Microsoft 365 hosts Teams apps run in, and by nothing else.
const HOSTS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
];

function frameAncestors(csp: string | null): string[] {
  const directive = (csp ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("frame-ancestors "));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

describe("Content-Security-Policy of the tab", () => {
  let production: AppHarness;
  let local: AppHarness;
  beforeAll(async () => {
    production = await startApp({ env: { BOT_ID: "11111111-2222-3333-4444-555555555555", BOT_PASSWORD: "secret" } });
    local = await startApp();
  });
  afterAll(async () => {
    await production?.stop();
    await local?.stop();
  });

  test("in production frame-ancestors lists exactly the Teams and Microsoft 365 hosts, all https", async () => {
    for (const path of ["/", "/index.html"]) {
      const res = await fetch(`${production.server.url}${path}`);
      const ancestors = frameAncestors(res.headers.get("content-security-policy"));
      expect([...ancestors].sort()).toEqual([...HOSTS].sort());
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  test("local mode adds only the app's own origin, for the local sign-in page", async () => {
    const res = await fetch(`${local.server.url}/`);
    expect(frameAncestors(res.headers.get("content-security-policy")).sort()).toEqual(["'self'", ...HOSTS].sort());
  });
});
