import type { Request, RequestHandler, Response } from "express";
import type { AccessAction, Subject } from "../services/policy";

/**
 * One table of API routes: express registers from it and the OpenAPI document is generated from it, so the
 * two cannot drift apart.
 */
export interface ApiRoute {
  method: "get" | "post" | "put" | "delete";
  /** Express path, e.g. /api/reports/:employeeId/:reportId/feedback. */
  path: string;
  summary: string;
  /** false: reachable without identity (only the local sign-in's list of people, in local mode). */
  authenticated: boolean;
  /**
   * Required on authenticated routes: the policy action and the subject it applies to (read from the path or
   * query; undefined means the request does not name a valid subject: 400). Without `subject` it is {kind: none}.
   */
  access?: RouteAccess;
  requestBody?: Record<string, unknown>;
  /** Media types of the request body when it is not JSON (e.g. a spreadsheet upload); default application/json. */
  requestContentTypes?: readonly string[];
  /** Parses a non-JSON body for this route only; runs after authorization, so only the allowed send big bodies. */
  bodyParser?: RequestHandler;
  response: Record<string, unknown>;
  /** Media type of a 200 that is not JSON (e.g. an .xlsx export); default application/json. */
  responseContentType?: string;
  handler: (req: Request, res: Response) => Promise<void> | void;
}

export interface RouteAccess {
  action: AccessAction;
  subject?: (req: Request) => Subject | undefined;
}

/** Subject helpers for the common shapes of paths. */
export const subjectFromParam = {
  employee:
    (name = "employeeId") =>
    (req: Request): Subject | undefined => {
      const id = req.params[name];
      return typeof id === "string" && id !== "" ? { kind: "employee", id } : undefined;
    },
  opd:
    (name = "opdId") =>
    (req: Request): Subject | undefined => {
      const id = req.params[name];
      return typeof id === "string" && id !== "" ? { kind: "opd", id } : undefined;
    },
  unit:
    (name = "unitId") =>
    (req: Request): Subject | undefined => {
      const id = req.params[name];
      return typeof id === "string" && id !== "" ? { kind: "unit", id } : undefined;
    },
};

export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
}

export function pathParameters(expressPath: string): string[] {
  return [...expressPath.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
}

/** Express 5 forwards rejected promises to the error handler; this keeps the handler signature simple. */
export function asHandler(route: ApiRoute): RequestHandler {
  return (req, res, next) => {
    Promise.resolve(route.handler(req, res)).catch(next);
  };
}
