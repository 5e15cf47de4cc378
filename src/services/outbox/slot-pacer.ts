/**
 * Takes send slots from the tenant-wide gate for one worker process. Slots are reserved a few at a time (about
 * a tenth of a second's worth) to keep storage traffic low, and a slot the worker reaches late by more than a
 * tolerance is dropped instead of used, so sends never bunch up. See `paceFor` for why that keeps the limit.
 */
import type { TenantRateGate } from "./ports";

export interface Pace {
  /** Distance between two tenant-wide send slots. */
  intervalMs: number;
  /** How late a slot may still be used. */
  toleranceMs: number;
}

/**
 * Slot spacing for `ratePerSecond`. A send happens within `toleranceMs` after its slot, so the sends inside any
 * 1-second window come from slots inside a (1000 + tolerance) ms span; spacing the slots (1000 + tolerance) /
 * rate apart puts at most `rate` of them there. The tolerance absorbs timer and event-loop jitter (50 ms:
 * a busy process wakes that late; it costs ≤ 5 % of the rate).
 */
export function paceFor(ratePerSecond: number): Pace {
  const toleranceMs = 50;
  // A microsecond more per slot, so rounding never puts two sends exactly 1 s apart into one window.
  return { intervalMs: (1000 + toleranceMs) / ratePerSecond + 0.001, toleranceMs };
}

export class SlotPacer {
  private slots: number[] = [];
  private pending?: Promise<void>;
  private readonly batch: number;
  /** Slots dropped because this worker reached them late (capacity given up to keep the limit). */
  dropped = 0;

  constructor(
    private readonly gate: TenantRateGate,
    private readonly pace: Pace,
    ratePerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.batch = Math.max(1, Math.round(ratePerSecond / 10));
  }

  /** Resolves at this worker's next slot; the caller sends right away. */
  async next(): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.slots.length > 0 && this.slots[0]! < now - this.pace.toleranceMs) {
        this.slots.shift();
        this.dropped++;
      }
      const slot = this.slots.shift();
      if (slot !== undefined) {
        if (slot > now) await sleep(slot - now);
        // Late after the sleep too (timers are not exact under load): drop it and take another.
        if (this.now() - slot > this.pace.toleranceMs) {
          this.dropped++;
          continue;
        }
        return;
      }
      // One reservation at a time per process; concurrent callers wait for it and share its slots.
      this.pending ??= this.gate.reserve(this.batch, now).then(
        (s) => {
          this.slots.push(...s);
          this.slots.sort((a, b) => a - b);
        },
      ).finally(() => (this.pending = undefined));
      await this.pending;
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));
