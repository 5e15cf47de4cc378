import type { Person } from "../domain/org";
import type { CardJobProgress, CompetencyNotifications, QueuedCards } from "./competency-ports";

/**
 * A send repeated later (a second announce, the daily tick run again) must reach only the people not reached yet:
 * each send is a "round", one outbox job with a deterministic id (`<base>`, `<base>-r2`, `<base>-r3`, ...), and
 * the people of earlier rounds are read back from the outbox. Nothing is claimed before queueing, so a crash
 * before the job is written loses nobody (the next run queues the same round again), and two runs at once write
 * the same job id (the outbox keeps the first).
 */
export const roundJobId = (base: string, round: number) => (round === 1 ? base : `${base}-r${round}`);

type Rounds = Pick<CompetencyNotifications, "recipientsOf">;

export async function queueNewRound(
  rounds: Rounds,
  base: string,
  people: readonly Person[],
  queue: (jobId: string, fresh: readonly Person[]) => Promise<QueuedCards>,
): Promise<{ jobId?: string; queued: number }> {
  const reached = new Set<string>();
  let round = 1;
  for (let earlier = await rounds.recipientsOf(base); earlier; earlier = await rounds.recipientsOf(roundJobId(base, ++round))) {
    for (const id of earlier) reached.add(id);
  }
  const fresh = people.filter((p) => !reached.has(p.id));
  if (fresh.length > 0) return queue(roundJobId(base, round), fresh);
  if (round === 1) return { queued: 0 };
  // Nobody new: queueing the last round again only makes sure it is being sent (a crash between writing the
  // job and marking it active would otherwise leave it unsent); it sends nothing twice.
  const last = roundJobId(base, round - 1);
  await queue(last, []);
  return { jobId: last, queued: 0 };
}

/** Progress of every round of a send, in order (an empty list before the first). */
export async function roundsProgress(notifications: Pick<CompetencyNotifications, "progress">, base: string): Promise<CardJobProgress[]> {
  const out: CardJobProgress[] = [];
  for (let round = 1; ; round++) {
    const p = await notifications.progress(roundJobId(base, round));
    if (!p) return out;
    out.push(p);
  }
}
