import fc from "fast-check";
import { ConversationLimiter } from "../../src/services/outbox/conversation-limiter";
import { backoffMs, classifyConnectorAnswer, decideRetry, parseRetryAfter } from "../../src/services/outbox/retry-policy";
import { paceFor } from "../../src/services/outbox/slot-pacer";
import { maxPerSecond } from "./support/outbox-harness";

const policy = { maxTransientAttempts: 4, maxThrottledAttempts: 6, baseDelayMs: 100, maxDelayMs: 1000 };

describe("outbox policies", () => {
  test("connector answers: 2xx sent, 429 throttled with its Retry-After, 403 blocked and 404 permanent, 5xx transient", () => {
    expect(classifyConnectorAnswer(201, undefined, undefined)).toEqual({ kind: "sent" });
    expect(classifyConnectorAnswer(429, undefined, 2000)).toMatchObject({ kind: "throttled", retryAfterMs: 2000 });
    expect(classifyConnectorAnswer(403, "MessageWritesBlocked", undefined)).toMatchObject({ kind: "permanent", reason: "MessageWritesBlocked" });
    expect(classifyConnectorAnswer(404, "ConversationNotFound", undefined)).toMatchObject({ kind: "permanent", reason: "conversation_not_found" });
    for (const s of [500, 502, 503, 504, 412]) expect(classifyConnectorAnswer(s, undefined, undefined).kind).toBe("transient");
    expect(classifyConnectorAnswer(400, "BadArgument", undefined)).toMatchObject({ kind: "permanent", reason: "http_400:BadArgument" });
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });

  test("retries: Retry-After wins, backoff doubles with jitter up to the cap, attempts run out, permanent never retried", () => {
    expect(decideRetry({ kind: "throttled", retryAfterMs: 7000, reason: "http_429" }, 1, policy)).toEqual({ retry: true, delayMs: 7000 });
    expect([1, 2, 3, 4, 5, 9].map((a) => backoffMs(a, policy, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([1, 2, 3].map((a) => backoffMs(a, policy, () => 0))).toEqual([50, 100, 200]);
    expect(decideRetry({ kind: "transient", reason: "http_500" }, 4, policy)).toEqual({ retry: false, reason: "gave_up:http_500" });
    expect(decideRetry({ kind: "throttled", reason: "http_429" }, 5, policy)).toMatchObject({ retry: true });
    expect(decideRetry({ kind: "permanent", reason: "MessageWritesBlocked" }, 1, policy)).toEqual({ retry: false, reason: "MessageWritesBlocked" });
  });

  test("per-conversation windows: 7 in a second, then wait; other conversations unaffected", () => {
    const limiter = new ConversationLimiter([{ count: 7, ms: 1000 }, { count: 8, ms: 2000 }]);
    for (let i = 0; i < 7; i++) expect(limiter.tryTake("c1", 1000 + i)).toBe(true);
    expect(limiter.tryTake("c1", 1010)).toBe(false);
    expect(limiter.waitMs("c1", 1010)).toBeGreaterThanOrEqual(990);
    expect(limiter.tryTake("c2", 1010)).toBe(true);
    expect(limiter.tryTake("c1", 1000 + limiter.waitMs("c1", 1000) + 1)).toBe(true); // 8th, a second later
    expect(limiter.tryTake("c1", 2100)).toBe(false); // 8 in 2 s
  });

  test("slots spaced by paceFor and used up to the tolerance late never put more than the rate in a second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 50, maxLength: 400 }), (rate, lateness) => {
        const { intervalMs, toleranceMs } = paceFor(rate);
        const sends = lateness.map((l, i) => i * intervalMs + l * toleranceMs);
        return maxPerSecond(sends) <= rate;
      }),
    );
    expect(1000 / paceFor(50).intervalMs).toBeGreaterThan(47); // ≥ 95 % of the allowed rate
  });
});
