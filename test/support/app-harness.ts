import type { TokenVerifier } from "../../src/api/identity";
import { loadConfig } from "../../src/config";
import type { DirectorySyncService } from "../../src/directory/directory-sync-service";
import { createFileDirectory } from "../../src/directory";
import type { OrgDirectory } from "../../src/domain/org";
import { startServer, type RunningServer } from "../../src/server";
import { openTableStorage, type Repositories } from "../../src/storage";
import { LoopbackConnector } from "./connector";
import { TeamsClient } from "./teams-client";
import path from "node:path";
import type { Clock } from "../../src/services/ports";
import { BackgroundTasks } from "../../src/services/background";

export const DEMO_ORG = path.resolve(__dirname, "..", "..", "data", "org-demo.json");

export interface AppHarness {
  server: RunningServer;
  connector: LoopbackConnector;
  teams: TeamsClient;
  directory: OrgDirectory;
  repositories: Repositories;
  /** Proactive sends still under way; await drain() before asserting on their effects. */
  background: BackgroundTasks;
  /** Background sends drained and every outbox job (cards to many, e.g. result cards after penetapan) sent. */
  settled(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Issue 6 options: SSO token verification and the Graph directory with its sync. */
export interface StartAppAuthOptions {
  /** Verifies bearer tokens (a jose validator against a loopback JWKS in tests). */
  tokens?: TokenVerifier;
  /** Served instead of the demo organisation. */
  directory?: OrgDirectory;
  /** ORG_DIRECTORY=graph: its directory is served and admins can sync it. */
  directorySync?: DirectorySyncService;
}

let counter = 0;

/** A unique table prefix per harness, so test files sharing one Azurite never see each other's data. */
export function uniquePrefix(name: string): string {
  return `${name.replace(/[^A-Za-z0-9]/g, "").slice(0, 8)}${process.pid}${counter++}${Date.now() % 100000}`;
}

/** Starts the real server on a free port, in local mode, on the Azurite of the jest global setup. */
export async function startApp(
  options: { clock?: Clock; env?: Record<string, string>; /** the bundled tab (scripts/bundle-tab.mjs output) */ tabAssetsDir?: string } & StartAppAuthOptions = {},
): Promise<AppHarness> {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
  const config = loadConfig({ PORT: "0", TABLE_PREFIX: uniquePrefix("e2e"), ...options.env });
  const directory = options.directorySync?.directory ?? options.directory ?? (await createFileDirectory(DEMO_ORG));
  const repositories = await openTableStorage(connectionString, config.tablePrefix);
  const connector = new LoopbackConnector();
  await connector.start();
  const background = new BackgroundTasks();
  const server = await startServer({ config, directory, repositories, clock: options.clock, background, tabAssetsDir: options.tabAssetsDir, tokens: options.tokens, directorySync: options.directorySync });
  const teams = new TeamsClient(`${server.url}/api/messages`, connector.url);
  return {
    server,
    connector,
    teams,
    directory,
    repositories,
    background,
    settled: async (timeoutMs = 20_000) => {
      const end = Date.now() + timeoutMs;
      await background.drain();
      while ((await repositories.announcements.listActiveJobs()).length > 0) {
        if (Date.now() > end) throw new Error("timed out waiting for the outbox to finish sending");
        await new Promise((r) => setTimeout(r, 50));
      }
      await background.drain();
    },
    stop: async () => {
      await server.close();
      await connector.stop();
    },
  };
}
