import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { overdueList } from '../claims/claim-helpers.js';
import { auditActions, textOf } from '../promises/promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let manager: { id: number; email: string };
const said = (reply: Reply) =>
  reply.kind === 'private' || reply.kind === 'form_done'
    ? (reply.message?.text ?? '')
    : JSON.stringify(reply);
/** The first customer line's risk signal button on the collector's overdue part. */
const riskButton = () => {
  const { part } = overdueList(h, collector.id);
  const button = part.content?.message.blocks
    .flatMap((b) => (b.type === 'actions' ? b.buttons : []))
    .find((b) => b.actionId === 'risk.signal');
  if (!button) throw new Error('no risk signal button');
  return button;
};

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
  collector = await h.person('collector', 'east', 0);
  manager = await h.t.db
    .selectFrom('people as c')
    .innerJoin('people as m', 'm.id', 'c.manager_id')
    .select(['m.id', 'm.email'])
    .where('c.id', '=', collector.id)
    .executeTakeFirstOrThrow();
});
afterAll(async () => {
  await h.t.close();
});

describe('a risk signal from the overdue list', () => {
  it('opens a form with the handbook’s warning signs from the customer line', async () => {
    const button = riskButton();
    expect(button.label).toBe('风险信号…');
    const reply = await h.app.handle(h.as(collector.email, 'east').action('risk.signal', button.value));
    if (reply.kind !== 'form') throw new Error(`no form: ${JSON.stringify(reply)}`);
    const sign = reply.form.fields.find((f) => f.id === 'sign');
    expect(sign?.kind === 'select' && sign.options.map((o) => o.label)).toEqual([
      '失去主要销售客户',
      '低价抛售',
      '频繁更换开户银行',
      '回避收款人员',
      '管理层变动',
      '涉及诉讼',
      '其他',
    ]);
  });

  it('asks for a note with "other", saving nothing', async () => {
    const me = h.as(collector.email, 'east');
    const reply = await h.app.handle(
      me.submit('risk.signal', { sign: 'other' }, { value: riskButton().value }),
    );
    expect(reply.kind === 'form_errors' && reply.form.errors?.note).toBe(
      '请写明情况：选"其他"时须填写说明。',
    );
    expect(await h.t.db.selectFrom('risk_signals').selectAll().execute()).toEqual([]);
  });

  it('tells the manager at once and keeps it on the customer file, which ar shows', async () => {
    const value = riskButton().value;
    const itemId = Number(value.split(':')[1]);
    const item = await h.t.db
      .selectFrom('receivables as r')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select(['r.invoice_no', 'c.id', 'c.name', 'c.external_id'])
      .where('r.id', '=', itemId)
      .executeTakeFirstOrThrow();
    const me = h.as(collector.email, 'east');
    const reply = await h.app.handle(
      me.submit('risk.signal', { sign: 'avoiding_collector', note: '财务连续三天不接电话' }, { value }),
    );
    expect(said(reply)).toBe(`已保存：${item.name} 的风险信号（回避收款人员），已通知主管，并记入客户档案。`);
    expect(
      await h.t.db
        .selectFrom('risk_signals')
        .select(['customer_id', 'receivable_id', 'signs', 'note'])
        .execute(),
    ).toEqual([
      {
        customer_id: item.id,
        receivable_id: itemId,
        signs: ['avoiding_collector'],
        note: '财务连续三天不接电话',
      },
    ]);
    expect(await auditActions(h, 'customer', item.id)).toContain('risk_signal.raise');
    await h.app.outbox.drain();
    const notice = h.port.sent.find((s) => s.op === 'direct' && s.dedupeKey?.startsWith('risk-signal:'));
    expect(notice?.userId).toBe(manager.email);
    expect(textOf(notice)).toBe(
      `⚠ **风险信号**：${collector.name} 报告 ${item.name}（${item.external_id}）${item.invoice_no}——回避收款人员。\n说明：财务连续三天不接电话`,
    );
    const ar = await h.app.handle(me.command(`ar ${item.external_id}`));
    expect(said(ar)).toContain('风险信号：回避收款人员——财务连续三天不接电话');
  });
});
