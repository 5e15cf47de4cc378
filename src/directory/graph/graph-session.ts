import type { TokenCredential } from "@azure/identity";
import { Client, HTTPMessageHandler } from "@microsoft/microsoft-graph-client";
import { TokenCredentialAuthenticationProvider } from "@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials";
import { BearerTokenMiddleware } from "./bearer-token-middleware";
import { GRAPH_API_VERSION, GRAPH_DEFAULT_SCOPE } from "./graph-protocol";
import { RetryMiddleware, type RetryPolicy, type TransportStats } from "./retry-middleware";

/** One sync run's connection to Graph and its counters. */
export interface GraphSession {
  client: Client;
  /** Base URL without a trailing slash, e.g. https://graph.microsoft.com. */
  baseUrl: string;
  version: string;
  stats: TransportStats;
}

export interface GraphSessionOptions {
  credential: TokenCredential;
  baseUrl: string;
  retry: RetryPolicy;
}

/**
 * Builds the Graph client with `Client.initWithMiddleware`: token -> retry -> fetch. The token is taken
 * once per logical request (the credential caches it); the retry loop only repeats the fetch.
 */
export function createGraphSession(options: GraphSessionOptions): GraphSession {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const stats: TransportStats = { requests: 0, retries: 0 };
  const authProvider = new TokenCredentialAuthenticationProvider(options.credential, { scopes: [GRAPH_DEFAULT_SCOPE] });
  const client = Client.initWithMiddleware({
    baseUrl,
    defaultVersion: GRAPH_API_VERSION,
    middleware: [
      new BearerTokenMiddleware(authProvider, new URL(baseUrl).origin),
      new RetryMiddleware(options.retry, stats),
      new HTTPMessageHandler(),
    ],
  });
  return { client, baseUrl, version: GRAPH_API_VERSION, stats };
}
