import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { COMMAND_NAMES } from '../../../src/domain/command/types.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

let h: Harness;
let zh: ReturnType<Harness['as']>;
let en: ReturnType<Harness['as']>;

const said = (reply: Reply) =>
  reply.kind === 'private' ? reply.message.blocks.map((b) => ('text' in b ? b.text : '')).join('\n') : '';
const ask = async (who: ReturnType<Harness['as']>, text: string) =>
  said(await h.app.handle(who.command(text)));

beforeAll(async () => {
  h = await createHarness();
  zh = h.as((await h.person('collector', 'east')).email, 'east');
  en = h.as((await h.person('collector', 'intl')).email, 'intl');
});
afterAll(async () => {
  await h.t.close();
});

describe('commands answer in the words people used', () => {
  it('an error names the command as it was typed, in Chinese and in English', async () => {
    expect(await ask(zh, '跟进 INV-1 电话')).toMatch(/^"跟进"缺少备注。/);
    expect(await ask(zh, '查询')).toMatch(/^"查询"缺少发票号或客户。/);
    expect(await ask(zh, '已付 INV-1')).toMatch(/^"已付"缺少金额。/);
    expect(await ask(en, 'followup INV-1 phone')).toMatch(/^`followup` needs a note\./);
    expect(await ask(en, '/promise')).toMatch(/^`promise` needs an invoice number or a customer\./);
  });

  it('help lists every command, plan, result and leave included, each with an example in the team’s language', async () => {
    const chinese = await ask(zh, '帮助');
    for (const word of [
      '承诺',
      '还款计划',
      '跟进',
      '争议',
      '解决争议',
      '已付',
      '查询',
      '逾期',
      '计划',
      '结果',
      '请假',
      '报表',
      '绑定',
      '客户',
      '核销',
      '交接',
      '帮助',
    ])
      expect(chinese).toContain(`• ${word}`);
    expect(chinese).toContain('`请假 12月1日 12月5日 代理 @王芳`');
    const english = await ask(en, 'help');
    // Every command the grammar knows has its line.
    for (const word of COMMAND_NAMES) expect(english).toContain(`• ${word}:`);
    // An English team's examples use its own words and no Chinese amounts or dates.
    expect(english).not.toMatch(/万|下周五|明天|12月1日/);
    expect(await ask(en, 'help leave')).toContain('`leave <from> [to] <to> [delegate @person]`');
    expect(await ask(zh, '帮助 请假')).toContain('`请假 <开始日期> [至] <结束日期> [代理 @同事]`');
  });

  it('finance’s overdue team is headed “all teams”, never an empty label', async () => {
    const finance = h.as((await h.person('admin')).email, 'east');
    const answer = await ask(finance, '逾期 团队');
    expect(answer).toMatch(/^\*\*所有团队：\d+ 笔逾期\*\*/);
  });
});

describe('confirmations say what was saved', () => {
  it('a follow-up and an "already paid" claim name the item, what was recorded and when next', async () => {
    const collector = await h.person('collector', 'east');
    const item = await h.t.db
      .selectFrom('receivables')
      .innerJoin('customers', 'customers.id', 'receivables.customer_id')
      .select(['receivables.invoice_no', 'customers.name'])
      .where('receivables.collector_id', '=', collector.id)
      .where('receivables.status', '=', 'open')
      .where('receivables.due_on', '<', '2026-11-23')
      .orderBy('receivables.id')
      .executeTakeFirstOrThrow();
    const me = h.as(collector.email, 'east');
    const followed = await ask(me, `跟进 ${item.invoice_no} 电话 对方在走审批 下次 12月1日`);
    expect(followed).toBe(`✓ ${item.name} · ${item.invoice_no}: 已电话跟进（已联系上），下次跟进 2026-12-01`);
    expect(followed).not.toContain('已保存。');
    const paid = await ask(me, `已付 ${item.invoice_no} 5000 11月20日`);
    expect(paid).toContain(`${item.invoice_no}: 客户称已于 2026-11-20 付款 ¥5,000.00，待财务确认`);
  });
});

describe('examples in the team’s own words', () => {
  it('an English team’s forms and errors give English examples, never 万 or 下周五', async () => {
    await h.app.scheduler.tick();
    await h.app.outbox.drain();
    const collector = await h.person('collector', 'intl');
    const part = h.port.sent.find(
      (s) =>
        s.op === 'post' && s.dedupeKey?.startsWith('overdue:') && s.dedupeKey.includes(`:p${collector.id}@`),
    );
    const button = part?.content?.message.blocks
      .flatMap((b) => (b.type === 'actions' ? b.buttons : []))
      .find((b) => b.actionId === 'item.promise');
    if (!button) throw new Error('no promise button on the intl list');
    const reply = await h.app.handle(h.as(collector.email, 'intl').action('item.promise', button.value));
    if (reply.kind !== 'form') throw new Error(`no form: ${reply.kind}`);
    const hints = reply.form.fields.map((f) => f.hint ?? '').join(' ');
    expect(hints).toContain('next fri');
    expect(hints).not.toMatch(/万|下周五|12月1日/);
    const bad = await ask(en, 'promise INV-1 5万x fri');
    expect(bad).toContain("I couldn't read '5万x' as an amount: try 50000 or 50,000.00.");
    expect(bad).not.toMatch(/try .*万/);
  });
});
