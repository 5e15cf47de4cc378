import { errors } from "jose";

/**
 * Stable reasons a Teams SSO token is refused. Callers branch on these (HTTP status, metrics), so they
 * must not change when jose's messages or class names do.
 *
 * `keys_unavailable` is the one code that is not the token's fault: the signing keys could not be
 * fetched (network, non-200, broken JWKS). Callers should answer 503, not 401, so a key-endpoint outage
 * does not look like every user sending a bad token.
 */
export const TOKEN_VALIDATION_ERROR_CODES = [
  "malformed",
  "bad_algorithm",
  "bad_signature",
  "expired",
  "not_yet_valid",
  "bad_audience",
  "bad_issuer",
  "wrong_tenant",
  "missing_scope",
  "missing_oid",
  "keys_unavailable",
] as const;
export type TokenValidationErrorCode = (typeof TOKEN_VALIDATION_ERROR_CODES)[number];

/**
 * Thrown by the validator for every refused token. Carries no token and no claims (no `cause` either:
 * jose's claim errors hold the whole payload, names and UPNs included), so it is safe to log as is.
 */
export class TokenValidationError extends Error {
  override readonly name = "TokenValidationError";

  constructor(
    readonly code: TokenValidationErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/**
 * Translates what jwtVerify throws into a TokenValidationError. Returns undefined for anything that is
 * not about the token (e.g. a TypeError from bad options), so the caller rethrows it as a real fault.
 * Only jose's fixed messages are copied; they name claims, never their values.
 */
export function toTokenValidationError(err: unknown): TokenValidationError | undefined {
  if (err instanceof TokenValidationError) return err;
  // JWTExpired is not a subclass of JWTClaimValidationFailed in jose v5, so it is matched on its own.
  if (err instanceof errors.JWTExpired) return new TokenValidationError("expired", err.message);
  if (err instanceof errors.JWTClaimValidationFailed) return fromClaimFailure(err);
  if (err instanceof errors.JOSEAlgNotAllowed) return new TokenValidationError("bad_algorithm", err.message);
  if (
    err instanceof errors.JWSSignatureVerificationFailed ||
    // No trusted key has the token's kid: as far as we can tell it was signed by someone else.
    err instanceof errors.JWKSNoMatchingKey ||
    // No kid and several candidate keys: Entra always sends a kid, so such a token is not Entra's.
    err instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return new TokenValidationError("bad_signature", err.message);
  }
  if (
    err instanceof errors.JWSInvalid ||
    err instanceof errors.JWTInvalid ||
    // e.g. an unknown "crit" header parameter.
    err instanceof errors.JOSENotSupported
  ) {
    return new TokenValidationError("malformed", err.message);
  }
  return undefined;
}

function fromClaimFailure(err: errors.JWTClaimValidationFailed): TokenValidationError {
  switch (err.claim) {
    case "aud":
      return new TokenValidationError("bad_audience", err.message);
    case "iss":
      return new TokenValidationError("bad_issuer", err.message);
    case "nbf":
      // A non-numeric nbf is a broken token, not an early one.
      return new TokenValidationError(err.reason === "check_failed" ? "not_yet_valid" : "malformed", err.message);
    default:
      // Missing or non-numeric exp, non-numeric iat, unexpected typ: the token is not well-formed.
      return new TokenValidationError("malformed", err.message);
  }
}
