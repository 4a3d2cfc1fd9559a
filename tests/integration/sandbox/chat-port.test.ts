import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SandboxChatPort } from '../../../adapters/sandbox/chat-port.js';
import type { SandboxEvent } from '../../../adapters/sandbox/events.js';
import { DeliveryError } from '../../../src/chat/errors.js';
import { XLSX_MIME } from '../../../src/chat/message.js';
import { ManualClock } from '../../../src/clock.js';
import { claimDue, enqueue } from '../../../src/outbox/outbox.repository.js';
import { OutboxWorker } from '../../../src/outbox/worker.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { logger, sampleList } from './harness.js';

let t: TestDatabase;
let clock: ManualClock;
let port: SandboxChatPort;
let events: SandboxEvent[];

const text = (s: string) => ({
  message: { text: s, blocks: [{ type: 'text' as const, text: s }] },
  mentions: {},
});
const rows = () => t.db.withTables<{ sandbox_messages: { id: number; dedupe_key: string | null } }>();

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.db.deleteFrom('posted_messages').execute();
  await t.db.deleteFrom('outbox').execute();
  await rows().deleteFrom('sandbox_messages').execute();
  clock = new ManualClock('2026-11-23T01:00:00Z');
  port = new SandboxChatPort({ db: t.db, clock });
  events = [];
  port.events.subscribe((e) => events.push(e));
});

describe('sandbox chat port', () => {
  it('stores a posted message with its content and tells the pages', async () => {
    const sent = await port.post('east', sampleList(), { dedupeKey: 'overdue:team-1:2026-11-23' });
    expect(sent.threadId).toBe(sent.messageId);
    expect(events).toHaveLength(1);
    const event = events[0];
    expect(event?.type === 'message' && event.message).toMatchObject({
      id: sent.messageId,
      chatId: 'east',
      threadId: null,
      content: sampleList(),
      createdAt: '2026-11-23T01:00:00.000Z',
      edited: false,
    });
  });

  it('posts a message only once per dedupe key and finds it again by that key', async () => {
    const first = await port.post('east', text('list'), { dedupeKey: 'k1' });
    const again = await port.post('east', text('list'), { dedupeKey: 'k1' });
    expect(again.messageId).toBe(first.messageId);
    expect(await rows().selectFrom('sandbox_messages').select('id').execute()).toHaveLength(1);
    expect(events).toHaveLength(1);
    expect(await port.findDelivered('k1')).toEqual(first);
    expect(await port.findDelivered('never-sent')).toBeNull();
  });

  it('edits a message in place and marks it edited', async () => {
    const sent = await port.post('east', sampleList());
    clock.advance(60_000);
    await port.update('east', sent.messageId, sampleList(true));
    const last = events.at(-1);
    expect(last?.type === 'message' && last.message.edited).toBe(true);
    expect(last?.type === 'message' && last.message.content).toEqual(sampleList(true));
    await expect(port.update('south', sent.messageId, text('x'))).rejects.toBeInstanceOf(DeliveryError);
    await expect(port.update('east', '999999', text('x'))).rejects.toMatchObject({ retryable: false });
  });

  it('hangs replies off the thread root, even a reply to a reply', async () => {
    const root = await port.post('east', text('root'));
    const reply = await port.post('east', text('reply'), { threadId: root.messageId });
    const nested = await port.post('east', text('nested'), { threadId: reply.messageId });
    expect(reply.threadId).toBe(root.messageId);
    expect(nested.threadId).toBe(root.messageId);
    await expect(port.post('south', text('elsewhere'), { threadId: root.messageId })).rejects.toMatchObject({
      platformCode: 'thread_not_found',
    });
  });

  it('sends direct messages to a person and edits them by that person', async () => {
    const dm = await port.sendDirect('wang.fang@example.com', text('approve?'), { dedupeKey: 'dm1' });
    await port.update('wang.fang@example.com', dm.messageId, text('approved'));
    const last = events.at(-1);
    expect(last?.type === 'message' && last.message).toMatchObject({
      chatId: null,
      directUserId: 'wang.fang@example.com',
      edited: true,
    });
  });

  it('keeps an uploaded file once, as a message with a download block', async () => {
    const file = {
      name: '逾期清单 2026-11-23.xlsx',
      title: 'Overdue list',
      mimeType: XLSX_MIME,
      contentBase64: 'UEsDBA==',
    };
    const first = await port.uploadFile('east', file, { comment: 'Full list attached', dedupeKey: 'f1' });
    const again = await port.uploadFile('east', file, { dedupeKey: 'f1' });
    expect(again.messageId).toBe(first.messageId);
    const files = await t.db
      .withTables<{ sandbox_files: { id: number } }>()
      .selectFrom('sandbox_files')
      .select('id')
      .execute();
    const event = events[0];
    const blocks = event?.type === 'message' ? event.message.content.message.blocks : [];
    expect(blocks).toContainEqual({
      type: 'file',
      fileKey: String(files.at(-1)?.id),
      name: file.name,
      title: file.title,
    });
    expect(blocks[0]).toEqual({ type: 'text', text: 'Full list attached' });
    expect(events).toHaveLength(1);
  });

  it('lets the outbox deliver exactly once through it, even after a worker died mid-delivery', async () => {
    const worker = new OutboxWorker({ db: t.db, clock, logger, ports: { sandbox: port } });
    await enqueue(t.db, {
      dedupeKey: 'overdue:team-1:2026-11-23',
      platform: 'sandbox',
      payload: { op: 'post', chatId: 'east', content: sampleList() },
      now: clock.now(),
    });
    // A worker claims the row and sends it, then dies before recording the delivery.
    await claimDue(t.db, clock.now(), 30_000, 10);
    await port.post('east', sampleList(), { dedupeKey: 'overdue:team-1:2026-11-23' });
    clock.advance(31_000);
    await worker.drain();
    expect(await rows().selectFrom('sandbox_messages').selectAll().execute()).toHaveLength(1);
    const outbox = await t.db.selectFrom('outbox').select('state').executeTakeFirstOrThrow();
    expect(outbox.state).toBe('sent');
  });
});
