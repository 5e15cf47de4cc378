/**
 * Time from `npm start` to ready: the embedded Azurite (data under .data/), tables, directory, server, until
 * /healthz answers. Measured cold (new data folder) and warm (a second start on the same data).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "../src/storage/azurite";
import { waitForHealth } from "./support/server-process";

const ROOT = path.resolve(__dirname, "..");

export async function benchStartup(): Promise<{ firstStartMs: number; secondStartMs: number; azuriteStopped: boolean }> {
  const first = await timeStart();
  const second = await timeStart();
  return { firstStartMs: first.ms, secondStartMs: second.ms, azuriteStopped: first.azuriteStopped && second.azuriteStopped };
}

/** Ctrl-C in a terminal signals the whole process group, as done here. */
async function timeStart(): Promise<{ ms: number; azuriteStopped: boolean }> {
  const port = await freePort();
  const azuritePort = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), AZURITE_TABLE_PORT: String(azuritePort) };
  delete env.STORAGE_CONNECTION_STRING;
  const t0 = performance.now();
  const child = spawn("npm", ["start", "--silent"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  await waitForHealth(`http://127.0.0.1:${port}`, child, () => output);
  const ms = performance.now() - t0;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    process.kill(-child.pid!, "SIGINT");
  });
  return { ms, azuriteStopped: await portIsClosed(azuritePort) };
}

async function portIsClosed(port: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(200) });
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
