/** Configuration of the Teams tab SSO token validator (CONVENTIONS.md section 4). */
export interface TeamsTokenValidatorOptions {
  /** The organisation's Entra tenant id (a GUID; domain names and "common" are refused, see below). */
  tenantId: string;
  /** The SSO app registration's client id: the `aud` of v2 access tokens. */
  clientId: string;
  /** The App ID URI, e.g. `api://host/<clientId>` (manifest `webApplicationInfo.resource`), also accepted as `aud`. */
  appIdUri?: string;
  /** Default `https://login.microsoftonline.com/{tenantId}/discovery/v2.0/keys`. */
  jwksUri?: string;
  /** Default `https://login.microsoftonline.com/{tenantId}/v2.0`. */
  issuer?: string;
  /** Allowed clock skew for exp and nbf. Default 60. */
  clockToleranceSeconds?: number;
  /** Delegated scope the token must carry in `scp`. Default `access_as_user`. */
  requiredScope?: string;
}

export interface ResolvedTeamsTokenOptions {
  tenantId: string;
  audiences: string[];
  jwksUri: URL;
  issuer: string;
  clockToleranceSeconds: number;
  requiredScope: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Fills defaults and refuses configurations that would make every token fail or, worse, pass.
 * Throws a plain Error at startup rather than a TokenValidationError per request.
 */
export function resolveTeamsTokenOptions(options: TeamsTokenValidatorOptions): ResolvedTeamsTokenOptions {
  // Entra puts the tenant GUID in `iss` and `tid`, always lower case. A domain name or "common" here
  // would never match a token, so fail at startup instead of refusing everyone at run time.
  if (!GUID.test(options.tenantId)) {
    throw new Error("Teams token validator: tenantId must be the tenant's GUID");
  }
  const tenantId = options.tenantId.toLowerCase();
  if (!options.clientId.trim()) throw new Error("Teams token validator: clientId is required");

  const clockToleranceSeconds = options.clockToleranceSeconds ?? 60;
  if (!Number.isFinite(clockToleranceSeconds) || clockToleranceSeconds < 0) {
    throw new Error("Teams token validator: clockToleranceSeconds must be a non-negative number");
  }
  const requiredScope = options.requiredScope ?? "access_as_user";
  if (!/^\S+$/.test(requiredScope)) {
    throw new Error("Teams token validator: requiredScope must be one scope name without spaces");
  }

  const jwksUri = new URL(
    options.jwksUri ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
  );
  // Whoever can answer the JWKS request can mint tokens we accept; plain HTTP only for local tests.
  if (jwksUri.protocol !== "https:" && !(jwksUri.protocol === "http:" && LOOPBACK_HOSTS.has(jwksUri.hostname))) {
    throw new Error("Teams token validator: jwksUri must be https (http only on loopback)");
  }

  const audiences = [options.clientId];
  if (options.appIdUri) audiences.push(options.appIdUri);

  return {
    tenantId,
    audiences,
    jwksUri,
    issuer: options.issuer ?? `https://login.microsoftonline.com/${tenantId}/v2.0`,
    clockToleranceSeconds,
    requiredScope,
  };
}
