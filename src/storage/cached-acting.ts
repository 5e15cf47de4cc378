import type { ActingAssignment, ActingRepository } from "../services/ports";

/**
 * Plt/Plh assignments are few (dozens city-wide) and read on every approval and feedback: keep the list of each
 * supervisor in memory for a short TTL. A write through this instance is visible at once; one made on another
 * instance within the TTL.
 */
export class CachedActingRepository implements ActingRepository {
  private readonly cache = new Map<string, { value: ActingAssignment[]; until: number }>();

  constructor(
    private readonly inner: ActingRepository,
    private readonly ttlMs = 30_000,
  ) {}

  async add(a: ActingAssignment): Promise<void> {
    await this.inner.add(a);
    this.cache.delete(a.supervisorId);
  }

  async listForSupervisor(supervisorId: string): Promise<ActingAssignment[]> {
    const hit = this.cache.get(supervisorId);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await this.inner.listForSupervisor(supervisorId);
    this.cache.set(supervisorId, { value, until: Date.now() + this.ttlMs });
    return value;
  }
}
