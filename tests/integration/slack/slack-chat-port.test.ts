import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackChatPort } from '../../../adapters/slack/slack-chat-port.js';
import { DeliveryError, RateLimitError } from '../../../src/chat/errors.js';
import { type Block, XLSX_MIME } from '../../../src/chat/message.js';
import type { Rendered } from '../../../src/chat/port.js';
import { SlackApiEmulator } from '../../fakes/slack-api/server.js';

let slack: SlackApiEmulator;
let port: SlackChatPort;
const users = [
  { id: 'U0ANNA', name: 'anna', email: 'anna@example.com' },
  { id: 'U0BO', name: 'bo', email: 'bo@example.com' },
];
const mentions = { '1': { userId: 'U0ANNA', name: 'Anna' }, '2': { userId: null, name: 'Bo' } };
const say = (text: string, blocks: Block[] = [{ type: 'text', text }]): Rendered => ({
  message: { text, blocks },
  mentions,
});

function bigList(items: number): Rendered {
  const blocks: Block[] = [{ type: 'header', text: 'Overdue today' }];
  for (let i = 0; i < items; i++) {
    blocks.push({ type: 'text', text: `item-${i} owed by <@person:1>` });
    blocks.push({
      type: 'actions',
      buttons: [{ actionId: 'item.promise', label: 'Promise', value: `p:${i}` }],
    });
  }
  return say(`${items} overdue`, blocks);
}

beforeAll(async () => {
  slack = await SlackApiEmulator.start({ channels: ['C0EAST', 'C0WEST'], users });
});
afterAll(async () => {
  await slack.close();
});
beforeEach(() => {
  port = new SlackChatPort({ token: slack.token, slackApiUrl: slack.apiUrl });
});

const messagesIn = (channel: string) => slack.workspace.messages.filter((m) => m.channel === channel);

