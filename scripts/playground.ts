/**
 * `npm run playground`: the Microsoft 365 Agents Playground (npm @microsoft/teams-app-test-tool, a
 * Teams-like web client that runs offline) against the local bot at http://127.0.0.1:3978/api/messages.
 *
 *   npm run playground                      # as Eko Kusuma (Pelaksana, BKPSDM; supervisor Utin Wijaya)
 *   npm run playground -- --as utin         # as another person of the demo organisation (name, UPN or id)
 *   npm run playground -- --list            # the people you can be
 *   npm run playground -- --no-browser      # do not open a browser (the URL is printed)
 *   npm run playground -- --port 56150      # the playground's port (default 56150 or TEAMSAPPTESTER_PORT)
 *   npm run playground -- --write-default   # rewrite .m365agentsplayground.yml (Eko Kusuma) and stop
 *   PLAYGROUND_BOT_ENTRY=other.ts npm run playground   # start another entry file instead of src/main.ts
 *
 * If nothing answers GET http://127.0.0.1:$PORT/healthz, the bot is started here in local mode
 * (`node --import tsx src/main.ts` with BOT_ID/BOT_PASSWORD empty and ORG_DIRECTORY=file) and the
 * playground starts once /healthz answers 200. Ctrl-C stops both (a bot that was already running is
 * left alone).
 *
 * The playground's mock tenant (who "I" am, the other chat/team members) comes from a config file:
 * `.m365agentsplayground.yml` at the root (committed, Eko Kusuma), or for `--as` a file generated under
 * .data/playground/. People come from the same directory file the bot reads (ORG_DIRECTORY_FILE, default
 * data/org-demo.json), so the playground user's aadObjectId is a person the bot knows.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** The config file name the playground reads from its working directory (0.2.28: also a legacy name). */
export const CONFIG_FILE_NAME = ".m365agentsplayground.yml";
export const DEFAULT_CONFIG_PATH = path.join(ROOT, CONFIG_FILE_NAME);
/** Eko Kusuma: Pelaksana, Bidang Penilaian Kinerja dan Penghargaan (BKPSDM); supervisor Utin Wijaya. */
export const DEFAULT_PERSON_ID = "449ab166-8186-4856-8c52-9b4839c340b3";
/** The mock tenant and bot of the playground (not real Entra ids). */
export const PLAYGROUND_TENANT_ID = "00000000-0000-0000-0000-000000000001";
export const PLAYGROUND_BOT_ID = "00000000-0000-0000-0000-000000000011";
const DEFAULT_ORG_FILE = "data/org-demo.json";
const DEFAULT_BOT_PORT = 3978;
const DEFAULT_PLAYGROUND_PORT = 56150;
const HEALTH_TIMEOUT_MS = 90_000;

// ---------------------------------------------------------------------------------------------------
// The demo organisation and the playground config

/** The fields of a person in the directory file that the playground needs. */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  userPrincipalName: string;
  jobTitle?: string;
  jabatanType?: string;
  unitId: string;
  managerId: string | null;
}

export interface DirectoryFile {
  units: Array<{ id: string; name: string; parentId: string | null }>;
  users: DirectoryPerson[];
}

export function loadDirectory(file: string): DirectoryFile {
  const parsed = JSON.parse(readFileSync(path.resolve(ROOT, file), "utf8")) as Partial<DirectoryFile>;
  if (!Array.isArray(parsed.users) || !Array.isArray(parsed.units)) {
    throw new Error(`${file} has no "users" and "units" arrays`);
  }
  return { units: parsed.units, users: parsed.users };
}

/** Finds one person by object id, UPN (or its part before @) or a unique part of the display name. */
export function findPerson(directory: DirectoryFile, query: string): DirectoryPerson {
  const q = query.trim().toLowerCase();
  const exact = directory.users.find(
    (u) => u.id.toLowerCase() === q || u.userPrincipalName.toLowerCase() === q || u.userPrincipalName.toLowerCase().split("@")[0] === q,
  );
  if (exact) return exact;
  const byName = directory.users.filter((u) => u.displayName.toLowerCase().includes(q));
  if (byName.length === 1) return byName[0]!;
  if (byName.length === 0) throw new Error(`nobody in the directory matches "${query}" (try --list)`);
  throw new Error(`"${query}" matches ${byName.map((u) => u.displayName).join(", ")}: be more specific`);
}

