/**
 * Runs at most `limit` pieces of work at once. When more arrive than it can run, the newest
 * waiting one goes next: Slack opens a modal only within three seconds of the click, so after a
 * burst the fresh clicks still get their form while older ones (whose window has passed anyway)
 * are answered once the burst is over — instead of every click sharing the database and all
 * finishing too late.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.pop()?.();
    }
  }
}
