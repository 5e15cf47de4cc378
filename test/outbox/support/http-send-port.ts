import type { OutboxItem } from "../../../src/services/outbox/model";
import type { SendPort } from "../../../src/services/outbox/ports";
import { classifyConnectorAnswer, parseRetryAfter } from "../../../src/services/outbox/retry-policy";

/** A send port speaking the Bot Connector REST protocol with fetch (the app's port will be the ProactiveNotifier). */
export function httpSendPort(baseUrl: string, timeoutMs = 10_000): SendPort {
  return async (item: OutboxItem) => {
    const res = await fetch(`${baseUrl}/v3/conversations/${encodeURIComponent(item.conversationId)}/activities`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ type: "message", text: "pengumuman", recipient: item.recipientId }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    } catch {
      code = undefined;
    }
    const outcome = classifyConnectorAnswer(res.status, code, parseRetryAfter(res.headers.get("retry-after"), Date.now()));
    if (outcome.kind === "sent") return { kind: "sent", activityId: (JSON.parse(text) as { id?: string }).id };
    return outcome;
  };
}
