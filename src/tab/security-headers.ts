import type { NextFunction, Request, Response } from "express";

/**
 * Hosts that may frame the tab: Teams (web, desktop), the Microsoft 365 app and Outlook, as listed by "Tab
 * requirements" in the Teams platform docs (*.cloud.microsoft is where all of them are moving). The older
 * *.skype.com entry is no longer in that list and is left out.
 */
export const TEAMS_FRAME_ANCESTORS = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://*.microsoft365.com",
];

/** Where @microsoft/teams-js loads its list of valid host origins from (validDomains.json). */
export const TEAMS_JS_CDN = "https://res.cdn.office.net";

export function securityHeaders(options: { localMode: boolean }) {
  const ancestors = options.localMode ? ["'self'", ...TEAMS_FRAME_ANCESTORS] : TEAMS_FRAME_ANCESTORS;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Scripts stay strict: only the bundled files of this origin, no inline script anywhere. Styles cannot be:
    // Fluent UI v9 (griffel) writes its atomic CSS into <style> elements at run time, which CSP counts as
    // inline. Inline styles cannot run code, so the risk accepted is limited to CSS injection.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    // teams-js fetches Microsoft's current list of valid Teams host origins from its CDN (it falls back to a
    // built-in list when refused, which goes stale).
    `connect-src 'self' ${TEAMS_JS_CDN}`,
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(" ")}`,
  ].join("; ");
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    next();
  };
}
