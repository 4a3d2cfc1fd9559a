import { describe, expect, it } from 'vitest';
import { InFlight } from '../../../adapters/slack/in-flight.js';
import { WorkQueue } from '../../../adapters/slack/work-queue.js';

/** A piece of work that finishes when the test says so. */
function gate() {
  let open = () => {};
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { done, open };
}

describe('the queue of acknowledged interactions', () => {
  it('runs at most its limit at once, and after a burst the newest waiting click goes first', async () => {
    const queue = new WorkQueue(2);
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof gate>>();
    const runs = ['a', 'b', 'c', 'd', 'e'].map((id) => {
      const g = gate();
      gates.set(id, g);
      return queue.run(async () => {
        started.push(id);
        await g.done;
      });
    });
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    gates.get('a')?.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'e']);
    for (const g of gates.values()) g.open();
    await Promise.all(runs);
    expect(started).toEqual(['a', 'b', 'e', 'd', 'c']);
  });

  it('lets stopping wait for what is still being answered', async () => {
    const inFlight = new InFlight();
    const g = gate();
    let finished = false;
    const work = inFlight.run(async () => {
      await g.done;
      finished = true;
    });
    const idle = inFlight.idle().then(() => finished);
    g.open();
    await work;
    expect(await idle).toBe(true);
    await expect(inFlight.idle()).resolves.toBeUndefined();
  });
});
