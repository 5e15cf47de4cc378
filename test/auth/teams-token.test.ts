import { exportSPKI, SignJWT } from "jose";
import { expectRefused, useValidatorFixture } from "./support/validator-fixture";
import {
  APP_ID_URI,
  issuerFor,
  OTHER_TENANT_ID,
  signTeamsToken,
  teamsClaims,
  TENANT_ID,
  unsignedToken,
  USER_OID,
} from "./support/teams-token-factory";

const f = useValidatorFixture();
const now = (): number => Math.floor(Date.now() / 1000);

describe("valid tokens", () => {
  test("a valid token yields the caller's identity", async () => {
    await expect(f.validator.validate(await signTeamsToken(f.trusted))).resolves.toEqual({
      oid: USER_OID,
      tid: TENANT_ID,
      name: "Siti Rahma",
      upn: "siti.rahma@pontianak.example.test",
    });
  });

  test("a token signed by the other key in the set is accepted", async () => {
    await expect(f.validator.validate(await signTeamsToken(f.trustedSecond))).resolves.toMatchObject({ oid: USER_OID });
  });

  test("upn is preferred over preferred_username when both are present", async () => {
    const token = await signTeamsToken(f.trusted, { upn: "siti@pontianak.go.id" });
    await expect(f.validator.validate(token)).resolves.toMatchObject({ upn: "siti@pontianak.go.id" });
  });

  test("the App ID URI is accepted as audience", async () => {
    await expect(f.validator.validate(await signTeamsToken(f.trusted, { aud: APP_ID_URI }))).resolves.toMatchObject({ oid: USER_OID });
  });

  test("scp with several scopes including access_as_user is accepted", async () => {
    const token = await signTeamsToken(f.trusted, { scp: "User.Read access_as_user openid" });
    await expect(f.validator.validate(token)).resolves.toMatchObject({ oid: USER_OID });
  });

  test("a token expired within the clock tolerance is accepted", async () => {
    await expect(f.validator.validate(await signTeamsToken(f.trusted, { exp: now() - 30 }))).resolves.toMatchObject({ oid: USER_OID });
  });

  test("a token valid from slightly in the future (within tolerance) is accepted", async () => {
    await expect(f.validator.validate(await signTeamsToken(f.trusted, { nbf: now() + 30 }))).resolves.toMatchObject({ oid: USER_OID });
  });
});

describe("time", () => {
  test("expired beyond the tolerance", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { iat: now() - 7200, nbf: now() - 7200, exp: now() - 300 }), "expired");
  });

  test("not yet valid beyond the tolerance", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { nbf: now() + 300 }), "not_yet_valid");
  });

  test("a smaller tolerance is honoured", async () => {
    await expectRefused(f.newValidator({ clockToleranceSeconds: 5 }), await signTeamsToken(f.trusted, { exp: now() - 30 }), "expired");
  });

  test("a token without exp is malformed (it would never expire)", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { exp: undefined }), "malformed");
  });
});

describe("audience and issuer", () => {
  test("wrong audience", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { aud: "00000003-0000-0000-c000-000000000000" }), "bad_audience");
  });

  test("the App ID URI is refused when it is not configured", async () => {
    await expectRefused(f.newValidator({ appIdUri: undefined }), await signTeamsToken(f.trusted, { aud: APP_ID_URI }), "bad_audience");
  });

  test("wrong issuer", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { iss: "https://login.example.test/v2.0" }), "bad_issuer");
  });

  test("a v1 issuer for our tenant is refused (only the configured v2 issuer is accepted)", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { iss: `https://sts.windows.net/${TENANT_ID}/` }), "bad_issuer");
  });

  test("another tenant's token: issuer and tid both of the other tenant", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { iss: issuerFor(OTHER_TENANT_ID), tid: OTHER_TENANT_ID }), "bad_issuer");
  });

  test("our issuer but another tenant's tid", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { tid: OTHER_TENANT_ID }), "wrong_tenant");
  });

  test("our issuer but no tid", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { tid: undefined }), "wrong_tenant");
  });
});

describe("signature and algorithm", () => {
  test("signed by a key not in the JWKS (unknown kid)", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.stranger), "bad_signature");
  });

  test("signed by a key not in the JWKS that claims a trusted kid", async () => {
    await expectRefused(f.validator, await signTeamsToken({ ...f.stranger, kid: f.trusted.kid }), "bad_signature");
  });

  test("a valid token with its payload swapped", async () => {
    const [header, , signature] = (await signTeamsToken(f.trusted)).split(".");
    const forged = Buffer.from(JSON.stringify(teamsClaims({ oid: "someone-else" }))).toString("base64url");
    await expectRefused(f.validator, `${header}.${forged}.${signature}`, "bad_signature");
  });

  test("alg none (unsigned)", async () => {
    await expectRefused(f.validator, unsignedToken(teamsClaims()), "bad_algorithm");
  });

  test("HS256 signed with a shared secret", async () => {
    const token = await new SignJWT(teamsClaims())
      .setProtectedHeader({ alg: "HS256", kid: f.trusted.kid })
      .sign(new TextEncoder().encode("a-shared-secret-of-at-least-32-bytes!!"));
    await expectRefused(f.validator, token, "bad_algorithm");
  });

  test("HS256 signed with the trusted public key as the secret (key confusion)", async () => {
    const { createPublicKey } = await import("node:crypto");
    const pem = await exportSPKI(createPublicKey({ key: f.trusted.publicJwk as import("node:crypto").JsonWebKey, format: "jwk" }));
    const token = await new SignJWT(teamsClaims()).setProtectedHeader({ alg: "HS256", kid: f.trusted.kid }).sign(new TextEncoder().encode(pem));
    await expectRefused(f.validator, token, "bad_algorithm");
  });

  test("RS512 by a trusted key (only RS256 is allowed)", async () => {
    const token = await new SignJWT(teamsClaims()).setProtectedHeader({ alg: "RS512", kid: f.trusted.kid }).sign(f.trusted.privateKey);
    await expectRefused(f.validator, token, "bad_algorithm");
  });
});

describe("Teams claims", () => {
  test("no scp at all", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { scp: undefined }), "missing_scope");
  });

  test("another scope only", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { scp: "User.Read" }), "missing_scope");
  });

  test("a scope that merely starts with access_as_user", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { scp: "access_as_user_admin" }), "missing_scope");
  });

  test("an app-only token (roles, no scp)", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { scp: undefined, roles: ["access_as_user"] }), "missing_scope");
  });

  test("missing oid", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { oid: undefined }), "missing_oid");
  });

  test("empty oid", async () => {
    await expectRefused(f.validator, await signTeamsToken(f.trusted, { oid: "" }), "missing_oid");
  });
});

describe("malformed input", () => {
  test.each([
    ["a garbage string", "this is not a token"],
    ["three garbage segments", "abc.def.ghi"],
    ["an empty string", ""],
    ["two segments", "eyJhbGciOiJSUzI1NiJ9.e30"],
  ])("%s", async (_label, token) => {
    await expectRefused(f.validator, token, "malformed");
  });
});

