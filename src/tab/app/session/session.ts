import { ApiClient } from "../api/client";
import type { ApiError, Me, PersonView } from "../api/types";
import type { TeamsHost } from "../host/teams-host";
import { clearLocalUser, DEV_USER_HEADER, readLocalUser } from "./local-user";

export type Session =
  | { state: "starting" }
  | { state: "signedIn"; mode: "teams" | "local"; api: ApiClient; me: Me }
  | { state: "chooseLocalPerson"; people: PersonView[] }
  | { state: "openInTeams" }
  | { state: "failed"; error: ApiError };

/**
 * Who is using the tab. In Teams: the SSO token. Outside Teams: the local sign-in, which exists only when the
 * server runs in local mode (GET /api/dev/people answers); otherwise the tab says to open it in Teams.
 */
export async function startSession(host: TeamsHost | undefined): Promise<Session> {
  if (host) {
    const api = new ApiClient(async () => ({ Authorization: `Bearer ${await host.getToken()}` }));
    return signIn(api, "teams");
  }
  const localUser = readLocalUser();
  if (localUser) {
    const session = await signIn(localClient(localUser), "local");
    if (session.state === "signedIn") return session;
    clearLocalUser(); // a person who left the directory, or a server no longer in local mode
  }
  const people = await new ApiClient(async () => ({})).devPeople();
  if (people.ok) return { state: "chooseLocalPerson", people: people.data };
  return people.status === 404 ? { state: "openInTeams" } : { state: "failed", error: people.error };
}

function localClient(personId: string): ApiClient {
  return new ApiClient(async () => ({ [DEV_USER_HEADER]: personId }));
}

async function signIn(api: ApiClient, mode: "teams" | "local"): Promise<Session> {
  const me = await api.me();
  return me.ok ? { state: "signedIn", mode, api, me: me.data } : { state: "failed", error: me.error };
}
