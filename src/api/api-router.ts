import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { sendError } from "./errors";
import type { AccessPolicy } from "../services/policy";
import { authorizeRoute } from "./authorize";
import { requireIdentity, type IdentityOptions } from "./identity";
import { createApiRateLimit } from "./rate-limit";
import { buildOpenApi } from "./openapi";
import { asHandler, type ApiRoute } from "./route-table";

export const API_BODY_LIMIT = "64kb";

/** Mounts every route of the table with its identity requirement, plus GET /api/openapi.json. */
export function createApiRouter(routes: readonly ApiRoute[], identity: IdentityOptions & { policy: AccessPolicy }, localMode: boolean): Router {
  const router = express.Router();
  router.use(express.json({ limit: API_BODY_LIMIT }));
  const openapiRoute: ApiRoute = {
    method: "get",
    path: "/api/openapi.json",
    summary: "This OpenAPI document (public: it describes the API, it holds no data)",
    authenticated: false,
    response: { type: "object" },
    handler: (_req, res) => void res.json(openapi),
  };
  const all = [openapiRoute, ...routes];
  const openapi = buildOpenApi(all, localMode);
  const authenticate = requireIdentity(identity);
  const limit = createApiRateLimit(identity.rateLimitPerMinute);
  for (const route of all) {
    const parse = route.bodyParser ? [route.bodyParser] : [];
    const handlers = route.authenticated ? [authenticate, limit, authorizeRoute(route, identity.policy), ...parse, asHandler(route)] : [limit, ...parse, asHandler(route)];
    router[route.method](route.path, ...handlers);
  }
  router.use("/api", (_req, res) => sendError(res, 404, "not_found", "error.notFound"));
  router.use(apiErrorHandler);
  return router;
}

/** Malformed JSON and oversized bodies are the client's fault (4xx); anything else is logged without contents. */
function apiErrorHandler(err: unknown, _req: Request, res: Response, _next: NextFunction) {
  const status = typeof err === "object" && err !== null ? (err as { status?: number }).status : undefined;
  if (status === 413) return sendError(res, 413, "too_large", "error.bodyTooLarge", { max: API_BODY_LIMIT });
  if (status && status >= 400 && status < 500) return sendError(res, status, "bad_request", "error.badRequest");
  console.error("api error:", err instanceof Error ? err.name + ": " + err.message : "unknown");
  sendError(res, 500, "internal", "error.internal");
}