/** One user as the playground's config schema (0.1.1) wants it ("userPrincipleName" is its spelling). */
export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export interface PlaygroundConfig {
  version: "0.1.1";
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  /** Exactly 5 other users (the tool's schema requires 5); they are members of the group chat and team. */
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: Array<{ id: string; name: string }> };
}

function toPlaygroundUser(p: DirectoryPerson): PlaygroundUser {
  const parts = p.displayName.trim().split(/\s+/);
  const surname = parts.length > 1 ? parts.pop()! : "";
  return {
    // A Teams channel account id looks like "29:<opaque>"; the bot must key people by aadObjectId.
    id: `29:${p.id}`,
    name: p.displayName,
    userPrincipleName: p.userPrincipalName,
    aadObjectId: p.id,
    givenName: parts.join(" "),
    surname,
    email: p.userPrincipalName,
  };
}

/**
 * The 5 other members of the mock tenant, most relevant first: the supervisor, the supervisor's
 * supervisor, direct reports, peers (same supervisor), people of the same unit, then anyone.
 */
export function pickColleagues(directory: DirectoryFile, me: DirectoryPerson, count = 5): DirectoryPerson[] {
  const byId = new Map(directory.users.map((u) => [u.id, u]));
  const manager = me.managerId ? byId.get(me.managerId) : undefined;
  const candidates: Array<DirectoryPerson | undefined> = [
    manager,
    manager?.managerId ? byId.get(manager.managerId) : undefined,
    ...directory.users.filter((u) => u.managerId === me.id),
    ...directory.users.filter((u) => me.managerId !== null && u.managerId === me.managerId),
    ...directory.users.filter((u) => u.unitId === me.unitId),
    ...directory.users,
  ];
  const picked: DirectoryPerson[] = [];
  for (const c of candidates) {
    if (c && c.id !== me.id && !picked.some((p) => p.id === c.id)) picked.push(c);
    if (picked.length === count) break;
  }
  if (picked.length < count) throw new Error(`the directory needs at least ${count + 1} people`);
  return picked;
}

export function buildConfig(directory: DirectoryFile, me: DirectoryPerson): PlaygroundConfig {
  const unit = directory.units.find((u) => u.id === me.unitId);
  const unitName = unit?.name ?? me.unitId;
  return {
    version: "0.1.1",
    tenantId: PLAYGROUND_TENANT_ID,
    bot: { id: PLAYGROUND_BOT_ID, name: "Kinerja ASN" },
    currentUser: toPlaygroundUser(me),
    users: pickColleagues(directory, me).map(toPlaygroundUser),
    // Stable per person, so conversation references stored by the bot stay valid between runs.
    personalChat: { id: `a:playground-personal-${me.id}` },
    groupChat: { id: `19:playground-group-${me.unitId}@thread.v2`, name: `Grup ${unitName}`.slice(0, 256) },
    team: {
      id: `19:playground-team-${me.unitId}@thread.tacv2`,
      name: unitName.slice(0, 256),
      aadGroupId: "00000000-0000-0000-0000-000000000031",
      channels: [{ id: `19:playground-channel-${me.unitId}@thread.tacv2`, name: "Kinerja" }],
    },
  };
}

