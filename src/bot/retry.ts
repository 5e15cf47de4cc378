/** Retries a Bot Connector call on 429 (honouring Retry-After), 412, 502, 503 and 504, with capped backoff. */
const RETRYABLE = new Set([412, 429, 502, 503, 504]);

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const status = errorStatus(err);
      if (attempt >= attempts || status === undefined || !RETRYABLE.has(status)) throw err;
      const retryAfter = retryAfterMs(err);
      const backoff = Math.min(max, base * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      await new Promise((r) => setTimeout(r, Math.min(max, retryAfter ?? backoff)));
    }
  }
}

interface HttpErrorLike {
  statusCode?: number;
  code?: string;
  response?: { headers?: { get?(name: string): string | undefined | null } };
  body?: { error?: { code?: string } };
}

export function errorStatus(err: unknown): number | undefined {
  return typeof err === "object" && err !== null ? (err as HttpErrorLike).statusCode : undefined;
}

export function errorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as HttpErrorLike;
  return e.body?.error?.code ?? e.code;
}

function retryAfterMs(err: unknown): number | undefined {
  const header = (err as HttpErrorLike).response?.headers?.get?.("retry-after");
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
