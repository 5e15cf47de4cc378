import type { AuthenticationProvider, Context, Middleware } from "@microsoft/microsoft-graph-client";
import { AUTHORIZATION_HEADER } from "./graph-protocol";

/**
 * Adds the bearer token, but only for requests to the configured Graph origin.
 * Replaces the SDK's AuthenticationHandler, which recognises only https Graph hosts and so would send
 * no token to a loopback test server; the origin check keeps the token from ever leaving for another
 * host, whatever a nextLink says.
 */
export class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly authProvider: AuthenticationProvider,
    private readonly graphOrigin: string,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error("BearerTokenMiddleware needs a next middleware");
    const url = typeof context.request === "string" ? context.request : context.request.url;
    if (new URL(url).origin !== this.graphOrigin) {
      throw new Error(`Refusing to send the Graph token to ${new URL(url).origin} (expected ${this.graphOrigin})`);
    }
    const token = await this.authProvider.getAccessToken();
    const headers = new Headers(context.options?.headers);
    headers.set(AUTHORIZATION_HEADER, `Bearer ${token}`);
    context.options = { ...context.options, headers };
    await this.next.execute(context);
  }
}
