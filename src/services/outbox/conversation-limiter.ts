/**
 * Per-conversation limits (CONVENTIONS §3: 7 / 1 s, 8 / 2 s, 60 / 30 s, 1800 / 3600 s per bot per conversation),
 * kept in memory with a sliding log of send times. In memory is enough: a job has one item per conversation, so
 * only several jobs to the same conversation (a channel) can come near the limit, and a 429 is still honoured.
 */
export interface RateWindow {
  count: number;
  ms: number;
}

export const TEAMS_CONVERSATION_WINDOWS: readonly RateWindow[] = [
  { count: 7, ms: 1000 },
  { count: 8, ms: 2000 },
  { count: 60, ms: 30_000 },
  { count: 1800, ms: 3_600_000 },
];

/** Sends of one conversation arrive at the connector a little after we take them; keep this much apart extra. */
const ARRIVAL_MARGIN_MS = 25;

export class ConversationLimiter {
  private readonly log = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly windows: readonly RateWindow[] = TEAMS_CONVERSATION_WINDOWS) {
    this.longest = Math.max(0, ...windows.map((w) => w.ms)) + ARRIVAL_MARGIN_MS;
  }

  /** How long to wait before a send to the conversation may go (0 = now); records nothing. */
  waitMs(conversationId: string, now: number): number {
    const times = this.log.get(conversationId) ?? [];
    let until = now;
    for (const w of this.windows) {
      const inWindow = times.filter((t) => t > now - w.ms - ARRIVAL_MARGIN_MS);
      if (inWindow.length >= w.count) until = Math.max(until, inWindow[inWindow.length - w.count]! + w.ms + ARRIVAL_MARGIN_MS + 1);
    }
    return until - now;
  }

  /** Records a send now when the limits allow it; false when it must wait (see waitMs). */
  tryTake(conversationId: string, now: number): boolean {
    if (this.waitMs(conversationId, now) > 0) return false;
    const times = (this.log.get(conversationId) ?? []).filter((t) => t > now - this.longest);
    times.push(now);
    this.log.set(conversationId, times);
    if (this.log.size > 10_000) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [id, times] of this.log) if (times.every((t) => t <= now - this.longest)) this.log.delete(id);
  }
}
