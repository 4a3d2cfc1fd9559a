import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError, RateLimitError } from '../../../src/chat/errors.js';
import { ManualClock } from '../../../src/clock.js';
import { claimDue, enqueue } from '../../../src/outbox/outbox.repository.js';
import type { OutboxPayload } from '../../../src/outbox/payload.js';
import { OutboxWorker } from '../../../src/outbox/worker.js';
import { RecordingChatPort } from '../../fakes/recording-chat-port.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

const logger = pino({ level: 'silent' });
let t: TestDatabase;
let clock: ManualClock;
let port: RecordingChatPort;

const text = (s: string) => ({ message: { text: s, blocks: [] }, mentions: {} });
const post = (chatId: string, s: string): OutboxPayload => ({ op: 'post', chatId, content: text(s) });
const worker = () => new OutboxWorker({ db: t.db, clock, logger, ports: { sandbox: port }, leaseMs: 30_000 });

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.deleteFrom('posted_messages').execute();
  await t.db.deleteFrom('outbox').execute();
  clock = new ManualClock('2026-11-23T01:00:00Z');
  port = new RecordingChatPort();
});

describe('outbox delivery', () => {
  it('delivers a message once even when it is queued twice', async () => {
    for (let i = 0; i < 2; i++)
      await enqueue(t.db, {
        dedupeKey: 'overdue:team-1:2026-11-23',
        platform: 'sandbox',
        payload: post('east', 'list'),
        now: clock.now(),
      });
    await worker().drain();
    await worker().drain();
    expect(port.withKey('overdue:team-1:2026-11-23')).toHaveLength(1);
  });

  it('re-sends a message whose worker died after claiming it, once the lease runs out', async () => {
    await enqueue(t.db, {
      dedupeKey: 'k1',
      platform: 'sandbox',
      payload: post('east', 'hello'),
      now: clock.now(),
    });
    await claimDue(t.db, clock.now(), 30_000, 10); // a worker claims it, then the process dies
    await worker().drain();
    expect(port.sent).toHaveLength(0); // still leased to the dead worker
    clock.advance(31_000);
    await worker().drain();
    await worker().drain();
    expect(port.withKey('k1')).toHaveLength(1);
  });

  it('does not send again when the worker died after sending but before recording it', async () => {
    await enqueue(t.db, {
      dedupeKey: 'k2',
      platform: 'sandbox',
      payload: post('east', 'hello'),
      now: clock.now(),
    });
    port.hangAfterNextSend = true;
    void worker().drain(); // sends, then never records: the process is gone
    await new Promise((r) => setTimeout(r, 200));
    clock.advance(31_000);
    await worker().drain();
    expect(port.withKey('k2')).toHaveLength(1);
    const row = await t.db
      .selectFrom('outbox')
      .selectAll()
      .where('dedupe_key', '=', 'k2')
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
  });

  it('waits as long as the platform asks when rate limited, and delivers once', async () => {
    await enqueue(t.db, {
      dedupeKey: 'k3',
      platform: 'sandbox',
      payload: post('east', 'hello'),
      now: clock.now(),
    });
    port.failures.push(new RateLimitError(20_000));
    const w = worker();
    await w.drain();
    expect(port.sent).toHaveLength(0);
    clock.advance(10_000);
    await w.drain();
    expect(port.sent).toHaveLength(0);
    clock.advance(10_000);
    await w.drain();
    expect(port.withKey('k3')).toHaveLength(1);
    expect(w.stats.rateLimited).toBe(1);
  });

  it('retries server errors with growing pauses, and gives up at once on permanent errors', async () => {
    await enqueue(t.db, {
      dedupeKey: 'flaky',
      platform: 'sandbox',
      payload: post('east', 'a'),
      now: clock.now(),
    });
    port.failures.push(new DeliveryError('http_503', true), new DeliveryError('http_502', true));
    const w = worker();
    for (let i = 0; i < 5; i++) {
      await w.drain();
      clock.advance(10_000);
    }
    expect(port.withKey('flaky')).toHaveLength(1);
    expect(w.stats.retried).toBe(2);

    await enqueue(t.db, {
      dedupeKey: 'bad',
      platform: 'sandbox',
      payload: post('nowhere', 'b'),
      now: clock.now(),
    });
    port.failures.push(new DeliveryError('channel_not_found', false));
    await w.drain();
    clock.advance(600_000);
    await w.drain();
    const row = await t.db
      .selectFrom('outbox')
      .selectAll()
      .where('dedupe_key', '=', 'bad')
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('dead');
    expect(row.last_error).toContain('channel_not_found');
  });

  it('edits a message only after it was posted, and always with the newest content', async () => {
    await enqueue(t.db, {
      dedupeKey: 'list',
      platform: 'sandbox',
      payload: post('east', 'v0'),
      now: clock.now(),
    });
    port.failures.push(new RateLimitError(5_000)); // the post itself is held back
    const w = worker();
    await w.drain();
    for (const v of ['v1', 'v2']) {
      await enqueue(t.db, {
        dedupeKey: 'list#edit',
        platform: 'sandbox',
        payload: { op: 'update', chatId: 'east', messageOf: 'list', content: text(v) },
        now: clock.now(),
        replace: true,
      });
    }
    await w.drain();
    expect(port.sent).toHaveLength(0);
    clock.advance(5_000);
    await w.drain();
    clock.advance(2_000);
    await w.drain();
    expect(port.sent.map((s) => `${s.op}:${s.content?.message.text}`)).toEqual(['post:v0', 'update:v2']);
    expect(port.sent[1]?.threadId).toBe(port.sent[0]?.id);
  });

  it('lets several workers share the queue without sending anything twice', async () => {
    for (let i = 0; i < 60; i++)
      await enqueue(t.db, {
        dedupeKey: `bulk-${i}`,
        platform: 'sandbox',
        payload: post('east', `m${i}`),
        now: clock.now(),
      });
    await Promise.all([worker().drain(), worker().drain(), worker().drain()]);
    const keys = port.sent.map((s) => s.dedupeKey);
    expect(keys).toHaveLength(60);
    expect(new Set(keys).size).toBe(60);
  });
});