describe('SlackChatPort against the Slack API emulator', () => {
  it('posts a long list as a message plus thread parts, then the file into the same thread', async () => {
    const before = messagesIn('C0EAST').length;
    const list = await port.post('C0EAST', bigList(120), { dedupeKey: 'overdue:east:2026-11-23' });
    expect(list.threadId).toBe(list.messageId);
    const posted = messagesIn('C0EAST').slice(before);
    expect(posted.length).toBeGreaterThan(4);
    expect(posted[0]).toMatchObject({
      ts: list.messageId,
      metadata: { event_type: 'duebot_message', event_payload: { key: 'overdue:east:2026-11-23' } },
    });
    for (const part of posted.slice(1)) expect(part.thread_ts).toBe(list.messageId);
    const shown = JSON.stringify(posted.map((m) => m.blocks));
    for (let i = 0; i < 120; i++) expect(shown.split(`item-${i} owed by <@U0ANNA>`)).toHaveLength(2);

    expect(await port.findDelivered('overdue:east:2026-11-23', { chatId: 'C0EAST' })).toEqual({
      messageId: list.messageId,
      threadId: list.messageId,
    });

    const bytes = Buffer.from('PK fake xlsx bytes');
    const file = await port.uploadFile(
      'C0EAST',
      {
        name: 'overdue.xlsx',
        title: 'Overdue list',
        mimeType: XLSX_MIME,
        contentBase64: bytes.toString('base64'),
      },
      { threadId: list.threadId, comment: 'The whole list' },
    );
    expect(file.messageId).toMatch(/^F/);
    expect(slack.workspace.uploads.get(file.messageId)?.content).toEqual(bytes);
    const shared = messagesIn('C0EAST').at(-1);
    expect(shared).toMatchObject({
      thread_ts: list.messageId,
      text: 'The whole list',
      files: [{ id: file.messageId, name: 'overdue.xlsx', size: bytes.length }],
    });
    expect(slack.calls.filter((c) => c.error === 'invalid_blocks')).toEqual([]);
  });

  it('updates a message in place and replies in an existing thread', async () => {
    const root = await port.post('C0WEST', say('v1 for <@person:2>'));
    await port.update('C0WEST', root.messageId, say('**v2**'));
    const stored = messagesIn('C0WEST').find((m) => m.ts === root.messageId);
    expect(stored).toMatchObject({ text: 'v2', blocks: [{ type: 'section', text: { text: '*v2*' } }] });
    const reply = await port.post('C0WEST', say('in thread'), { threadId: root.messageId });
    expect(reply.threadId).toBe(root.messageId);
    expect(messagesIn('C0WEST').at(-1)?.thread_ts).toBe(root.messageId);
  });

  it('writes to a person in their direct conversation and finds it again by key', async () => {
    const dm = await port.sendDirect('U0BO', say('Your check-in'), { dedupeKey: 'checkin:bo:1' });
    expect(messagesIn('DU0BO').map((m) => m.ts)).toEqual([dm.messageId]);
    expect(await port.findDelivered('checkin:bo:1', { userId: 'U0BO' })).toEqual({
      messageId: dm.messageId,
      threadId: dm.messageId,
    });
  });

  it('finds a delivered message by its key at the top level and inside a thread, and nothing for a new key', async () => {
    const root = await port.post('C0WEST', say('root'), { dedupeKey: 'k-root' });
    const reply = await port.post('C0WEST', say('reply'), { threadId: root.messageId, dedupeKey: 'k-reply' });
    await port.post('C0WEST', say('later'));
    expect(await port.findDelivered('k-root', { chatId: 'C0WEST' })).toEqual({
      messageId: root.messageId,
      threadId: root.messageId,
    });
    expect(await port.findDelivered('k-reply', { chatId: 'C0WEST' })).toEqual({
      messageId: reply.messageId,
      threadId: root.messageId,
    });
    expect(await port.findDelivered('k-never', { chatId: 'C0WEST' })).toBeNull();
  });

  it('maps Slack failures to the outbox errors', async () => {
    slack.rateLimit({ channel: 'C0EAST', retryAfterSec: 7 });
    const limited = await port.post('C0EAST', say('x')).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterMs).toBe(7000);

    slack.rateLimit({ method: 'files.getUploadURLExternal', retryAfterSec: 3 });
    const file = { name: 'a.xlsx', title: 'A', mimeType: XLSX_MIME, contentBase64: 'eA==' };
    expect(await port.uploadFile('C0EAST', file).catch((e: unknown) => e)).toMatchObject({
      retryAfterMs: 3000,
    });

    const unknown = await port.post('C0NOPE', say('x')).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ platformCode: 'channel_not_found', retryable: false });

    slack.failNext('chat.postMessage', 503);
    const outage = await port.post('C0EAST', say('x')).catch((e: unknown) => e);
    expect(outage).toBeInstanceOf(DeliveryError);
    expect(outage).toMatchObject({ platformCode: 'http_503', retryable: true });

    const badToken = new SlackChatPort({ token: 'xoxb-wrong', slackApiUrl: slack.apiUrl });
    expect(await badToken.post('C0EAST', say('x')).catch((e: unknown) => e)).toMatchObject({
      platformCode: 'invalid_auth',
      retryable: false,
    });

    const offline = new SlackChatPort({ token: slack.token, slackApiUrl: 'http://127.0.0.1:1/api/' });
    expect(await offline.post('C0EAST', say('x')).catch((e: unknown) => e)).toMatchObject({
      platformCode: 'network_error',
      retryable: true,
    });

    const tooBig = say('x', [
      { type: 'actions', buttons: [{ actionId: 'a', label: 'A', value: 'v'.repeat(2500) }] },
    ]);
    const calls = slack.calls.length;
    expect(await port.post('C0EAST', tooBig).catch((e: unknown) => e)).toMatchObject({
      platformCode: 'invalid_blocks',
      retryable: false,
    });
    expect(slack.calls.length).toBe(calls); // refused before it reached Slack
  });

  it('the emulator takes JSON bodies too and checks the bearer token', async () => {
    const call = (token: string) =>
      fetch(`${slack.apiUrl}chat.postMessage`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel: 'C0WEST', text: 'json', blocks: [{ type: 'divider' }] }),
      }).then((r) => r.json());
    expect(await call(slack.token)).toMatchObject({ ok: true, channel: 'C0WEST' });
    expect(await call('xoxb-stolen')).toEqual({ ok: false, error: 'invalid_auth' });
    expect(slack.accepted('chat.postMessage').at(-1)?.args).toMatchObject({ text: 'json' });
  });

  it('the emulator itself refuses what Slack refuses', async () => {
    const raw = port.client;
    const tooMany = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    await expect(
      raw.chat.postMessage({ channel: 'C0EAST', text: 'x', blocks: tooMany }),
    ).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    const long = [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }];
    await expect(raw.chat.postMessage({ channel: 'C0EAST', text: 'x', blocks: long })).rejects.toMatchObject({
      data: { error: 'invalid_blocks' },
    });
    await expect(raw.chat.postMessage({ channel: 'C0EAST' } as never)).rejects.toMatchObject({
      data: { error: 'no_text' },
    });
    await expect(raw.users.lookupByEmail({ email: 'anna@example.com' })).resolves.toMatchObject({
      user: { id: 'U0ANNA' },
    });
    await expect(raw.users.info({ user: 'U0NOBODY' })).rejects.toMatchObject({
      data: { error: 'user_not_found' },
    });
    await expect(raw.conversations.info({ channel: 'C0EAST' })).resolves.toMatchObject({
      channel: { id: 'C0EAST' },
    });
    await expect(raw.auth.test()).resolves.toMatchObject({ user_id: 'UBOT000001' });
    await expect(
      raw.chat.postEphemeral({ channel: 'C0EAST', user: 'U0ANNA', text: 'only you' }),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      raw.views.open({
        trigger_id: 't1',
        view: { type: 'modal', title: { type: 'plain_text', text: 'x'.repeat(25) }, blocks: [] },
      }),
    ).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
  });
});
