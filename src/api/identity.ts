import type { NextFunction, Request, Response } from "express";
import { extractBearerToken } from "../auth/bearer";
import type { Person } from "../domain/org";
import type { Authority } from "../services/authority";
import { sendError } from "./errors";

export const DEV_USER_HEADER = "x-dev-user";

/** Turns a bearer token into a directory id (oid); implemented with jose for Teams SSO tokens. */
export interface TokenVerifier {
  verify(token: string): Promise<{ oid: string } | { error: "invalid" | "unavailable" }>;
}

export interface IdentityOptions {
  authority: Authority;
  /** Local mode only: the tab's local sign-in sends the chosen person's id in X-Dev-User. */
  allowDevHeader: boolean;
  tokens?: TokenVerifier;
  /** API requests per minute per identified person (per IP on routes without identity); default 300. */
  rateLimitPerMinute?: number;
}

declare module "express-serve-static-core" {
  interface Request {
    actor?: Person;
  }
}

/**
 * Every API route needs an identity: a valid Teams SSO token mapped to a person in the directory, or, in local
 * mode only, the X-Dev-User header. Anything else is 401 with no data.
 */
export function requireIdentity(options: IdentityOptions) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const actorId = await resolveActorId(req, options);
    // The key endpoint is down (our outage, not a bad token): 503, so clients retry instead of signing out.
    if (actorId === "unavailable") return sendError(res, 503, "auth_unavailable", "error.authUnavailable");
    const actor = options.authority.person(actorId);
    if (!actor) return sendError(res, 401, "unauthenticated", "error.unauthenticated");
    req.actor = actor;
    next();
  };
}

async function resolveActorId(req: Request, options: IdentityOptions): Promise<string | undefined> {
  const token = extractBearerToken(req.headers.authorization);
  if (token && options.tokens) {
    const result = await options.tokens.verify(token);
    if ("oid" in result) return result.oid;
    return result.error === "unavailable" ? "unavailable" : undefined;
  }
  if (options.allowDevHeader) {
    const dev = req.headers[DEV_USER_HEADER];
    return typeof dev === "string" ? dev : undefined;
  }
  return undefined;
}
