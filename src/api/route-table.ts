import type { Request, RequestHandler, Response } from "express";

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
  requestBody?: Record<string, unknown>;
  response: Record<string, unknown>;
  handler: (req: Request, res: Response) => Promise<void> | void;
}

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
