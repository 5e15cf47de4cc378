import { GraphError } from "@microsoft/microsoft-graph-client";
import { ODATA_DELTA_LINK, ODATA_NEXT_LINK, type GraphPage } from "./graph-protocol";
import type { GraphSession } from "./graph-session";

/** A Graph read that failed for good (after retries): says which collection and page, and the status. */
export class GraphReadError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = "GraphReadError";
  }
}

export interface PagedReadResult {
  /** The last page's deltaLink, when the collection is a delta function. */
  deltaLink: string | undefined;
}

/**
 * Reads a collection page by page, following `@odata.nextLink` until none is left.
 * Graph's links are absolute; they are turned back into paths under the session's base URL (the SDK
 * only parses https links, and a link to any other host is refused rather than followed).
 */
export async function readAllPages(
  session: GraphSession,
  what: string,
  firstPath: string,
  onPage: (items: unknown[]) => void,
): Promise<PagedReadResult> {
  let path: string | undefined = firstPath;
  let pageNo = 0;
  let deltaLink: string | undefined;
  while (path !== undefined) {
    pageNo++;
    const page: GraphPage<unknown> = await getPage(session, what, pageNo, path);
    onPage(page.value);
    const next: string | undefined = page[ODATA_NEXT_LINK];
    deltaLink = page[ODATA_DELTA_LINK];
    path = next === undefined ? undefined : toSessionPath(session, next);
  }
  return { deltaLink };
}

async function getPage(session: GraphSession, what: string, pageNo: number, path: string): Promise<GraphPage<unknown>> {
  let body: unknown;
  try {
    body = await session.client.api(path).get();
  } catch (err) {
    const status = err instanceof GraphError && err.statusCode > 0 ? err.statusCode : undefined;
    const code = err instanceof GraphError ? err.code ?? undefined : undefined;
    const detail = err instanceof Error ? err.message : String(err);
    const statusText = status === undefined ? "no answer" : `HTTP ${status}`;
    throw new GraphReadError(`Graph ${what}, page ${pageNo}: ${statusText} (${detail})`, status, code);
  }
  if (!isPage(body)) throw new GraphReadError(`Graph ${what}, page ${pageNo}: the answer has no "value" array`, undefined, undefined);
  return body as GraphPage<unknown>;
}

function isPage(body: unknown): boolean {
  return typeof body === "object" && body !== null && Array.isArray((body as { value?: unknown }).value);
}

/** An absolute Graph link (nextLink, deltaLink) as a path the session's client can request. */
export function toSessionPath(session: Pick<GraphSession, "baseUrl" | "version">, link: string): string {
  const prefix = `${session.baseUrl}/${session.version}/`;
  if (!link.startsWith(prefix)) {
    throw new GraphReadError(`Graph link ${link} does not point under ${prefix}; refusing to follow it`, undefined, undefined);
  }
  return `/${link.slice(prefix.length)}`;
}
