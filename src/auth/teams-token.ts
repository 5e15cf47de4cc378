/**
 * Server-side validation of the Teams tab SSO token (`authentication.getAuthToken()`), CONVENTIONS.md
 * section 4. The token is an Entra access token for our own API (scope `access_as_user`).
 *
 * Only the configured issuer is accepted, by default the v2.0 one
 * (`https://login.microsoftonline.com/{tid}/v2.0`). Entra issues v2 tokens for an API whose app
 * registration sets `requestedAccessTokenVersion: 2` (the Teams Toolkit aad manifest does); v1 tokens
 * (`iss` = `https://sts.windows.net/{tid}/`, `aud` = the App ID URI) only appear when that setting is
 * missing. Accepting both would double the claim shapes we have to reason about for no benefit, so a v1
 * token is refused as `bad_issuer`: fix the registration rather than widen the check.
 *
 * The tenant is checked twice on purpose: the v2 issuer embeds the tenant, and `tid` is compared too,
 * so a mistaken `issuer` override cannot silently let another tenant in.
 *
 * Nothing here logs; errors carry a code and jose's fixed message, never the token or its claims.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { resolveTeamsTokenOptions, type TeamsTokenValidatorOptions } from "./teams-token-options";
import { TokenValidationError, toTokenValidationError } from "./token-validation-error";

export type { TeamsTokenValidatorOptions } from "./teams-token-options";
export { TokenValidationError, type TokenValidationErrorCode } from "./token-validation-error";

/** Who the token says the caller is. Authorise on `oid` (stable, unique); `name`/`upn` are for display. */
export interface ValidatedIdentity {
  /** Entra object id of the user; equals `Person.id` and the bot's `from.aadObjectId`. */
  oid: string;
  tid: string;
  name?: string;
  /** `upn` if the token has it, else `preferred_username` (which is not guaranteed unique or stable). */
  upn?: string;
}

export interface TeamsTokenValidator {
  /** Resolves to the caller's identity or rejects with a TokenValidationError. */
  validate(token: string): Promise<ValidatedIdentity>;
}

export function createTeamsTokenValidator(options: TeamsTokenValidatorOptions): TeamsTokenValidator {
  const config = resolveTeamsTokenOptions(options);
  const getKey = createKeyResolver(config.jwksUri);

  return {
    async validate(token) {
      if (typeof token !== "string" || token.length === 0) {
        throw new TokenValidationError("malformed", "no token");
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, getKey, {
          // RS256 only: Entra signs with it, and a fixed list is what stops `alg: none` and the
          // HS256-with-the-public-key trick before any key is looked at.
          algorithms: ["RS256"],
          issuer: config.issuer,
          audience: config.audiences,
          clockTolerance: config.clockToleranceSeconds,
          // jose checks exp only when present; a token without one would never expire.
          requiredClaims: ["exp"],
        }));
      } catch (err) {
        throw toTokenValidationError(err) ?? err;
      }
      return checkTeamsClaims(payload, config.tenantId, config.requiredScope);
    },
  };
}

/**
 * Wraps jose's remote JWKS (which caches the keys, refetches for an unknown kid at most once per
 * 30 s cooldown, and shares one in-flight fetch) so that a failure to get the keys is reported as
 * `keys_unavailable` rather than as something wrong with the token.
 */
function createKeyResolver(jwksUri: URL): JWTVerifyGetKey {
  const remoteJwks = createRemoteJWKSet(jwksUri);
  return async (protectedHeader, token) => {
    try {
      return await remoteJwks(protectedHeader, token);
    } catch (err) {
      // These are about the token (its kid or alg), not the key endpoint: let them map as usual.
      if (
        err instanceof errors.JWKSNoMatchingKey ||
        err instanceof errors.JWKSMultipleMatchingKeys ||
        err instanceof errors.JOSENotSupported
      ) {
        throw err;
      }
      const reason = err instanceof Error ? err.message : "unknown error";
      throw new TokenValidationError("keys_unavailable", `signing keys could not be loaded (${reason})`);
    }
  };
}

/** The checks jose does not know about: tenant, delegated scope, user object id. */
function checkTeamsClaims(payload: JWTPayload, tenantId: string, requiredScope: string): ValidatedIdentity {
  const { tid, scp, oid } = payload;
  if (typeof tid !== "string" || tid.toLowerCase() !== tenantId) {
    throw new TokenValidationError("wrong_tenant", "token tenant is not the configured tenant");
  }
  // `scp` is space-separated; compare whole names so "access_as_user_admin" does not count. App-only
  // tokens carry `roles` and no `scp`, so they are refused here too.
  if (typeof scp !== "string" || !scp.split(" ").includes(requiredScope)) {
    throw new TokenValidationError("missing_scope", `token lacks the "${requiredScope}" scope`);
  }
  if (typeof oid !== "string" || oid.length === 0) {
    throw new TokenValidationError("missing_oid", "token has no user object id");
  }
  return {
    oid,
    tid: tid.toLowerCase(),
    name: optionalString(payload.name),
    upn: optionalString(payload.upn) ?? optionalString(payload.preferred_username),
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
