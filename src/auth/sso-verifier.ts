import type { TokenVerifier } from "../api/identity";
import { ConfigError, type AppConfig } from "../config";
import { createTeamsTokenValidator, TokenValidationError, type TeamsTokenValidator, type TeamsTokenValidatorOptions } from "./teams-token";

/** How often a key-endpoint outage is logged at most: every request would fail the same way. */
const OUTAGE_LOG_INTERVAL_MS = 60_000;

/**
 * The API's TokenVerifier on top of the jose validator. A refused token is `invalid` (401); signing keys that
 * cannot be fetched are `unavailable` (503), because that is an outage on our side, not a bad token. Only the
 * error code and jose's fixed text are logged, never the token or its claims.
 */
export function ssoTokenVerifier(validator: TeamsTokenValidator): TokenVerifier {
  let lastOutageLog = 0;
  return {
    async verify(token) {
      try {
        return { oid: (await validator.validate(token)).oid };
      } catch (err) {
        if (!(err instanceof TokenValidationError)) throw err;
        if (err.code !== "keys_unavailable") return { error: "invalid" };
        if (Date.now() - lastOutageLog > OUTAGE_LOG_INTERVAL_MS) {
          lastOutageLog = Date.now();
          console.error(`Teams SSO: ${err.message}`);
        }
        return { error: "unavailable" };
      }
    },
  };
}

/**
 * The tab's SSO verifier from AAD_APP_CLIENT_ID / AAD_APP_TENANT_ID / AAD_APP_ID_URI, or undefined when the
 * client id or tenant is not set. `overrides` lets tests point the key set and issuer at loopback.
 */
export function ssoVerifierFromConfig(
  config: Pick<AppConfig, "aadAppClientId" | "aadAppTenantId" | "aadAppIdUri">,
  overrides: Partial<Pick<TeamsTokenValidatorOptions, "jwksUri" | "issuer">> = {},
): TokenVerifier | undefined {
  if (!config.aadAppClientId || !config.aadAppTenantId) return undefined;
  try {
    const validator = createTeamsTokenValidator({
      tenantId: config.aadAppTenantId,
      clientId: config.aadAppClientId,
      appIdUri: config.aadAppIdUri,
      ...overrides,
    });
    return ssoTokenVerifier(validator);
  } catch (err) {
    // The validator refuses settings that could never accept a token (e.g. a tenant domain instead of its GUID).
    throw new ConfigError(`Invalid configuration:\n  - AAD_APP_*: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * The verifier `npm start` uses. Outside local mode X-Dev-User is off, so without SSO nobody could use the
 * tab's API: refuse to start instead of serving an API that answers 401 to everyone.
 */
export function ssoVerifierForStart(config: AppConfig): TokenVerifier | undefined {
  const verifier = ssoVerifierFromConfig(config);
  if (!verifier && !config.localMode) {
    throw new ConfigError(
      "Invalid configuration:\n  - AAD_APP_CLIENT_ID, AAD_APP_TENANT_ID: required when BOT_ID is set (the tab signs in with Teams SSO; " +
        "X-Dev-User exists only in local mode)",
    );
  }
  return verifier;
}