/** YAML for the config. Every scalar is a JSON string, which YAML reads as a double-quoted scalar. */
export function renderConfigYaml(config: PlaygroundConfig, person: DirectoryPerson): string {
  const s = (v: string) => JSON.stringify(v);
  const user = (u: PlaygroundUser, indent: string, first: string) =>
    [
      `${first}id: ${s(u.id)}`,
      `${indent}name: ${s(u.name)}`,
      `${indent}userPrincipleName: ${s(u.userPrincipleName)}`,
      `${indent}aadObjectId: ${s(u.aadObjectId)}`,
      `${indent}givenName: ${s(u.givenName)}`,
      `${indent}surname: ${s(u.surname)}`,
      `${indent}email: ${s(u.email)}`,
    ].join("\n");
  return [
    "# yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json",
    "# Microsoft 365 Agents Playground (npm run playground): the mock tenant the playground simulates.",
    `# Generated by scripts/playground.ts from ${DEFAULT_ORG_FILE}: you act as ${person.displayName}`,
    `# (${[person.jabatanType, person.jobTitle].filter(Boolean).join(", ")}). Do not edit by hand; to be someone else run`,
    "#   npm run playground -- --as <name|upn|id>      (npm run playground -- --list shows who)",
    `version: ${s(config.version)}`,
    `tenantId: ${s(config.tenantId)}`,
    "bot:",
    `  id: ${s(config.bot.id)}`,
    `  name: ${s(config.bot.name)}`,
    "currentUser:",
    user(config.currentUser, "  ", "  "),
    "users:",
    ...config.users.map((u) => user(u, "    ", "  - ")),
    "personalChat:",
    `  id: ${s(config.personalChat.id)}`,
    "groupChat:",
    `  id: ${s(config.groupChat.id)}`,
    `  name: ${s(config.groupChat.name)}`,
    "team:",
    `  id: ${s(config.team.id)}`,
    `  name: ${s(config.team.name)}`,
    `  aadGroupId: ${s(config.team.aadGroupId)}`,
    "  channels:",
    ...config.team.channels.map((c) => `    - id: ${s(c.id)}\n      name: ${s(c.name)}`),
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------------
// Command line

interface Options {
  as?: string;
  list: boolean;
  browser: boolean;
  writeDefault: boolean;
  playgroundPort: number;
  botPort: number;
  orgFile: string;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Options {
  const options: Options = {
    list: false,
    browser: true,
    writeDefault: false,
    playgroundPort: Number(env.TEAMSAPPTESTER_PORT) || DEFAULT_PLAYGROUND_PORT,
    botPort: Number(env.PORT) || DEFAULT_BOT_PORT,
    orgFile: env.ORG_DIRECTORY_FILE || DEFAULT_ORG_FILE,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--as") options.as = value();
    else if (arg.startsWith("--as=")) options.as = arg.slice(5);
    else if (arg === "--list") options.list = true;
    else if (arg === "--no-browser") options.browser = false;
    else if (arg === "--write-default") options.writeDefault = true;
    else if (arg === "--port") options.playgroundPort = Number(value());
    else if (arg === "--help" || arg === "-h") {
      console.log(readFileSync(__filename, "utf8").split("*/")[0]!.replace(/^\/\*\*|^ \* ?/gm, ""));
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  if (!Number.isInteger(options.playgroundPort) || options.playgroundPort <= 0) throw new Error("--port needs a port number");
  return options;
}

async function healthStatus(port: number): Promise<number | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1500) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return undefined; // nothing listening (or not answering)
  }
}

function startBot(options: Options): ChildProcess {
  const env = {
    ...process.env,
    PORT: String(options.botPort),
    // Local mode: no Bot Framework tokens (the playground sends none), loopback only.
    BOT_ID: "",
    BOT_PASSWORD: "",
    // The playground's people are those of the directory file.
    ORG_DIRECTORY: "file",
    ORG_DIRECTORY_FILE: options.orgFile,
  };
  const entry = process.env.PLAYGROUND_BOT_ENTRY || "src/main.ts";
  console.log(`[playground] starting the bot: node --import tsx ${entry} (PORT=${options.botPort}, local mode)`);
  // Started by node itself (tsx as a loader, not through npx): the PID held is the server's.
  return spawn(process.execPath, ["--import", "tsx", entry], { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
}

async function waitForHealth(port: number, bot: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (bot.exitCode !== null || bot.signalCode !== null) {
      throw new Error(`the bot exited (${bot.exitCode ?? bot.signalCode}) before GET /healthz answered`);
    }
    if ((await healthStatus(port)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`GET http://127.0.0.1:${port}/healthz did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

export interface PlaygroundLaunch {
  botPort: number;
  playgroundPort: number;
  configPath: string;
  logFile: string;
  browser: boolean;
}

/** The command line and environment that start the playground (node + its cli.js, no npx). */
export function playgroundCommand(launch: PlaygroundLaunch, baseEnv: NodeJS.ProcessEnv = process.env): { args: string[]; env: NodeJS.ProcessEnv } {
  const cli = require.resolve("@microsoft/teams-app-test-tool/cli.js", { paths: [ROOT] });
  const args = [
    cli,
    "start",
    "--app-endpoint",
    `http://127.0.0.1:${launch.botPort}/api/messages`,
    "--channel-id",
    "msteams",
    "--port",
    String(launch.playgroundPort),
    "--disable-telemetry",
  ];
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    // Read instead of ./.m365agentsplayground.yml in the working directory.
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: launch.configPath,
    // Its log would otherwise go to ./devTools/ in the working directory.
    M365_AGENTS_PLAYGROUND_LOGFILE: launch.logFile,
  };
  if (!launch.browser) env.TEAMSAPPTESTER_BROWSER = "none";
  return { args, env };
}

function startPlayground(options: Options, configPath: string, person: DirectoryPerson): ChildProcess {
  const logDir = path.join(ROOT, ".data", "playground");
  mkdirSync(logDir, { recursive: true });
  const { args, env } = playgroundCommand({
    botPort: options.botPort,
    playgroundPort: options.playgroundPort,
    configPath,
    logFile: path.join(logDir, "m365agentsplayground.log"),
    browser: options.browser,
  });
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
  let announced = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    const port = /Listening on (\d+)/.exec(String(chunk))?.[1];
    if (port && !announced) {
      announced = true;
      console.log(
        `\n[playground] http://localhost:${port}  (you are ${person.displayName}, ${person.id})\n` +
          `[playground] bot: http://127.0.0.1:${options.botPort}/api/messages. Ctrl-C stops.\n`,
      );
    }
  });
  return child;
}

function stop(child: ChildProcess | undefined, name: string): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      console.log(`[playground] ${name} did not stop, killing it`);
      child.kill("SIGKILL");
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The children this process started; Ctrl-C and failures stop exactly these. */
const children: { bot?: ChildProcess; playground?: ChildProcess } = {};
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await Promise.all([stop(children.playground, "the playground"), stop(children.bot, "the bot")]);
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2), process.env);
  const directory = loadDirectory(options.orgFile);

  if (options.list) {
    for (const u of directory.users) {
      const mark = u.id === DEFAULT_PERSON_ID ? "*" : " ";
      console.log(`${mark} ${u.displayName.padEnd(20)} ${(u.jabatanType ?? "").padEnd(14)} ${u.unitId.padEnd(15)} ${u.id}`);
    }
    console.log("\n* default. Use: npm run playground -- --as <name|upn|id>");
    return;
  }

  const person = findPerson(directory, options.as ?? DEFAULT_PERSON_ID);
  const yaml = renderConfigYaml(buildConfig(directory, person), person);
  if (options.writeDefault) {
    writeFileSync(DEFAULT_CONFIG_PATH, yaml);
    console.log(`wrote ${DEFAULT_CONFIG_PATH} (${person.displayName})`);
    return;
  }
  let configPath = DEFAULT_CONFIG_PATH;
  let committed: string | undefined;
  try {
    committed = readFileSync(DEFAULT_CONFIG_PATH, "utf8");
  } catch {
    committed = undefined;
  }
  if (committed !== yaml) {
    // Another person, or another directory file: a generated config under .data/ (gitignored).
    configPath = path.join(ROOT, ".data", "playground", `config-${person.id}.yml`);
    mkdirSync(path.dirname(configPath), { recursive: true });
    writeFileSync(configPath, yaml);
  }
  console.log(`[playground] acting as ${person.displayName} (${person.id}); config ${path.relative(ROOT, configPath)}`);

  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const status = await healthStatus(options.botPort);
  if (status === 200) {
    console.log(
      `[playground] a bot already answers on port ${options.botPort}; using it. It must run in local mode ` +
        "(BOT_ID empty) with ORG_DIRECTORY=file for the playground's people to be known.",
    );
  } else if (status !== undefined) {
    throw new Error(`port ${options.botPort} answers GET /healthz with ${status}: something else is running there`);
  } else {
    const bot = startBot(options);
    children.bot = bot;
    bot.once("exit", (code, signal) => {
      if (!stopping) {
        console.error(`[playground] the bot exited (${code ?? signal}); stopping`);
        void shutdown(1);
      }
    });
    await waitForHealth(options.botPort, bot);
    console.log(`[playground] bot is up on port ${options.botPort}`);
  }

  const playground = startPlayground(options, configPath, person);
  children.playground = playground;
  playground.once("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[playground] the playground exited (${code ?? signal}); stopping`);
      void shutdown(code ?? 1);
    }
  });
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`[playground] ${err instanceof Error ? err.message : String(err)}`);
    void shutdown(1);
  });
}
