import { PROJECT_ROOT } from "./paths";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig, type AppConfig } from "./config";
import { createFileDirectory, OrgFileError } from "./directory";
import type { OrgDirectory } from "./domain/org";
import { startServer, type RunningServer } from "./server";
import { openTableStorage } from "./storage";
import { startAzurite, type AzuriteHandle } from "./storage/azurite";

/** Where the embedded Azurite keeps its data, so a second `npm start` finds the first one's. */
const DATA_DIR = path.join(PROJECT_ROOT, ".data", "azurite");
const AZURITE_PORT = 10002;

async function main(): Promise<void> {
  const started = performance.now();
  let azurite: AzuriteHandle | undefined;
  let server: RunningServer | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await server?.close();
    await azurite?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    const config = loadConfig();
    const directory = await loadDirectory(config);
    let connectionString = config.storageConnectionString;
    if (!connectionString) {
      fs.mkdirSync(DATA_DIR, { recursive: true });
      azurite = await startAzurite({ port: Number(process.env.AZURITE_TABLE_PORT ?? AZURITE_PORT), location: DATA_DIR });
      connectionString = azurite.connectionString;
    }
    const repositories = await openTableStorage(connectionString, config.tablePrefix);
    server = await startServer({ config, directory, repositories });
    printBanner(config, server.url, directory, azurite, performance.now() - started);
  } catch (err) {
    // Configuration and directory problems are the operator's to fix: one clear message, no stack trace.
    if (err instanceof ConfigError || err instanceof OrgFileError) console.error(err.message);
    else console.error("Kinerja ASN could not start:", err);
    await stop(1);
  }
}

async function loadDirectory(config: AppConfig): Promise<OrgDirectory> {
  if (config.orgDirectory === "graph") {
    throw new ConfigError("ORG_DIRECTORY=graph is not wired into the server yet; use ORG_DIRECTORY=file.");
  }
  return createFileDirectory(config.orgDirectoryFile);
}

function printBanner(config: AppConfig, url: string, directory: OrgDirectory, azurite: AzuriteHandle | undefined, ms: number) {
  const people = directory.listPeople().length;
  const lines = [
    `Kinerja ASN siap / ready in ${(ms / 1000).toFixed(1)} s`,
    `  Tab (local sign-in):  ${url}/`,
    `  Bot endpoint:         ${url}/api/messages`,
    `  API (OpenAPI):        ${url}/api/openapi.json`,
    `  Storage:              ${azurite ? `embedded Azurite on 127.0.0.1:${azurite.port}, data in .data/azurite` : "STORAGE_CONNECTION_STRING"}`,
    `  Directory:            ${config.orgDirectoryFile} (${people} people, ${directory.listUnits().length} units)`,
    config.localMode
      ? "  Mode:                 LOCAL (no BOT_ID: no Bot Framework tokens, loopback only, X-Dev-User sign-in enabled)"
      : `  Mode:                 production (bot ${config.botId})`,
    "  Stop with Ctrl-C.",
  ];
  console.log(lines.join("\n"));
}

void main();
