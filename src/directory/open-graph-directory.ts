import type { TokenCredential } from "@azure/identity";
import type { DirectoryCopyStore } from "../storage/directory-copy-store";
import type { Clock } from "../services/ports";
import { DirectorySyncService } from "./directory-sync-service";
import { createGraphCredential, GraphDirectorySource, loadGraphDirectoryConfig, type GraphDirectoryConfig, type GraphSourceState, type RetryPolicy } from "./graph";

export interface OpenGraphDirectoryOptions {
  env: NodeJS.ProcessEnv;
  store: DirectoryCopyStore<GraphSourceState>;
  /** Default: from the GRAPH_* settings (client secret or managed identity); tests pass a fake. */
  credential?: TokenCredential;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
}

/**
 * ORG_DIRECTORY=graph at start: reads the GRAPH_* settings, loads the last good copy from Tables (or runs a
 * first sync when there is none) and returns the sync service whose `directory` the server serves.
 * Throws GraphConfigError for bad settings and DirectoryStartError when there is no directory to serve.
 */
export async function openGraphDirectory(options: OpenGraphDirectoryOptions): Promise<{ service: DirectorySyncService; firstSync: boolean; config: GraphDirectoryConfig }> {
  const config = loadGraphDirectoryConfig(options.env);
  const source = new GraphDirectorySource({
    credential: options.credential ?? createGraphCredential(config.credential),
    mapping: config.mapping,
    store: options.store,
    baseUrl: config.baseUrl,
    usersPageSize: config.usersPageSize,
    retry: options.retry,
  });
  const { service, firstSync } = await DirectorySyncService.open(source, options.clock);
  return { service, firstSync, config };
}
