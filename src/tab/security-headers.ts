import type { NextFunction, Request, Response } from "express";

/** Teams hosts that may frame the tab (web, desktop and the Microsoft 365 app). */
export const TEAMS_FRAME_ANCESTORS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://*.microsoft365.com",
];

export function securityHeaders(options: { localMode: boolean }) {
  const ancestors = options.localMode ? ["'self'", ...TEAMS_FRAME_ANCESTORS] : TEAMS_FRAME_ANCESTORS;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "connect-src 'self'",
    `frame-ancestors ${ancestors.join(" ")}`,
  ].join("; ");
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    next();
  };
}
