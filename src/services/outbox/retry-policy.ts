/** How the outbox answers each connector outcome (CONVENTIONS §3): Retry-After, backoff with jitter, permanent. */
import type { SendOutcome } from "./model";

export const MESSAGE_WRITES_BLOCKED = "MessageWritesBlocked";

export interface RetryPolicy {
  /** Attempts for 5xx/network errors before the item is failed. */
  maxTransientAttempts: number;
  /** Attempts when throttled (429); higher, since throttling says nothing about the recipient. */
  maxThrottledAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxTransientAttempts: 6, maxThrottledAttempts: 12, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** Exponential backoff with "equal jitter": half fixed, half random, capped; spreads retries of many workers. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (random() * exp) / 2);
}

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

/** After attempt number `attempt` (1-based) ended with `outcome` (not sent): retry when, or give up. */
export function decideRetry(outcome: Exclude<SendOutcome, { kind: "sent" }>, attempt: number, policy: RetryPolicy, random?: () => number): RetryDecision {
  switch (outcome.kind) {
    case "permanent":
      return { retry: false, reason: outcome.reason };
    case "throttled":
      if (attempt >= policy.maxThrottledAttempts) return { retry: false, reason: `gave_up:${outcome.reason}` };
      return { retry: true, delayMs: outcome.retryAfterMs ?? backoffMs(attempt, policy, random) };
    case "transient":
      if (attempt >= policy.maxTransientAttempts) return { retry: false, reason: `gave_up:${outcome.reason}` };
      return { retry: true, delayMs: backoffMs(attempt, policy, random) };
  }
}

/** Retry-After as seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Classifies a Bot Connector HTTP answer; for send ports that talk HTTP. */
export function classifyConnectorAnswer(status: number, errorCode: string | undefined, retryAfterMs: number | undefined): SendOutcome {
  if (status >= 200 && status < 300) return { kind: "sent" };
  if (status === 429) return { kind: "throttled", retryAfterMs, reason: "http_429" };
  if (status === 403 && errorCode === MESSAGE_WRITES_BLOCKED) return { kind: "permanent", reason: MESSAGE_WRITES_BLOCKED };
  if (status === 404) return { kind: "permanent", reason: "conversation_not_found" };
  if (status === 412 || status === 408 || status >= 500) return { kind: "transient", reason: `http_${status}` };
  return { kind: "permanent", reason: `http_${status}${errorCode ? `:${errorCode}` : ""}` };
}
