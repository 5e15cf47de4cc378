import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** Finds a free TCP port on loopback by binding to port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface AzuriteHandle {
  process: ChildProcess;
  port: number;
  connectionString: string;
  stop(): Promise<void>;
}

export const AZURITE_ACCOUNT = "devstoreaccount1";
export const AZURITE_KEY =
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export function tableConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
    `TableEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`
  );
}

/**
 * Starts the Azurite Table service by its own entry file (not npx), so the PID held is the server's.
 * `location` undefined means in-memory persistence (tests).
 */
export async function startAzurite(options: { port?: number; location?: string; host?: string } = {}): Promise<AzuriteHandle> {
  const port = options.port ?? (await freePort());
  const main = require.resolve("azurite/dist/src/table/main.js", { paths: [path.resolve(__dirname, "..", "..")] });
  const args = [main, "--tableHost", "127.0.0.1", "--tablePort", String(port), "--disableTelemetry", "--silent", "--skipApiVersionCheck"];
  args.push(...(options.location ? ["--location", options.location] : ["--inMemoryPersistence"]));
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += String(d)));
  await waitForPort(port, child, () => stderr);
  return {
    process: child,
    port,
    connectionString: tableConnectionString(port),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Azurite exited (${child.exitCode}): ${stderr()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/${AZURITE_ACCOUNT}/Tables`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`Azurite did not start on port ${port}: ${stderr()}`);
}
