import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkClient, openIdsByEmail } from '../../../adapters/lark/index.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';

let emulator: LarkApiEmulator;
const card = (text: string) =>
  JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: text }] } });

beforeAll(async () => {
  emulator = new LarkApiEmulator({ appId: 'cli_emu', appSecret: 'emu-secret' });
  await emulator.start();
  emulator.addChat('oc_team', 'Collections East');
  emulator.addUser('ou_wang', 'Wang@Example.com');
});
afterAll(async () => {
  await emulator.stop();
});

describe('the Lark Open API emulator, driven by the real SDK', () => {
  const client = () =>
    createLarkClient({ appId: 'cli_emu', appSecret: 'emu-secret', domain: emulator.baseUrl });

  it('finds open_ids by email through the contact API, case-insensitively', async () => {
    const found = await openIdsByEmail(client(), ['wang@example.com', 'nobody@example.com']);
    expect([...found]).toEqual([['wang@example.com', 'ou_wang']]);
  });

  it('keeps a uuid for an hour: within it the same message comes back, after it a new one is sent', async () => {
    const c = client();
    const send = () =>
      c.im.message.create({
        params: { receive_id_type: 'chat_id' },
        data: { receive_id: 'oc_team', msg_type: 'interactive', content: card('hello'), uuid: 'u-1' },
      });
    const first = await send();
    const again = await send();
    expect(again.data?.message_id).toBe(first.data?.message_id);
    const start = Date.now();
    emulator.state.now = () => start + 61 * 60 * 1000;
    try {
      const later = await client().im.message.create({
        params: { receive_id_type: 'chat_id' },
        data: { receive_id: 'oc_team', msg_type: 'interactive', content: card('hello'), uuid: 'u-1' },
      });
      expect(later.data?.message_id).not.toBe(first.data?.message_id);
    } finally {
      emulator.state.now = () => Date.now();
    }
  });

  it('answers chat info, lists recent messages newest first, and refuses calls without a valid token', async () => {
    const c = client();
    const info = await c.im.chat.get({ path: { chat_id: 'oc_team' } });
    expect(info.data?.name).toBe('Collections East');
    const list = await c.im.message.list({
      params: {
        container_id_type: 'chat',
        container_id: 'oc_team',
        sort_type: 'ByCreateTimeDesc',
        page_size: 1,
      },
    });
    expect(list.data?.items).toHaveLength(1);
    // Every message once over the pages, following page_token while has_more.
    const seen: string[] = [];
    let pageToken: string | undefined;
    do {
      const page = await c.im.message.list({
        params: {
          container_id_type: 'chat',
          container_id: 'oc_team',
          page_size: 1,
          ...(pageToken ? { page_token: pageToken } : {}),
        },
      });
      for (const m of page.data?.items ?? []) seen.push(String(m.message_id));
      pageToken = page.data?.has_more ? page.data.page_token : undefined;
    } while (pageToken);
    expect(seen).toEqual(
      emulator
        .messagesIn('oc_team')
        .filter((m) => !m.ephemeral_to)
        .map((m) => m.message_id),
    );
    const raw = await fetch(`${emulator.baseUrl}/open-apis/im/v1/messages?receive_id_type=chat_id`, {
      method: 'POST',
      headers: { authorization: 'Bearer forged', 'content-type': 'application/json' },
      body: JSON.stringify({ receive_id: 'oc_team', msg_type: 'interactive', content: card('x') }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ code: 99991663 });
  });

  it('rejects cards the way Lark does: wrong schema, unknown properties, unnamed form inputs, over 30 KB', async () => {
    const c = client();
    const attempt = (content: string) =>
      c.im.message
        .create({
          params: { receive_id_type: 'chat_id' },
          data: { receive_id: 'oc_team', msg_type: 'interactive', content },
        })
        .then(
          () => 0,
          (e: { response?: { data?: { code?: number } } }) => e.response?.data?.code,
        );
    expect(await attempt(JSON.stringify({ body: { elements: [] } }))).toBe(230099);
    expect(
      await attempt(
        JSON.stringify({
          schema: '2.0',
          body: { elements: [{ tag: 'markdown', content: 'a', color: 'red' }] },
        }),
      ),
    ).toBe(230099);
    const form = { tag: 'form', name: 'f', elements: [{ tag: 'input' }] };
    expect(await attempt(JSON.stringify({ schema: '2.0', body: { elements: [form] } }))).toBe(230099);
    expect(await attempt(card('x'.repeat(31 * 1024)))).toBe(230025);
    expect(await attempt(card('fine'))).toBe(0);
  });
});
