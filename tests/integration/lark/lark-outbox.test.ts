import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LarkChatPort } from '../../../adapters/lark/index.js';
import { ManualClock } from '../../../src/clock.js';
import { enqueue } from '../../../src/outbox/outbox.repository.js';
import type { OutboxPayload } from '../../../src/outbox/payload.js';
import { OutboxWorker } from '../../../src/outbox/worker.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

let t: TestDatabase;
let emulator: LarkApiEmulator;

const post = (chatId: string, text: string, threadOf?: string): OutboxPayload => ({
  op: 'post',
  chatId,
  ...(threadOf ? { threadOf } : {}),
  content: { message: { text, blocks: [{ type: 'text', text }] }, mentions: {} },
});

beforeAll(async () => {
  t = await createTestDatabase();
  emulator = new LarkApiEmulator({ appId: 'cli_outbox', appSecret: 'outbox-secret' });
  await emulator.start();
  emulator.addChat('oc_busy');
  emulator.addChat('oc_calm');
});
afterAll(async () => {
  await emulator.stop();
  await t.close();
});

/** A Lark port on the emulator and an outbox worker delivering through it, its clock at `at`. */
function delivery(at: string) {
  const clock = new ManualClock(at);
  const port = new LarkChatPort({
    appId: 'cli_outbox',
    appSecret: 'outbox-secret',
    domain: emulator.baseUrl,
  });
  const worker = new OutboxWorker({
    db: t.db,
    clock,
    logger: pino({ level: 'silent' }),
    ports: { lark: port },
  });
  return { clock, port, worker };
}

