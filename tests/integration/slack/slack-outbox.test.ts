import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackChatPort } from '../../../adapters/slack/slack-chat-port.js';
import { type Block, XLSX_MIME } from '../../../src/chat/message.js';
import type { Rendered } from '../../../src/chat/port.js';
import { ManualClock } from '../../../src/clock.js';
import { claimDue, enqueue } from '../../../src/outbox/outbox.repository.js';
import type { OutboxPayload } from '../../../src/outbox/payload.js';
import { OutboxWorker } from '../../../src/outbox/worker.js';
import { SlackApiEmulator } from '../../fakes/slack-api/server.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

const logger = pino({ level: 'silent' });
let t: TestDatabase;
let slack: SlackApiEmulator;
let clock: ManualClock;
let port: SlackChatPort;

const say = (text: string): Rendered => ({
  message: { text, blocks: [{ type: 'text', text }] },
  mentions: {},
});
const post = (chatId: string, text: string, threadOf?: string): OutboxPayload => ({
  op: 'post',
  chatId,
  content: say(text),
  ...(threadOf ? { threadOf } : {}),
});
const queue = (dedupeKey: string, payload: OutboxPayload) =>
  enqueue(t.db, { dedupeKey, platform: 'slack', payload, now: clock.now() });
const worker = () => new OutboxWorker({ db: t.db, clock, logger, ports: { slack: port }, leaseMs: 30_000 });
const texts = (channel: string) =>
  slack.workspace.messages.filter((m) => m.channel === channel).map((m) => m.text);
const state = async (key: string) =>
  (await t.db.selectFrom('outbox').select('state').where('dedupe_key', '=', key).executeTakeFirstOrThrow())
    .state;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await slack?.close();
  slack = await SlackApiEmulator.start({ channels: ['C0BUSY', 'C0CALM'] });
  await t.db.deleteFrom('posted_messages').execute();
  await t.db.deleteFrom('outbox').execute();
  clock = new ManualClock('2026-11-23T01:00:00Z');
  port = new SlackChatPort({ token: slack.token, slackApiUrl: slack.apiUrl });
});

