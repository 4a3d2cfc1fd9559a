import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LarkChatPort } from '../../../adapters/lark/index.js';
import { DeliveryError, RateLimitError } from '../../../src/chat/errors.js';
import type { Block } from '../../../src/chat/message.js';
import { XLSX_MIME } from '../../../src/chat/message.js';
import type { Rendered } from '../../../src/chat/port.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';

let emulator: LarkApiEmulator;
let port: LarkChatPort;

const rendered = (blocks: Block[], mentions: Rendered['mentions'] = {}): Rendered => ({
  message: { text: 'Overdue list', blocks },
  mentions,
});
const longList = (): Rendered =>
  rendered([
    { type: 'header', text: 'Overdue list' },
    ...Array.from(
      { length: 300 },
      (_, i): Block => ({ type: 'text', text: `**ITEM-${i}** owes ¥${i} ${'x'.repeat(80)}` }),
    ),
  ]);
const cardOf = (content: string) => JSON.parse(content) as { body: { elements: { content?: string }[] } };

beforeAll(async () => {
  emulator = new LarkApiEmulator({ appId: 'cli_port', appSecret: 's3cret' });
  await emulator.start();
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  emulator.state.messages.length = 0;
  emulator.state.calls.length = 0;
  emulator.state.rateLimits.clear();
  emulator.addChat('oc_east');
  emulator.addUser('ou_li', 'li@example.com');
  port = new LarkChatPort({ appId: 'cli_port', appSecret: 's3cret', domain: emulator.baseUrl });
});

