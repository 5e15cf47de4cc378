import path from "node:path";
import { createFileDirectory } from "../../src/directory";
import type { Person } from "../../src/domain/org";
import { startApp, type AppHarness } from "../support/app-harness";
import { cardOf } from "../support/connector";
import { asUser, personalConversationId } from "../support/teams-client";

export { api, approvedSkp, ratingBody, PERIOD } from "../evaluation/eval-support";

/** The evaluation org plus two Pengelola Kompetensi at BKPSDM: Putri Permata (organiser) and Yusuf Hakim. */
export const COMPETENCY_ORG = path.resolve(__dirname, "org-competency.json");

/** A clock the test moves: starts on Tuesday 31 March 2026, 10:00 WIB (the March period is open). */
export function movableClock(start = "2026-03-31T03:00:00Z") {
  let now = new Date(start);
  return { now: () => now, set: (iso: string) => void (now = new Date(iso)) };
}

export async function startCompetencyApp(clock: { now: () => Date }): Promise<AppHarness> {
  return startApp({ clock, directory: await createFileDirectory(COMPETENCY_ORG) });
}

export function people(app: AppHarness) {
  const byName = (name: string): Person => {
    const p = app.directory.listPeople().find((x) => x.displayName === name);
    if (!p) throw new Error(`${name} is not in the competency org`);
    return p;
  };
  return {
    admin: byName("Wulan Sari"),
    kadis: byName("Rudi Hartono"),
    dewi: byName("Dewi Anggraini"),
    andi: byName("Andi Pratama"),
    bella: byName("Bella Safitri"),
    citra: byName("Citra Lestari"),
    dedi: byName("Dedi Kurniawan"),
    putri: byName("Putri Permata"),
    yusuf: byName("Yusuf Hakim"),
    byName,
  };
}

export const cardsTo = (app: AppHarness, p: Person) =>
  app.connector
    .to(personalConversationId(asUser(p)))
    .filter((c) => c.method === "POST")
    .map((c) => cardOf(c.activity))
    .filter((c): c is Record<string, unknown> => c !== undefined);

export async function execute(app: AppHarness, p: Person, verb: string, data: Record<string, unknown>) {
  return (await app.teams.execute(asUser(p), verb, data)).body as { statusCode: number; type: string; value: any };
}

/** A workshop body as the tab sends it (WIB wall-clock times). */
export function workshop(overrides: Record<string, unknown> = {}) {
  return {
    title: "Workshop Pelayanan Publik yang Prima",
    type: "seminar-workshop",
    jp: 4,
    start: "2026-04-14T09:00",
    end: "2026-04-14T12:00",
    place: "Aula BKPSDM Kota Pontianak",
    capacity: 1,
    addresses: ["Berorientasi Pelayanan"],
    ...overrides,
  };
}

/** Waits until the outbox has sent everything queued (no active job left): cards to many go out asynchronously. */
export async function outboxIdle(app: AppHarness, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while ((await app.repositories.announcements.listActiveJobs()).length > 0) {
    if (Date.now() > end) throw new Error("timed out waiting for the outbox to finish sending");
    await new Promise((r) => setTimeout(r, 100));
  }
}