describe('the outbox delivering to Slack', () => {
  it('keeps delivering to a calm channel while a busy one answers 429, then delivers the rest once', async () => {
    for (let i = 0; i < 5; i++) {
      await queue(`busy-${i}`, post('C0BUSY', `busy ${i}`));
      await queue(`calm-${i}`, post('C0CALM', `calm ${i}`));
    }
    await queue('busy-reply', post('C0BUSY', 'busy reply', 'busy-0'));
    slack.rateLimit({ channel: 'C0BUSY', retryAfterSec: 30, times: 5 });
    const w = worker();
    await w.drain();
    expect(texts('C0CALM')).toEqual(['calm 0', 'calm 1', 'calm 2', 'calm 3', 'calm 4']);
    expect(texts('C0BUSY')).toEqual([]);
    expect(w.stats.rateLimited).toBe(5);

    clock.advance(10_000);
    await w.drain(); // still inside Slack's wait: nothing is tried again
    expect(slack.calls.filter((c) => c.status === 429)).toHaveLength(5);

    clock.advance(21_000);
    await w.drain();
    clock.advance(3_000); // the reply waited for its thread root
    await w.drain();
    expect(texts('C0BUSY')).toEqual(['busy 0', 'busy 1', 'busy 2', 'busy 3', 'busy 4', 'busy reply']);
    const root = slack.workspace.messages.find((m) => m.text === 'busy 0');
    expect(slack.workspace.messages.find((m) => m.text === 'busy reply')?.thread_ts).toBe(root?.ts);
    expect(texts('C0CALM')).toHaveLength(5);
    for (const key of ['busy-0', 'busy-4', 'busy-reply', 'calm-0']) expect(await state(key)).toBe('sent');
  });

  it('delivers a split morning list, its file into the thread, and later edits, through the worker', async () => {
    const list = (paid: number): Rendered => {
      const blocks: Block[] = [{ type: 'header', text: 'Overdue today' }];
      for (let i = 0; i < 80; i++)
        blocks.push({ type: 'text', text: i < paid ? `item-${i} paid` : `item-${i}` }, { type: 'divider' });
      return { message: { text: 'list', blocks }, mentions: {} };
    };
    await queue('list', { op: 'post', chatId: 'C0CALM', content: list(0) });
    await queue('list:file', {
      op: 'file',
      chatId: 'C0CALM',
      threadOf: 'list',
      comment: 'All items',
      file: {
        name: 'overdue.xlsx',
        title: 'Overdue',
        mimeType: XLSX_MIME,
        contentBase64: Buffer.from('xlsx').toString('base64'),
      },
    });
    const edit = async (content: Rendered) => {
      await enqueue(t.db, {
        dedupeKey: 'list:edit',
        platform: 'slack',
        payload: { op: 'update', chatId: 'C0CALM', messageOf: 'list', content },
        now: clock.now(),
        replace: true,
      });
      await worker().drain();
    };
    await worker().drain();
    const before = slack.workspace.messages.map((m) => m.ts);
    expect(before.length).toBeGreaterThan(3);

    await edit(list(80)); // same size: every part rewritten in place, nothing added
    const shown = () => slack.workspace.messages.map((m) => JSON.stringify(m.blocks ?? [])).join('');
    expect(slack.workspace.messages.map((m) => m.ts)).toEqual(before);
    for (let i = 0; i < 80; i++) expect(shown().split(`"item-${i} paid"`)).toHaveLength(2);

    await edit(say('all paid')); // shrinks to one message: the old parts go, the file stays
    const [root, ...rest] = slack.workspace.messages;
    expect(root?.text).toBe('all paid');
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatchObject({ thread_ts: root?.ts, files: [{ name: 'overdue.xlsx' }] });
    for (const key of ['list', 'list:file', 'list:edit']) expect(await state(key)).toBe('sent');
  });

  it('after a crash between posting and recording, finds the message on Slack instead of posting it again', async () => {
    await queue('digest:east:2026-11-23', post('C0BUSY', 'morning digest'));
    const [claimed] = await claimDue(t.db, clock.now(), 30_000, 10);
    expect(claimed).toBeDefined();
    // The dead worker had reached Slack before it could record the delivery.
    const sent = await port.post('C0BUSY', say('morning digest'), { dedupeKey: 'digest:east:2026-11-23' });
    clock.advance(31_000);
    await worker().drain();
    expect(texts('C0BUSY')).toEqual(['morning digest']);
    const posted = await t.db
      .selectFrom('posted_messages')
      .selectAll()
      .where('key', '=', 'digest:east:2026-11-23')
      .executeTakeFirstOrThrow();
    expect(posted.platform_message_id).toBe(sent.messageId);
    expect(await state('digest:east:2026-11-23')).toBe('sent');
  });

  it('after a crash in the middle of a split message, adds only the thread parts that are missing', async () => {
    const blocks: Block[] = Array.from({ length: 160 }, (_, i) => ({ type: 'text', text: `item-${i}` }));
    const content: Rendered = { message: { text: 'big list', blocks }, mentions: {} };
    await queue('big', { op: 'post', chatId: 'C0CALM', content });
    await claimDue(t.db, clock.now(), 30_000, 10);
    const sent = await port.post('C0CALM', content, { dedupeKey: 'big' });
    // The process died after the message and its first thread part: the later parts never left.
    const lost = slack.workspace.messages.filter((m) => (m.metadata?.event_payload.part as number) >= 2);
    expect(lost.length).toBeGreaterThan(0);
    slack.workspace.messages.splice(
      0,
      Infinity,
      ...slack.workspace.messages.filter((m) => !lost.includes(m)),
    );
    clock.advance(31_000);
    await worker().drain();
    const shown = slack.workspace.messages.map((m) => JSON.stringify(m.blocks ?? [])).join('');
    for (let i = 0; i < 160; i++) expect(shown.split(`"item-${i}"`)).toHaveLength(2);
    expect(slack.workspace.messages.filter((m) => !m.thread_ts)).toHaveLength(1);
    const posted = await t.db
      .selectFrom('posted_messages')
      .selectAll()
      .where('key', '=', 'big')
      .executeTakeFirstOrThrow();
    expect(posted.platform_message_id).toBe(sent.messageId);
  });

  it('a 429 halfway through a split message is retried from the part that failed', async () => {
    const blocks: Block[] = Array.from({ length: 160 }, (_, i) => ({ type: 'text', text: `item-${i}` }));
    await queue('long', {
      op: 'post',
      chatId: 'C0CALM',
      content: { message: { text: 'long', blocks }, mentions: {} },
    });
    slack.rateLimit({ channel: 'C0CALM', retryAfterSec: 5, after: 2 }); // the message and one part get through
    const w = worker();
    await w.drain();
    expect(slack.workspace.messages).toHaveLength(2);
    clock.advance(5_000);
    await w.drain();
    const shown = slack.workspace.messages.map((m) => JSON.stringify(m.blocks ?? [])).join('');
    for (let i = 0; i < 160; i++) expect(shown.split(`"item-${i}"`)).toHaveLength(2);
    expect(slack.workspace.messages.filter((m) => !m.thread_ts)).toHaveLength(1);
    expect(await state('long')).toBe('sent');
  });

  it('gives up at once on a channel Slack does not know, and retries an outage', async () => {
    await queue('flaky', post('C0CALM', 'eventually'));
    await queue('nowhere', post('C0GONE', 'lost'));
    slack.failNext('chat.postMessage', 503);
    const w = worker();
    await w.drain();
    expect(await state('nowhere')).toBe('dead');
    clock.advance(600_000);
    await w.drain();
    expect(texts('C0CALM')).toEqual(['eventually']);
    expect(w.stats.retried).toBe(1);
  });
});
