// Scheme names are case-insensitive (RFC 9110 section 11.1); the token itself is one run of non-space
// characters, so anything with inner spaces is not a bearer credential.
const BEARER = /^\s*bearer\s+(\S+)\s*$/i;

/**
 * The token from an `Authorization: Bearer <token>` header, or undefined when the header is absent,
 * uses another scheme, or is not exactly one token. Validation is the caller's job.
 */
export function extractBearerToken(authorizationHeader: string | undefined): string | undefined {
  if (typeof authorizationHeader !== "string") return undefined;
  return BEARER.exec(authorizationHeader)?.[1];
}
