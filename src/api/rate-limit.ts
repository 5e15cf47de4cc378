import type { Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { sendError } from "./errors";

export const DEFAULT_API_RATE_LIMIT_PER_MINUTE = 300;
const WINDOW_MS = 60_000;

/**
 * Per-person rate limit of the tab's API (issue 6 hardening). Placed after requireIdentity, it counts per
 * directory person, so colleagues behind one NAT do not share a budget; on routes without identity it counts
 * per client IP. Over the limit: 429 in our error format, with Retry-After (seconds to the window's end).
 * The counters live in this process's memory: with several instances each enforces its own share.
 */
export function createApiRateLimit(perMinute: number = DEFAULT_API_RATE_LIMIT_PER_MINUTE): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    // draft-8 RateLimit headers; with standard headers on, the library also sets Retry-After on a 429.
    standardHeaders: "draft-8",
    legacyHeaders: false,
    // Behind App Service's front end every request has X-Forwarded-For; only the two routes without
    // identity are keyed by IP, so a shared front-end address there is acceptable and not worth a warning.
    validate: { xForwardedForHeader: false },
    keyGenerator: (req: Request) => (req.actor ? `person:${req.actor.id}` : `ip:${ipKeyGenerator(req.ip ?? "")}`),
    handler: (req: Request, res: Response) => {
      const seconds = Number(res.getHeader("Retry-After")) || Math.ceil(WINDOW_MS / 1000);
      sendError(res, 429, "rate_limited", "error.rateLimited", { seconds });
    },
  });
}
