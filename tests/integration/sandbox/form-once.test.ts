import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { type SeededSandbox, startSeededSandbox } from '../../helpers/seeded-sandbox.js';

// A sandbox form sent twice (a second click on Save, a page that resends) saves one follow-up
// with one audit entry, and the second answer says it was already saved.

let sandbox: SeededSandbox;

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandbox.server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

interface Shown {
  id: string;
  content: { message: { blocks: { type: string; buttons?: { actionId: string; value: string }[] }[] } };
}

beforeAll(async () => {
  sandbox = await startSeededSandbox('form-once');
  await call('GET', '/api/workspace');
  await call('POST', '/api/clock/run-today', {});
});
afterAll(async () => {
  await sandbox?.close();
});

describe('a sandbox form submitted twice', () => {
  it('saves one follow-up and answers the second submission that it was already saved', async () => {
    const { messages } = await call<{ messages: Shown[] }>('GET', '/api/messages?chatId=east');
    let click: { messageId: string; value: string } | null = null;
    for (const m of messages)
      for (const b of m.content.message.blocks)
        for (const x of b.buttons ?? [])
          if (!click && x.actionId === 'item.followup') click = { messageId: m.id, value: x.value };
    if (!click) throw new Error('no follow-up button in the east list');
    const itemId = Number(click.value.split(':')[1]);
    const collector = await sandbox.t.db
      .selectFrom('receivables as r')
      .innerJoin('people as p', 'p.id', 'r.collector_id')
      .select(['p.id', 'p.email'])
      .where('r.id', '=', itemId)
      .executeTakeFirstOrThrow();
    const userId = collector.email as string;
    const opened = await call<{ reply: Reply }>('POST', '/api/action', {
      userId,
      chatId: 'east',
      messageId: click.messageId,
      actionId: 'item.followup',
      value: click.value,
    });
    if (opened.reply.kind !== 'form') throw new Error(`expected a form, got ${opened.reply.kind}`);
    const form = opened.reply.form;
    const counts = async () => ({
      followUps: (
        await sandbox.t.db.selectFrom('follow_ups').select('id').where('receivable_id', '=', itemId).execute()
      ).length,
      audits: (
        await sandbox.t.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'follow_up.create')
          .where('actor_id', '=', collector.id)
          .execute()
      ).length,
    });
    const before = await counts();
    const submit = () =>
      call<{ reply: Reply }>('POST', '/api/form', {
        userId,
        chatId: 'east',
        formId: form.formId,
        metadata: form.metadata,
        values: { method: 'phone', outcome: 'contacted', note: 'will pay friday' },
      });
    const first = await submit();
    const second = await submit();
    expect(await counts()).toEqual({ followUps: before.followUps + 1, audits: before.audits + 1 });
    // The confirmation names the item and what was saved about it.
    expect(first.reply.kind === 'form_done' && first.reply.message?.text).toMatch(
      /^已保存 .+ · .+：已电话跟进（.+）。$/,
    );
    expect(second.reply).toMatchObject({ kind: 'form_done' });
    const said = second.reply.kind === 'form_done' ? (second.reply.message?.text ?? '') : '';
    expect(said).toMatch(/^已经保存过了：重复提交不会再次记录。第一次的结果：已保存 .+：已电话跟进/);
  });
});
