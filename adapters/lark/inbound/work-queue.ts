/**
 * Runs the app's work for interactions a few at a time, so a burst of callbacks queues here rather
 * than on the database pool, where it would hold up the replay check of every new callback.
 */
export class WorkQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrency: number) {}

  /** True when new work would have to wait for a free slot. */
  busy(): boolean {
    return this.active >= this.concurrency;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}
