import { describe, expect, it } from 'vitest';
import { ChatPacer } from '../../../adapters/lark/pacer.js';

describe('per-chat pacing', () => {
  it('lets 5 messages a second through per chat and makes the sixth wait, other chats untouched', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = new ChatPacer(
      5,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 5; i++) {
      await pacer.take('oc_a');
      now += 100;
    }
    await pacer.take('oc_b');
    expect(waits).toEqual([]);
    await pacer.take('oc_a'); // the first of the five went at 0 ms, so this one waits until 1000 ms
    expect(waits).toEqual([500]);
    expect(now).toBe(1_000);
  });
});
