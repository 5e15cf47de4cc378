import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { JSONWebKeySet } from "jose";

/** A JWKS endpoint on loopback that stands in for login.microsoftonline.com in tests and the bench. */
export interface LocalJwksServer {
  /** Serves the key set (200, JSON). */
  keysUrl: string;
  /** Always answers 500, to exercise `keys_unavailable`. */
  brokenUrl: string;
  /** How many times `keysUrl` was fetched; the caching test asserts on it. */
  keyFetches(): number;
  close(): Promise<void>;
}

export async function startLocalJwksServer(jwks: JSONWebKeySet): Promise<LocalJwksServer> {
  let fetches = 0;
  const body = JSON.stringify(jwks);
  const server = createServer((req, res) => {
    if (req.url === "/keys") {
      fetches += 1;
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    } else {
      res.writeHead(500).end();
    }
  });
  // Port 0: the OS picks a free port, so parallel jest workers never collide.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    keysUrl: `${base}/keys`,
    brokenUrl: `${base}/broken`,
    keyFetches: () => fetches,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // jose's fetch uses Node's keep-alive agent; drop those sockets or close() waits for them.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
