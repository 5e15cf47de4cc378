import { createTeamsTokenValidator, TokenValidationError, type TeamsTokenValidator, type TeamsTokenValidatorOptions, type TokenValidationErrorCode } from "../../../src/auth/teams-token";
import { startLocalJwksServer, type LocalJwksServer } from "./local-jwks-server";
import { APP_ID_URI, CLIENT_ID, createSigningKey, TENANT_ID, type SigningKey } from "./teams-token-factory";

export interface ValidatorFixture {
  server: LocalJwksServer;
  /** In the served JWKS. */
  trusted: SigningKey;
  /** Also in the served JWKS (Entra serves several keys; the validator must pick by kid). */
  trustedSecond: SigningKey;
  /** Not in the JWKS. */
  stranger: SigningKey;
  /** Shared validator for the configured tenant, client id and App ID URI. */
  validator: TeamsTokenValidator;
  /** A new validator (own JWKS cache) with some options changed. */
  newValidator(overrides?: Partial<TeamsTokenValidatorOptions>): TeamsTokenValidator;
}

/**
 * Registers beforeAll/afterAll that start a loopback JWKS server with two trusted keys. The returned
 * object is filled in by beforeAll, so read its fields inside tests only.
 */
export function useValidatorFixture(): ValidatorFixture {
  const fixture = {} as ValidatorFixture;
  beforeAll(async () => {
    const [trusted, trustedSecond, stranger] = await Promise.all([
      createSigningKey("trusted-1"),
      createSigningKey("trusted-2"),
      createSigningKey("stranger-1"),
    ]);
    const server = await startLocalJwksServer({ keys: [trusted.publicJwk, trustedSecond.publicJwk] });
    const newValidator = (overrides: Partial<TeamsTokenValidatorOptions> = {}): TeamsTokenValidator =>
      createTeamsTokenValidator({ tenantId: TENANT_ID, clientId: CLIENT_ID, appIdUri: APP_ID_URI, jwksUri: server.keysUrl, ...overrides });
    Object.assign(fixture, { server, trusted, trustedSecond, stranger, newValidator, validator: newValidator() });
  });
  afterAll(async () => {
    await fixture.server?.close();
  });
  return fixture;
}

/** Asserts the exact code, and that the error is safe to log (no token, no claims attached). */
export async function expectRefused(by: TeamsTokenValidator, token: string, code: TokenValidationErrorCode): Promise<void> {
  const err: unknown = await by.validate(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TokenValidationError);
  expect((err as TokenValidationError).code).toBe(code);
  const logged = `${String(err)} ${JSON.stringify(err)} ${(err as Error).stack ?? ""}`;
  if (token.length > 0) expect(logged).not.toContain(token);
  expect(err).not.toHaveProperty("payload");
  expect(err).not.toHaveProperty("cause");
}
