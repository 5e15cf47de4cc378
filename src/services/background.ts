/**
 * Work that need not hold up the person's answer (proactive cards after a submit). Tracked, so shutdown can wait
 * for it and tests can await it; a failure is logged by kind only, never with contents.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  run(name: string, task: () => Promise<unknown>): void {
    const p = task().then(
      () => undefined,
      (err: unknown) => console.error(`background task ${name} failed:`, err instanceof Error ? err.name : "unknown"),
    );
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
