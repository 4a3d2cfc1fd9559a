import type * as lark from '@larksuiteoapi/node-sdk';
import { LogLevel, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkClient } from '../../../adapters/lark/client.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';
import { SlackApiEmulator } from '../../fakes/slack-api/server.js';

let slack: SlackApiEmulator;
let larkApi: LarkApiEmulator;

const client = (url: string, timeout = 2_000) =>
  new WebClient(slack.token, {
    slackApiUrl: url,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout,
    logLevel: LogLevel.ERROR,
  });
const errorOf = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (err) {
    return err as { code?: string; retryAfter?: number; message: string };
  }
  throw new Error('the call succeeded');
};

beforeAll(async () => {
  slack = await SlackApiEmulator.start({ channels: ['C0LIST'] });
  larkApi = new LarkApiEmulator({ appId: 'cli_faults', appSecret: 'faults-secret' });
  await larkApi.start();
  larkApi.addChat('oc_list');
});
afterAll(async () => {
  await slack.close();
  await larkApi.stop();
});

describe('the Slack emulator as Slack documents it', () => {
  it('answers conversations.replies for any message of a thread with the whole thread, page by page', async () => {
    const web = client(slack.apiUrl);
    const root = await web.chat.postMessage({ channel: 'C0LIST', text: 'root' });
    const replies: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await web.chat.postMessage({ channel: 'C0LIST', text: `reply ${i}`, thread_ts: root.ts });
      replies.push(r.ts as string);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await web.conversations.replies({
        channel: 'C0LIST',
        ts: replies[3] as string,
        limit: 2,
        cursor,
      });
      seen.push(...(page.messages ?? []).map((m) => m.text as string));
      cursor = page.has_more ? page.response_metadata?.next_cursor : undefined;
    } while (cursor);
    expect(seen).toEqual(['root', 'reply 0', 'reply 1', 'reply 2', 'reply 3', 'reply 4']);
  });

  it('injects 429s, lost answers, refused connections and hangs for one instance only', async () => {
    const a = client(slack.urlFor('a'), 300);
    const b = client(slack.urlFor('b'), 300);
    const count = () => slack.workspace.messages.length;

    slack.inject({ kind: 'rate_limit', instance: 'a', retryAfterSec: 7, every: 2 });
    await a.chat.postMessage({ channel: 'C0LIST', text: 'first goes through' });
    expect((await errorOf(a.chat.postMessage({ channel: 'C0LIST', text: 'x' }))).retryAfter).toBe(7);
    await b.chat.postMessage({ channel: 'C0LIST', text: 'b is not throttled' });
    slack.faults.clear();

    let before = count();
    slack.inject({ kind: 'answer_lost', instance: 'a', times: 1 });
    expect((await errorOf(a.chat.postMessage({ channel: 'C0LIST', text: 'lost answer' }))).code).toBe(
      'slack_webapi_request_error',
    );
    expect(count()).toBe(before + 1); // carried out all the same

    before = count();
    slack.inject({ kind: 'refused', instance: 'a', times: 1 });
    await errorOf(a.chat.postMessage({ channel: 'C0LIST', text: 'refused' }));
    expect(count()).toBe(before); // never carried out

    before = count();
    slack.inject({ kind: 'hang', instance: 'a', hangMs: 1_500, times: 1 });
    await errorOf(a.chat.postMessage({ channel: 'C0LIST', text: 'hung' }));
    expect(count()).toBe(before + 1);
    expect(slack.faults.struck).toEqual({ rate_limit: 1, answer_lost: 1, refused: 1, hang: 1 });
  });
});

describe('the Lark emulator under faults', () => {
  it('injects rate limits, lost answers, refused connections and hangs through the real SDK', async () => {
    const sdk = createLarkClient({
      appId: 'cli_faults',
      appSecret: 'faults-secret',
      domain: larkApi.urlFor('a'),
      timeoutMs: 300,
    });
    const send = (c: lark.Client, text: string, uuid?: string) =>
      c.im.message.create({
        params: { receive_id_type: 'chat_id' },
        data: {
          receive_id: 'oc_list',
          msg_type: 'text',
          content: JSON.stringify({ text }),
          ...(uuid ? { uuid } : {}),
        },
      });
    const count = () => larkApi.messagesIn('oc_list').length;
    await send(sdk, 'warm up');

    larkApi.inject({ kind: 'rate_limit', instance: 'a', method: '/open-apis/im/v1/messages', times: 1 });
    const limited = (await errorOf(send(sdk, 'x'))) as { response?: { status?: number } };
    expect(limited.response?.status).toBe(429);

    let before = count();
    larkApi.inject({ kind: 'answer_lost', instance: 'a', times: 1 });
    await errorOf(send(sdk, 'lost answer', 'u-lost'));
    expect(count()).toBe(before + 1);
    await send(sdk, 'lost answer', 'u-lost'); // the same uuid: Lark returns the first message
    expect(count()).toBe(before + 1);

    before = count();
    larkApi.inject({ kind: 'refused', instance: 'a', times: 1 });
    await errorOf(send(sdk, 'refused'));
    expect(count()).toBe(before);

    before = count();
    larkApi.inject({ kind: 'hang', instance: 'a', hangMs: 1_500, times: 1 });
    await errorOf(send(sdk, 'hung'));
    expect(count()).toBe(before + 1);
  });
});
