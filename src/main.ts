import { PROJECT_ROOT } from "./paths";
import fs from "node:fs";
import path from "node:path";
import { ssoVerifierForStart } from "./auth/sso-verifier";
import { ConfigError, loadConfig, type AppConfig } from "./config";
import { createFileDirectory, OrgFileError } from "./directory";
import { DirectoryStartError, type DirectorySyncService } from "./directory/directory-sync-service";
import { GraphConfigError, startDirectorySync, type GraphSourceState, type SyncResult } from "./directory/graph";
import { openGraphDirectory } from "./directory/open-graph-directory";
import type { OrgDirectory } from "./domain/org";
import { seedDemoIndicatorsAtStart } from "./import/demo-indicators";
import { startServer, type RunningServer } from "./server";
import { openDirectoryCopyStore, openTableStorage, tableTargetFromConfig, type TableTarget } from "./storage";
import { startAzurite, type AzuriteHandle } from "./storage/azurite";

/** Where the embedded Azurite keeps its data, so a second `npm start` finds the first one's. */
const DATA_DIR = path.join(PROJECT_ROOT, ".data", "azurite");
const AZURITE_PORT = 10002;
/** How often the reminder scheduler looks at the clock; the claims in storage keep it to one card a day. */
const SCHEDULE_TICK_MS = 10 * 60_000;

/** What the banner says about the directory. */
interface DirectorySetup {
  directory: OrgDirectory;
  sync?: DirectorySyncService;
  syncIntervalMs?: number;
  description: string;
}

async function main(): Promise<void> {
  const started = performance.now();
  let azurite: AzuriteHandle | undefined;
  let server: RunningServer | undefined;
  let stopSync: (() => void) | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    stopSync?.();
    await server?.close();
    await azurite?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    const config = loadConfig();
    const tokens = ssoVerifierForStart(config);
    // The file directory is checked before anything starts, so a broken file fails fast.
    const fileDirectory = config.orgDirectory === "file" ? await createFileDirectory(config.orgDirectoryFile) : undefined;
    let target = tableTargetFromConfig(config);
    if (!target) {
      fs.mkdirSync(DATA_DIR, { recursive: true });
      azurite = await startAzurite({ port: Number(process.env.AZURITE_TABLE_PORT ?? AZURITE_PORT), location: DATA_DIR });
      target = azurite.connectionString;
    }
    const repositories = await openTableStorage(target, config.tablePrefix);
    const setup = fileDirectory
      ? { directory: fileDirectory, description: config.orgDirectoryFile }
      : await openGraph(config, target);
    if (fileDirectory) {
      await seedDemoIndicatorsAtStart({ orgDirectoryFile: config.orgDirectoryFile, indicators: repositories.indicators, directory: fileDirectory, now: new Date() });
    }
    server = await startServer({ config, directory: setup.directory, repositories, tokens, directorySync: setup.sync });
    if (setup.sync) {
      const sync = setup.sync;
      stopSync = startDirectorySync({ sync: () => sync.syncNow(), intervalMs: setup.syncIntervalMs, onResult: logSyncResult });
    }
    // Reminders (evaluation, coaching follow-ups, workshops, JP) send only on WIB working days from their hour,
    // once per person per day; each task claims its sends in storage, so a frequent timer is safe.
    for (const task of server.scheduled) {
      const run = () => void task.run().catch((err: unknown) => console.error(`${task.name} failed:`, err instanceof Error ? err.message : "unknown error"));
      setInterval(run, SCHEDULE_TICK_MS).unref();
      run();
    }
    printBanner(config, server.url, setup, azurite, performance.now() - started);
  } catch (err) {
    // Configuration and directory problems are the operator's to fix: one clear message, no stack trace.
    if (err instanceof ConfigError || err instanceof OrgFileError || err instanceof GraphConfigError || err instanceof DirectoryStartError) {
      console.error(err.message);
    } else console.error("Kinerja ASN could not start:", err instanceof Error ? `${err.name}: ${err.message}` : "unknown error");
    await stop(1);
  }
}

/** ORG_DIRECTORY=graph: the last good copy from Tables, or a first sync that must succeed before serving. */
async function openGraph(config: AppConfig, target: TableTarget): Promise<DirectorySetup> {
  const store = await openDirectoryCopyStore<GraphSourceState>(target, config.tablePrefix);
  console.log("Direktori / directory: Microsoft Graph, loading the last good copy from Azure Tables…");
  const { service, firstSync, config: graph } = await openGraphDirectory({ env: process.env, store });
  const status = service.status();
  const source = firstSync
    ? "no stored copy, so a first full sync ran before serving"
    : `last good copy saved ${status.inUse.savedAt ?? "?"}`;
  const every = `${Math.round(graph.syncIntervalMs / 60_000)} min`;
  return { directory: service.directory, sync: service, syncIntervalMs: graph.syncIntervalMs, description: `Microsoft Graph (${source}; delta sync every ${every}; admins: POST /api/admin/directory/sync)` };
}

/** Counts and the reason only: problem details name users and may quote their NIP. */
function logSyncResult(result: SyncResult): void {
  if (result.status === "ok") {
    console.log(`Directory sync ok (${result.mode}): ${result.org.people.length} people, ${result.report.problems.length} reported problems`);
  } else {
    console.error(`Directory sync failed (${result.mode}); the last good copy stays in use: ${result.reason}`);
  }
}

function printBanner(config: AppConfig, url: string, setup: DirectorySetup, azurite: AzuriteHandle | undefined, ms: number) {
  const { directory } = setup;
  const lines = [
    `Kinerja ASN siap / ready in ${(ms / 1000).toFixed(1)} s`,
    `  Tab:                  ${url}/ (${config.localMode ? "local sign-in" : "Teams SSO"})`,
    `  Bot endpoint:         ${url}/api/messages`,
    `  API (OpenAPI):        ${url}/api/openapi.json`,
    `  Storage:              ${storageLine(config, azurite)}`,
    `  Directory:            ${setup.description} (${directory.listPeople().length} people, ${directory.listUnits().length} units)`,
    config.localMode
      ? "  Mode:                 LOCAL (no BOT_ID: no Bot Framework tokens, loopback only, X-Dev-User sign-in enabled)"
      : `  Mode:                 production (bot ${config.botId}, ${config.botType}; tab SSO for ${config.aadAppClientId})`,
    "  Stop with Ctrl-C.",
  ];
  console.log(lines.join("\n"));
}

function storageLine(config: AppConfig, azurite: AzuriteHandle | undefined): string {
  if (azurite) return `embedded Azurite on 127.0.0.1:${azurite.port}, data in .data/azurite`;
  if (config.storageTableUrl) return `${config.storageTableUrl} (managed identity${config.azureClientId ? ` ${config.azureClientId}` : ""})`;
  return "STORAGE_CONNECTION_STRING";
}

void main();
