import { FakeGraphCredential, FakeGraphServer, type FakeGraphServerOptions } from "../../../bench/support/fake-graph-server";
import { GraphDirectorySource, type GraphOrgMapping, type GraphSourceState, type RetryPolicy } from "../../../src/directory/graph";
import { MemoryDirectoryCopyStore, type DirectoryCopyStore } from "../../../src/storage/directory-copy-store";

export interface Harness {
  server: FakeGraphServer;
  source: GraphDirectorySource;
  store: DirectoryCopyStore<GraphSourceState>;
  credential: FakeGraphCredential;
  /** Every wait the retry policy asked for, in ms; nothing really sleeps. */
  waits: number[];
}

/**
 * A fake Graph server and a source pointed at it. Retry waits are recorded instead of slept, and the
 * jitter is fixed at one half, so tests can assert the exact backoff.
 */
export async function startHarness(options: {
  server: FakeGraphServerOptions;
  mapping: GraphOrgMapping;
  usersPageSize?: number;
  retry?: Partial<RetryPolicy>;
  store?: DirectoryCopyStore<GraphSourceState>;
}): Promise<Harness> {
  const server = await FakeGraphServer.start(options.server);
  const credential = new FakeGraphCredential();
  const waits: number[] = [];
  const store = options.store ?? new MemoryDirectoryCopyStore<GraphSourceState>();
  const source = new GraphDirectorySource({
    credential,
    mapping: options.mapping,
    store,
    baseUrl: server.baseUrl,
    usersPageSize: options.usersPageSize,
    retry: {
      baseDelayMs: 100,
      random: () => 0.5,
      sleep: async (ms) => {
        waits.push(ms);
      },
      ...options.retry,
    },
  });
  return { server, source, store, credential, waits };
}

/** Request paths (without the host) the fake server received, in order. */
export const paths = (server: FakeGraphServer): string[] => server.requests.map((r) => r.url);
