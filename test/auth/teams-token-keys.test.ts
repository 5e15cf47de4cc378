import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expectRefused, useValidatorFixture } from "./support/validator-fixture";
import { signTeamsToken, TENANT_ID } from "./support/teams-token-factory";

const f = useValidatorFixture();

describe("signing keys unavailable", () => {
  test("the JWKS endpoint answers 500", async () => {
    await expectRefused(f.newValidator({ jwksUri: f.server.brokenUrl }), await signTeamsToken(f.trusted), "keys_unavailable");
  });

  test("nothing listens at the JWKS endpoint", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expectRefused(f.newValidator({ jwksUri: `http://127.0.0.1:${port}/keys` }), await signTeamsToken(f.trusted), "keys_unavailable");
  });
});

describe("JWKS caching", () => {
  test("many sequential validations fetch the keys once, and unknown kids do not force refetches", async () => {
    const fresh = f.newValidator();
    const before = f.server.keyFetches();
    const token = await signTeamsToken(f.trusted);
    for (let i = 0; i < 50; i++) await fresh.validate(token);
    // Within jose's 30 s cooldown an unknown kid must not trigger a refetch (no amplification).
    for (let i = 0; i < 5; i++) await expectRefused(fresh, await signTeamsToken(f.stranger), "bad_signature");
    expect(f.server.keyFetches() - before).toBe(1);
  });

  test("concurrent first validations share one fetch", async () => {
    const fresh = f.newValidator();
    const before = f.server.keyFetches();
    const token = await signTeamsToken(f.trusted);
    await Promise.all(Array.from({ length: 50 }, () => fresh.validate(token)));
    expect(f.server.keyFetches() - before).toBe(1);
  });
});

describe("configuration", () => {
  test.each([
    ["a domain name as tenant", { tenantId: "pontianak.onmicrosoft.com" }],
    ["the multi-tenant 'common'", { tenantId: "common" }],
    ["an empty client id", { clientId: " " }],
    ["plain http to a remote host", { jwksUri: "http://login.example.test/keys" }],
    ["a negative tolerance", { clockToleranceSeconds: -1 }],
    ["a scope with spaces", { requiredScope: "access_as_user User.Read" }],
  ])("refuses %s at construction", (_label, overrides) => {
    expect(() => f.newValidator(overrides)).toThrow(/Teams token validator/);
  });

  test("an upper-case tenant GUID in the configuration still matches Entra's lower-case claims", async () => {
    const upper = f.newValidator({ tenantId: TENANT_ID.toUpperCase() });
    await expect(upper.validate(await signTeamsToken(f.trusted))).resolves.toMatchObject({ tid: TENANT_ID });
  });
});