describe('outbox delivery to Lark', () => {
  it('waits out a chat rate limit and delivers everything exactly once, while another chat keeps receiving', async () => {
    const { clock, worker } = delivery('2026-11-23T01:00:00Z');
    const queue = async (key: string, payload: OutboxPayload) =>
      enqueue(t.db, { dedupeKey: key, platform: 'lark', payload, now: clock.now() });
    await queue('busy:root', post('oc_busy', 'busy root'));
    await queue('busy:reply', post('oc_busy', 'busy reply', 'busy:root'));
    for (let i = 0; i < 3; i++) await queue(`calm:${i}`, post('oc_calm', `calm ${i}`));
    emulator.rateLimit('oc_busy', { times: 2, resetSeconds: 30 });

    await worker.drain();
    expect(emulator.messagesIn('oc_calm').map((m) => m.content)).toHaveLength(3);
    expect(emulator.messagesIn('oc_busy')).toHaveLength(0);
    expect(worker.stats.rateLimited).toBe(1);

    clock.advance(10_000); // not yet: Lark said 30 seconds
    await worker.drain();
    expect(emulator.messagesIn('oc_busy')).toHaveLength(0);

    clock.advance(20_000);
    await worker.drain(); // the second refusal
    clock.advance(30_000);
    await worker.drain();
    clock.advance(30_000);
    await worker.drain(); // the reply waited for its root and goes now

    const busy = emulator.messagesIn('oc_busy');
    expect(busy.map((m) => JSON.parse(m.content).body.elements[0].content)).toEqual([
      'busy root',
      'busy reply',
    ]);
    expect(busy[1]?.root_id).toBe(busy[0]?.message_id);
    expect(emulator.messagesIn('oc_calm')).toHaveLength(3);
    const states = await t.db
      .selectFrom('outbox')
      .select(['dedupe_key', 'state'])
      .where('platform', '=', 'lark')
      .execute();
    expect(states.every((s) => s.state === 'sent')).toBe(true);
    expect(states).toHaveLength(5);
  });

  it('a resend after a crash between sending and recording is absorbed by Lark, not duplicated', async () => {
    const { clock, port, worker } = delivery('2026-11-23T02:00:00Z');
    const content = { message: { text: 'morning digest', blocks: [] }, mentions: {} };
    const payload: OutboxPayload = { op: 'post', chatId: 'oc_calm', content };
    // The process sent the message, then died before the outbox recorded it.
    const sent = await port.post('oc_calm', content, { dedupeKey: 'digest:crash' });
    const before = emulator.messagesIn('oc_calm').length;
    await enqueue(t.db, { dedupeKey: 'digest:crash', platform: 'lark', payload, now: clock.now() });
    await worker.drain();
    expect(emulator.messagesIn('oc_calm')).toHaveLength(before);
    const row = await t.db
      .selectFrom('outbox')
      .selectAll()
      .where('dedupe_key', '=', 'digest:crash')
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
    const posted = await t.db
      .selectFrom('posted_messages')
      .selectAll()
      .where('key', '=', 'digest:crash')
      .executeTakeFirstOrThrow();
    expect(posted.platform_message_id).toBe(sent.messageId);
  });

  it('a resend more than an hour after an attempt whose answer was lost finds the cards on Lark, none doubled', async () => {
    const { clock, worker } = delivery('2026-11-23T03:00:00Z');
    emulator.addChat('oc_late');
    const lines = Array.from({ length: 900 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
    const payload = post('oc_late', lines);
    await enqueue(t.db, { dedupeKey: 'digest:late', platform: 'lark', payload, now: clock.now() });
    // The second card arrives, but its answer is lost: the row ends uncertain.
    emulator.inject({ kind: 'answer_lost', every: 2, times: 1 });
    await worker.drain();
    emulator.faults.clear();
    const arrived = emulator.messagesIn('oc_late').length;
    expect(arrived).toBeGreaterThanOrEqual(2);
    // Ninety minutes later Lark no longer knows the uuids; the cards carry their marks.
    const later = Date.now() + 90 * 60 * 1000;
    emulator.state.now = () => later;
    try {
      clock.advance(90 * 60 * 1000);
      await worker.drain();
    } finally {
      emulator.state.now = () => Date.now();
    }
    const row = await t.db
      .selectFrom('outbox')
      .select(['state', 'progress'])
      .where('dedupe_key', '=', 'digest:late')
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
    const cards = emulator.messagesIn('oc_late');
    const texts = cards.map((m) => m.content);
    expect(new Set(texts).size).toBe(texts.length);
    // The first line is also the continuation cards' title; every other line is on one card.
    for (const i of [1, 450, 899]) expect(texts.filter((c) => c.includes(`line ${i} `))).toHaveLength(1);
    expect(cards.length).toBe(Object.keys(row.progress).length);
    expect(
      emulator.state.calls.some((c) => c.method === 'GET' && c.path === '/open-apis/im/v1/messages'),
    ).toBe(true);
  });

  it('a spreadsheet shared more than an hour before its retry is found in the thread by its name, not shared again', async () => {
    const { clock, worker } = delivery('2026-11-23T06:00:00Z');
    emulator.addChat('oc_files');
    await enqueue(t.db, {
      dedupeKey: 'list:files',
      platform: 'lark',
      payload: post('oc_files', 'overdue list'),
      now: clock.now(),
    });
    await worker.drain();
    const file = {
      name: 'overdue-east-2026-11-23.xlsx',
      title: 'Overdue list east 2026-11-23',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: Buffer.from('PK spreadsheet').toString('base64'),
    };
    await enqueue(t.db, {
      dedupeKey: 'list:files:xlsx',
      platform: 'lark',
      payload: { op: 'file', chatId: 'oc_files', threadOf: 'list:files', file },
      now: clock.now(),
    });
    // The share arrives, its answer does not: the row ends uncertain.
    emulator.inject({ kind: 'answer_lost', method: '/open-apis/im/v1/messages/*/reply', times: 1 });
    await worker.drain();
    emulator.faults.clear();
    expect(emulator.faults.struck.answer_lost).toBeGreaterThan(0);
    const later = Date.now() + 90 * 60 * 1000;
    emulator.state.now = () => later;
    try {
      clock.advance(90 * 60 * 1000);
      await worker.drain();
    } finally {
      emulator.state.now = () => Date.now();
    }
    const row = await t.db
      .selectFrom('outbox')
      .select('state')
      .where('dedupe_key', '=', 'list:files:xlsx')
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
    const shares = emulator.messagesIn('oc_files').filter((m) => m.msg_type === 'file');
    expect(shares).toHaveLength(1);
    expect(shares[0]?.root_id).toBeDefined();
  });
});
