/**
 * The offline playground (npm run playground): the committed .m365agentsplayground.yml makes the
 * playground act as Eko Kusuma, and the real Microsoft 365 Agents Playground, started the way
 * scripts/playground.ts starts it, delivers a message from Eko Kusuma to a bot on loopback.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";
import os from "node:os";
import path from "node:path";
import {
  DEFAULT_CONFIG_PATH,
  DEFAULT_PERSON_ID,
  buildConfig,
  findPerson,
  loadDirectory,
  parseArgs,
  pickColleagues,
  playgroundCommand,
  renderConfigYaml,
} from "../../scripts/playground";
import { readText } from "./checks";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createTcpServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const UTIN_ID = "694472d1-a7d3-4946-a081-37f33a087ec9";
const directory = loadDirectory("data/org-demo.json");

describe("playground config", () => {
  test("the committed .m365agentsplayground.yml is the generated config for Eko Kusuma", () => {
    const eko = findPerson(directory, DEFAULT_PERSON_ID);
    expect(path.basename(DEFAULT_CONFIG_PATH)).toBe(".m365agentsplayground.yml");
    if (readText(".m365agentsplayground.yml") !== renderConfigYaml(buildConfig(directory, eko), eko)) {
      throw new Error(".m365agentsplayground.yml is out of date with data/org-demo.json: run npm run playground -- --write-default");
    }
  });

  test("Eko Kusuma is the current user; his supervisor Utin Wijaya is the first other member", () => {
    const config = buildConfig(directory, findPerson(directory, DEFAULT_PERSON_ID));
    expect(config.currentUser).toMatchObject({
      id: "29:449ab166-8186-4856-8c52-9b4839c340b3",
      aadObjectId: "449ab166-8186-4856-8c52-9b4839c340b3",
      name: "Eko Kusuma",
      userPrincipleName: "eko.kusuma@pontianak.go.id",
    });
    expect(config.users).toHaveLength(5); // the tool's schema requires exactly 5
    expect(config.users[0]).toMatchObject({ aadObjectId: UTIN_ID, name: "Utin Wijaya" });
    const ids = [config.currentUser.id, ...config.users.map((u) => u.id)];
    expect(new Set(ids).size).toBe(6);
    const known = new Set(directory.users.map((u) => u.id));
    for (const u of config.users) expect(known).toContain(u.aadObjectId);
    expect(new Set([config.personalChat.id, config.groupChat.id, config.team.id, ...config.team.channels.map((c) => c.id)]).size).toBe(4);
  });

  test("people are found by id, UPN, UPN name or a unique part of the name", () => {
    expect(findPerson(directory, UTIN_ID).displayName).toBe("Utin Wijaya");
    expect(findPerson(directory, "utin.wijaya@pontianak.go.id").id).toBe(UTIN_ID);
    expect(findPerson(directory, "utin.wijaya").id).toBe(UTIN_ID);
    expect(findPerson(directory, "Utin").id).toBe(UTIN_ID);
    expect(() => findPerson(directory, "eko")).toThrow(/Eko Halim, Eko Kusuma, Eko Lestari/);
    expect(() => findPerson(directory, "nobody")).toThrow(/nobody in the directory/);
  });

  test("a supervisor's colleagues are their supervisor, the next level up and their team", () => {
    const utin = findPerson(directory, UTIN_ID);
    expect(pickColleagues(directory, utin).map((p) => p.displayName)).toEqual([
      "Eko Halim",
      "Felicia Wijaya",
      "Sri Simanjuntak",
      "Eko Kusuma",
      "Eko Lestari",
    ]);
  });

  test("command line options", () => {
    expect(parseArgs([], {})).toMatchObject({ browser: true, playgroundPort: 56150, botPort: 3978, orgFile: "data/org-demo.json" });
    expect(parseArgs(["--as", "utin", "--no-browser", "--port", "6000"], { PORT: "4000" })).toMatchObject({
      as: "utin",
      browser: false,
      playgroundPort: 6000,
      botPort: 4000,
    });
    expect(() => parseArgs(["--bogus"], {})).toThrow(/unknown argument/);
  });
});

describe("the Microsoft 365 Agents Playground, offline", () => {
  interface Received {
    type: string;
    channelId: string;
    text?: string;
    from: { id: string; name?: string; aadObjectId?: string };
    conversation: { id: string; conversationType?: string };
  }
  const received: Received[] = [];
  let bot: Server;
  let botPort: number;
  let playground: ChildProcess | undefined;
  let playgroundPort: number;
  let tmp: string;

  beforeAll(async () => {
    // A stand-in bot on loopback: records activities, answers 200.
    bot = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += String(d)));
      req.on("end", () => {
        if (req.method === "POST" && req.url === "/api/messages") received.push(JSON.parse(body) as Received);
        res.writeHead(200).end();
      });
    });
    botPort = await freePort();
    await new Promise<void>((resolve) => bot.listen(botPort, "127.0.0.1", resolve));

    tmp = mkdtempSync(path.join(os.tmpdir(), "playground-test-"));
    const { args, env } = playgroundCommand({
      botPort,
      playgroundPort: await freePort(),
      configPath: DEFAULT_CONFIG_PATH,
      logFile: path.join(tmp, "playground.log"),
      browser: false,
    });
    const child = spawn(process.execPath, args, { cwd: tmp, env, stdio: ["ignore", "pipe", "pipe"] });
    playground = child;
    let output = "";
    playgroundPort = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the playground did not start:\n${output}`)), 20000);
      const onData = (d: Buffer) => {
        output += String(d);
        const port = /Listening on (\d+)/.exec(output)?.[1];
        if (port) {
          clearTimeout(timer);
          resolve(Number(port));
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", (d: Buffer) => (output += String(d)));
      child.once("exit", (code) => reject(new Error(`the playground exited (${code}):\n${output}`)));
    });
  });

  afterAll(async () => {
    const child = playground;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    }
    await new Promise<void>((resolve) => bot.close(() => resolve()));
    rmSync(tmp, { recursive: true, force: true });
  });

  test("serves its web client", async () => {
    const res = await fetch(`http://127.0.0.1:${playgroundPort}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Microsoft 365 Agents Playground</title>");
  });

  test("has loaded Eko Kusuma as the current user", async () => {
    const res = await fetch(`http://127.0.0.1:${playgroundPort}/_internal/v1/config`);
    const body = (await res.json()) as { config: { currentUser: { aadObjectId: string; name: string } } };
    expect(body.config.currentUser).toMatchObject({ aadObjectId: DEFAULT_PERSON_ID, name: "Eko Kusuma" });
  });

  test("delivers a message from Eko Kusuma in his personal chat to the bot endpoint", async () => {
    const config = buildConfig(directory, findPerson(directory, DEFAULT_PERSON_ID));
    const res = await fetch(
      `http://127.0.0.1:${playgroundPort}/_conversation/v1/conversations/${encodeURIComponent(config.personalChat.id)}/messages`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ from: { id: config.currentUser.id }, text: "bantuan", textFormat: "plain" }),
      },
    );
    expect(res.status).toBe(200);
    const deadline = Date.now() + 10000;
    while (!received.some((a) => a.type === "message") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const message = received.find((a) => a.type === "message");
    expect(message).toMatchObject({
      channelId: "msteams",
      text: "bantuan",
      from: { id: "29:449ab166-8186-4856-8c52-9b4839c340b3", name: "Eko Kusuma", aadObjectId: DEFAULT_PERSON_ID },
      conversation: { id: config.personalChat.id, conversationType: "personal" },
    });
  });
});
