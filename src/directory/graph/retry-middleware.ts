import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { RETRY_AFTER_HEADER } from "./graph-protocol";

/**
 * Retries throttled (429) and transient server (500/502/503/504) answers, and network failures.
 * Our own middleware rather than the SDK's RetryHandler: that one does not retry 500/502, sleeps in
 * real seconds only, and cannot count attempts, while the sync report must say how many requests and
 * retries a run cost and tests must not wait real seconds.
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

export interface RetryPolicy {
  /** Attempts per request, the first one included. */
  maxAttempts: number;
  /** First backoff step when the answer has no Retry-After; doubles per attempt (full jitter). */
  baseDelayMs: number;
  /** Cap for a backoff step. */
  maxBackoffMs: number;
  /** Cap for a Retry-After wait: a misbehaving header must not stall the sync for hours. */
  maxRetryAfterMs: number;
  /** Multiplies Retry-After waits: 1 in production; tests and benches may shrink real seconds. */
  retryAfterScale: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxBackoffMs: 30_000,
  maxRetryAfterMs: 60_000,
  retryAfterScale: 1,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Counters one sync run reports: every HTTP attempt is a request, every repeated attempt a retry. */
export interface TransportStats {
  requests: number;
  retries: number;
}

export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly stats: TransportStats,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error("RetryMiddleware needs a next middleware");
    for (let attempt = 1; ; attempt++) {
      this.stats.requests++;
      let failure: unknown;
      try {
        await this.next.execute(context);
      } catch (err) {
        failure = err;
      }
      const response = context.response;
      const retryable = failure !== undefined || (response !== undefined && RETRYABLE_STATUSES.has(response.status));
      if (!retryable || attempt >= this.policy.maxAttempts) {
        if (failure !== undefined) throw failure;
        return;
      }
      const waitMs = this.delayFor(attempt, failure === undefined ? response : undefined);
      // The body of an answer we drop must be consumed, or the connection stays busy.
      await response?.body?.cancel().catch(() => undefined);
      context.response = undefined;
      this.stats.retries++;
      await this.policy.sleep(waitMs);
    }
  }

  private delayFor(attempt: number, response: Response | undefined): number {
    const retryAfterMs = response ? parseRetryAfterMs(response.headers.get(RETRY_AFTER_HEADER), Date.now()) : undefined;
    if (retryAfterMs !== undefined) {
      return Math.min(retryAfterMs, this.policy.maxRetryAfterMs) * this.policy.retryAfterScale;
    }
    const step = Math.min(this.policy.maxBackoffMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.policy.random() * step);
  }
}

/** Retry-After is either delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
export function parseRetryAfterMs(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
