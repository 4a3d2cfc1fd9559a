import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MessageView } from '../../../adapters/sandbox/events.js';
import type { SandboxServer } from '../../../adapters/sandbox/server.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { type FakeApp, sampleList, seedWorkspace, startWithFakeApp } from './harness.js';

let t: TestDatabase;
let app: FakeApp;
let server: SandboxServer;

const COLLECTOR = 'li.lei@example.com';

async function post(path: string, body: unknown, contentType = 'application/json') {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function get(path: string) {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, res };
}

async function messagesOf(query: Record<string, string>): Promise<MessageView[]> {
  const { res } = await get(`/api/messages?${new URLSearchParams(query)}`);
  return ((await res.json()) as { messages: MessageView[] }).messages;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await seedWorkspace(t.db);
  ({ app, server } = await startWithFakeApp(t.db));
});
afterAll(async () => {
  await server.close();
  await t.close();
});
beforeEach(() => {
  app.handled.length = 0;
  app.replies.length = 0;
});

describe('sandbox workspace API', () => {
  it('serves the page and the workspace: channels, people and the simulated clock', async () => {
    const page = await get('/');
    expect(page.res.headers.get('content-type')).toContain('text/html');
    expect(await page.res.text()).toContain('/static/app.js');
    const { res } = await get('/api/workspace');
    const workspace = (await res.json()) as Record<string, unknown>;
    expect(workspace.channels).toEqual([
      { chatId: 'east', name: 'East China', teamId: expect.any(Number) },
      { chatId: 'reports', name: 'Reports · 报表 (all teams)', teamId: null },
    ]);
    expect(workspace.people).toContainEqual({
      userId: COLLECTOR,
      name: 'Li Lei',
      role: 'collector',
      teamName: 'East China',
    });
    expect(workspace.clock).toMatchObject({
      now: '2026-11-23T00:30:00.000Z',
      movable: true,
      teams: [
        { code: 'east', timezone: 'Asia/Shanghai', date: '2026-11-23', time: '08:30', postTime: '09:00' },
      ],
    });
  });

  it('answers 400 with a specific message for bad input and never crashes', async () => {
    expect(await post('/api/command', '{not json')).toEqual({
      status: 400,
      body: { error: 'the request body is not valid JSON' },
    });
    expect((await post('/api/command', { userId: COLLECTOR, text: '  ' })).body.error).toBe(
      'invalid request: text: type a command first',
    );
    expect((await post('/api/command', { userId: 'nobody@example.com', text: 'help' })).body.error).toContain(
      'nobody in this workspace is "nobody@example.com"',
    );
    expect(
      (await post('/api/command', { userId: COLLECTOR, chatId: 'west', text: 'help' })).body.error,
    ).toContain('there is no channel "west"');
    expect(
      (await post('/api/action', { userId: COLLECTOR, messageId: 'abc', actionId: 'x' })).body.error,
    ).toContain('messageId: must be the id of a message');
    expect(
      (await post('/api/form', { userId: COLLECTOR, formId: 'item.promise', values: { amount: 5 } })).status,
    ).toBe(400);
    expect((await post('/api/clock/move', { to: 'yesterday' })).body.error).toContain('to: must be one of');
    expect((await post('/api/command', 'text=help', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await get('/api/messages')).status).toBe(400);
    expect((await get('/api/messages?chatId=%00')).status).toBe(400);
    expect((await get('/api/messages?userId=a%00b')).status).toBe(400);
    expect(
      (await post('/api/command', { userId: COLLECTOR, chatId: 'east\u0000', text: 'help' })).status,
    ).toBe(400);
    expect((await get('/api/files/abc')).status).toBe(400);
    expect((await get('/api/files/424242')).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
    expect((await get('/api/command')).status).toBe(405);
    expect(app.handled).toHaveLength(0);
  });

  it('turns the command box into a command interaction and returns the private reply', async () => {
    app.replies.push({ kind: 'private', message: { text: 'help', blocks: [] } });
    const { status, body } = await post('/api/command', {
      userId: COLLECTOR,
      chatId: 'east',
      text: 'overdue mine',
    });
    expect(status).toBe(200);
    expect(body.reply).toEqual({ kind: 'private', message: { text: 'help', blocks: [] } });
    expect(app.handled).toEqual([
      {
        kind: 'command',
        user: {
          platform: 'sandbox',
          workspaceId: '',
          userId: COLLECTOR,
          email: COLLECTOR,
          displayName: 'Li Lei',
        },
        channel: { platform: 'sandbox', workspaceId: '', chatId: 'east' },
        text: 'overdue mine',
      },
    ]);
  });

  it('turns a button click into an action on that message, checking the button is on it', async () => {
    const sent = await app.chat.post('east', sampleList());
    const form = {
      formId: 'item.promise',
      title: 'Promise',
      submitLabel: 'Save',
      fields: [],
      metadata: { item: '1' },
    };
    app.replies.push({ kind: 'form', form });
    const click = {
      userId: COLLECTOR,
      chatId: 'east',
      messageId: sent.messageId,
      actionId: 'item.promise',
      value: 'r:1',
    };
    expect((await post('/api/action', click)).body.reply).toEqual({ kind: 'form', form });
    expect(app.handled[0]).toMatchObject({
      kind: 'action',
      actionId: 'item.promise',
      value: 'r:1',
      channel: { chatId: 'east' },
      message: { chatId: 'east', messageId: sent.messageId },
    });
    const forged = await post('/api/action', { ...click, value: 'r:999' });
    expect(forged).toEqual({
      status: 400,
      body: { error: `invalid request: actionId: message ${sent.messageId} has no such button` },
    });
  });

  it('lets only the addressee use the buttons of a direct message', async () => {
    const dm = await app.chat.sendDirect('wang.fang@example.com', sampleList());
    const click = { messageId: dm.messageId, actionId: 'item.promise', value: 'r:1' };
    expect((await post('/api/action', { ...click, userId: COLLECTOR })).status).toBe(403);
    await post('/api/action', { ...click, userId: 'wang.fang@example.com' });
    expect(app.handled[0]).toMatchObject({ channel: null, message: { chatId: 'wang.fang@example.com' } });
  });

  it('turns a form submission into form_submit with its values and hidden metadata', async () => {
    app.replies.push({ kind: 'form_done' });
    const submit = {
      userId: COLLECTOR,
      chatId: 'east',
      formId: 'item.promise',
      values: { amount: '5万' },
      metadata: { item: '1' },
    };
    expect((await post('/api/form', submit)).body.reply).toEqual({ kind: 'form_done' });
    expect(app.handled[0]).toMatchObject({
      kind: 'form_submit',
      formId: 'item.promise',
      values: { amount: '5万' },
      metadata: { item: '1' },
    });
  });

  it('lists a channel with its threads and a person’s direct messages', async () => {
    const root = await app.chat.post('east', sampleList());
    await app.chat.post('east', sampleList(true), { threadId: root.messageId });
    await app.chat.sendDirect('wang.fang@example.com', sampleList());
    expect((await messagesOf({ chatId: 'east' })).at(-1)).toMatchObject({
      threadId: root.messageId,
      chatId: 'east',
    });
    const direct = await messagesOf({ userId: 'wang.fang@example.com' });
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.every((m) => m.directUserId === 'wang.fang@example.com')).toBe(true);
  });

  it('downloads an uploaded file under its own name', async () => {
    const file = {
      name: '逾期清单.xlsx',
      title: 'Overdue list',
      mimeType: 'application/octet-stream',
      contentBase64: 'AAEC',
    };
    const sent = await app.chat.uploadFile('east', file);
    const message = (await messagesOf({ chatId: 'east' })).find((m) => m.id === sent.messageId);
    const block = message?.content.message.blocks.find((b) => b.type === 'file');
    const { res } = await get(`/api/files/${block?.type === 'file' ? block.fileKey : ''}`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="____.xlsx"; filename*=UTF-8''${encodeURIComponent('逾期清单.xlsx')}`,
    );
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0, 1, 2]);
  });
});