describe('LarkChatPort through the real SDK against the emulator', () => {
  it('posts a long list as a card plus thread cards, then the file in the same thread', async () => {
    const delivered = await port.post('oc_east', longList(), { dedupeKey: 'overdue:team-1:2026-11-23' });
    const messages = emulator.messagesIn('oc_east');
    expect(messages.length).toBeGreaterThan(1);
    const [root, ...parts] = messages;
    expect(delivered).toEqual({ messageId: root?.message_id, threadId: root?.message_id });
    for (const part of parts) {
      expect(part.root_id).toBe(root?.message_id);
      expect(part.thread_id).toBeDefined();
    }
    const text = messages.map((m) => m.content).join('');
    for (let i = 0; i < 300; i++) expect(text.split(`**ITEM-${i}**`).length - 1).toBe(1);

    const file = await port.uploadFile(
      'oc_east',
      {
        name: 'overdue.xlsx',
        title: 'Overdue',
        mimeType: XLSX_MIME,
        contentBase64: Buffer.from('PK-bytes').toString('base64'),
      },
      {
        threadId: delivered.messageId,
        comment: 'The list as a spreadsheet',
        dedupeKey: 'overdue-file:team-1',
      },
    );
    const after = emulator.messagesIn('oc_east');
    const fileMessage = after.find((m) => m.message_id === file.messageId);
    expect(fileMessage?.msg_type).toBe('file');
    expect(fileMessage?.root_id).toBe(delivered.messageId);
    const key = (JSON.parse(fileMessage?.content ?? '{}') as { file_key: string }).file_key;
    expect(emulator.state.files.get(key)).toMatchObject({ name: 'overdue.xlsx', type: 'xls' });
    expect(emulator.state.files.get(key)?.data.toString()).toBe('PK-bytes');
    expect(after.filter((m) => m.msg_type === 'text').map((m) => m.content)).toEqual([
      JSON.stringify({ text: 'The list as a spreadsheet' }),
    ]);
  });

  it('asks for a tenant token once and sends it as the bearer on every call', async () => {
    await port.post('oc_east', rendered([{ type: 'text', text: 'a' }]));
    await port.post('oc_east', rendered([{ type: 'text', text: 'b' }]));
    const paths = emulator.state.calls.map((c) => c.path);
    expect(paths.filter((p) => p.endsWith('tenant_access_token/internal'))).toHaveLength(1);
    expect(paths.filter((p) => p === '/open-apis/im/v1/messages')).toHaveLength(2);
  });

  it('a resend with the same key yields the same messages, not duplicates', async () => {
    const first = await port.post('oc_east', longList(), { dedupeKey: 'digest:team-2:2026-11-23' });
    const count = emulator.messagesIn('oc_east').length;
    const again = await port.post('oc_east', longList(), { dedupeKey: 'digest:team-2:2026-11-23' });
    expect(again).toEqual(first);
    expect(emulator.messagesIn('oc_east')).toHaveLength(count);
  });

  it('completes a list whose thread cards were cut short by a rate limit, without repeating any card', async () => {
    emulator.rateLimit('oc_east', { times: 1, resetSeconds: 2, after: 1 });
    const cut = await port
      .post('oc_east', longList(), { dedupeKey: 'digest:team-3' })
      .catch((e: unknown) => e);
    expect(cut).toBeInstanceOf(RateLimitError);
    expect(emulator.messagesIn('oc_east')).toHaveLength(1);
    const done = await port.post('oc_east', longList(), { dedupeKey: 'digest:team-3' });
    const messages = emulator.messagesIn('oc_east');
    expect(messages.length).toBeGreaterThan(1);
    expect(messages[0]?.message_id).toBe(done.messageId);
    const text = messages.map((m) => m.content).join('');
    for (let i = 0; i < 300; i++) expect(text.split(`**ITEM-${i}**`).length - 1).toBe(1);
  });

  it('updates a card in place and mentions people by open_id', async () => {
    const { messageId } = await port.post('oc_east', rendered([{ type: 'text', text: 'Item 7 open' }]));
    await port.update(
      'oc_east',
      messageId,
      rendered([{ type: 'text', text: 'Item 7 ✓ by <@person:5>' }], { '5': { userId: 'ou_li', name: 'Li' } }),
    );
    const [message] = emulator.messagesIn('oc_east');
    expect(message?.updated).toBe(true);
    expect(cardOf(message?.content ?? '{}').body.elements[0]?.content).toBe('Item 7 ✓ by <at id=ou_li></at>');
    await expect(port.update('oc_east', messageId, longList())).rejects.toMatchObject({
      platformCode: 'lark_update_too_large',
      retryable: false,
    });
  });

  it('sends direct messages by open_id', async () => {
    const { messageId } = await port.sendDirect('ou_li', rendered([{ type: 'text', text: 'Your plan' }]), {
      dedupeKey: 'dm:1',
    });
    expect(emulator.messagesIn(emulator.state.p2pChat('ou_li')).map((m) => m.message_id)).toEqual([
      messageId,
    ]);
  });

  it('maps Lark failures: unknown chat and bad card are permanent, chat limits wait, bad secret is permanent', async () => {
    const unknown = await port
      .post('oc_nowhere', rendered([{ type: 'text', text: 'x' }]))
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(DeliveryError);
    expect(unknown).toMatchObject({ platformCode: 'lark_230002', retryable: false });

    const badCard = await port.client.im.message
      .create({
        params: { receive_id_type: 'chat_id' },
        data: {
          receive_id: 'oc_east',
          msg_type: 'interactive',
          content: '{"schema":"2.0","body":{"elements":[{"tag":"markdown","colour":"red"}]}}',
        },
      })
      .catch((e: unknown) => e);
    const { toDeliveryError } = await import('../../../adapters/lark/errors.js');
    expect(toDeliveryError(badCard)).toMatchObject({ platformCode: 'lark_230099', retryable: false });

    emulator.rateLimit('oc_east', { times: 1, resetSeconds: 7, code: 230020 });
    const limited = await port
      .post('oc_east', rendered([{ type: 'text', text: 'y' }]))
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterMs).toBe(7_000);

    const wrong = new LarkChatPort({ appId: 'cli_port', appSecret: 'nope', domain: emulator.baseUrl });
    const denied = await wrong
      .post('oc_east', rendered([{ type: 'text', text: 'z' }]))
      .catch((e: unknown) => e);
    expect(denied).toMatchObject({ platformCode: 'lark_10014', retryable: false });
  });
});
