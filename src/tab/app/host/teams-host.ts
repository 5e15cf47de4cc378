import { app, authentication } from "@microsoft/teams-js";

/**
 * Outside Teams app.initialize() rejects at once in a top-level page but only after 60 s inside a foreign
 * iframe; inside Teams it answers within a second or two. Waiting longer than this would only delay the
 * fallback (CONVENTIONS §4, §7).
 */
export const TEAMS_INIT_TIMEOUT_MS = 5000;

/** The tab's view of its Teams host: the context it needs and the two services it uses. */
export interface TeamsHost {
  theme: string | undefined;
  locale: string | undefined;
  /** Calls back on every theme change; Teams has no way to unregister, so call this once. */
  onThemeChange(handler: (theme: string) => void): void;
  /** The Teams SSO token for the API (Authorization: Bearer); Teams caches and renews it. */
  getToken(): Promise<string>;
  /** Tells Teams the tab has loaded (hides Teams' own loading indicator). */
  loaded(): void;
}

/** Connects to Teams, or answers undefined when the page is not running inside Teams. */
export async function connectTeams(timeoutMs: number = TEAMS_INIT_TIMEOUT_MS): Promise<TeamsHost | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([app.initialize().then(() => "ready" as const), timeout]);
    if (outcome !== "ready") return undefined;
    const context = await app.getContext();
    return {
      theme: context.app.theme,
      locale: context.app.locale,
      onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
      getToken: () => authentication.getAuthToken(),
      loaded: () => app.notifySuccess(),
    };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
