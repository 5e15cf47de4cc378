import type { NextFunction, Request, Response } from "express";
import { deniedMessageKey, type AccessPolicy } from "../services/policy";
import { sendError } from "./errors";
import type { ApiRoute } from "./route-table";

/**
 * Applies the route's policy action to the identified actor. Runs after requireIdentity, so `req.actor` is a
 * person of the directory; a request naming no valid subject is a 400, a refusal is a 403 without data.
 */
export function authorizeRoute(route: ApiRoute, policy: AccessPolicy) {
  const access = route.access;
  if (!access) throw new Error(`route ${route.method.toUpperCase()} ${route.path} is authenticated but declares no access rule`);
  return async (req: Request, res: Response, next: NextFunction) => {
    const subject = access.subject ? access.subject(req) : { kind: "none" as const };
    if (!subject) return sendError(res, 400, "bad_request", "error.badRequest");
    if (!(await policy.allows(req.actor!, access.action, subject))) return sendError(res, 403, "forbidden", deniedMessageKey(access.action));
    next();
  };
}
