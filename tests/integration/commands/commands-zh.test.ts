import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { money } from '../../../src/app/lists/labels.js';
import {
  type CommandSandbox,
  collectorWithItems,
  replyText,
  rowCounts,
  startCommandSandbox,
} from './command-sandbox.js';

// The Chinese keywords typed into the sandbox's command box in the east team's chat, through
// POST /api/command on the real app.

let s: CommandSandbox;
let zh: Awaited<ReturnType<typeof collectorWithItems>>;

const counts = () => rowCounts(s.t);

beforeAll(async () => {
  s = await startCommandSandbox();
  zh = await collectorWithItems(s.t, 'east');
});
afterAll(async () => {
  await s?.close();
});

describe('item commands in Chinese', () => {
  it('承诺, 跟进, 争议 and 已付 are saved on the item', async () => {
    const no = zh.item.invoice_no;
    expect(replyText(await s.command(zh.who.email, 'east', `承诺 ${no} 1万 12月1日 财务已排款`))).toBe(
      `✓ ${zh.item.customer_name} · ${no}: 承诺 2026-12-01 付 ¥10,000.00`,
    );
    const promise = await s.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', '=', zh.item.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(promise).toMatchObject({ amount: 1_000_000, due_on: '2026-12-01', note: '财务已排款' });

    expect(
      replyText(await s.command(zh.who.email, 'east', `跟进 ${no} 电话 对方在走审批 下次 下周一`)),
    ).toMatch(/^✓ .*: 已电话跟进（已联系上），下次跟进 2026-11-30$/);
    const followUp = await s.t.db
      .selectFrom('follow_ups')
      .selectAll()
      .where('receivable_id', '=', zh.item.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(followUp).toMatchObject({ method: 'phone', note: '对方在走审批', next_action_on: '2026-11-30' });

    expect(replyText(await s.command(zh.who.email, 'east', `争议 ${no} 两托货物破损`))).toMatch(/^✓ /);
    const item = await s.t.db
      .selectFrom('receivables')
      .select(['disputed', 'dispute_note'])
      .where('id', '=', zh.item.id)
      .executeTakeFirstOrThrow();
    expect(item).toEqual({ disputed: true, dispute_note: '两托货物破损' });

    expect(
      replyText(await s.command(zh.who.email, 'east', `已付 ${no} 5000 11月20日 流水号 9988`)),
    ).toContain('客户称已于 2026-11-20 付款 ¥5,000.00');
    const claim = await s.t.db
      .selectFrom('paid_claims')
      .selectAll()
      .where('receivable_id', '=', zh.item.id)
      .executeTakeFirstOrThrow();
    expect(claim).toMatchObject({ amount: 500_000, reference: '9988' });
  });

  it('逾期 我的 / 团队 answer in Chinese', async () => {
    expect(replyText(await s.command(zh.who.email, 'east', '逾期 我的')).split('\n')[0]).toMatch(
      new RegExp(`^\\*\\*${zh.who.name}：\\d+ 笔逾期\\*\\*`),
    );
    expect(replyText(await s.command(zh.who.email, 'east', '逾期 团队'))).toMatch(
      /^\*\*华东回款组：\d+ 笔逾期\*\*/,
    );
  });

  it('refuses in Chinese and changes nothing: over the balance, a past date, 5万万, 2月30日', async () => {
    const before = await counts();
    const no = zh.other.invoice_no;
    expect(replyText(await s.command(zh.who.email, 'east', `承诺 ${no} 99999999 下周五`))).toBe(
      `${zh.other.customer_name} · ${no}: 超过了未收余额 ${money(zh.other.outstanding, 'CNY')}。`,
    );
    expect(replyText(await s.command(zh.who.email, 'east', `承诺 ${no} 100 2026-11-01`))).toContain(
      '"2026-11-01"已经过去',
    );
    expect(replyText(await s.command(zh.who.email, 'east', `承诺 ${no} 5万万 下周五`))).toContain(
      '无法识别金额"5万万"',
    );
    expect(replyText(await s.command(zh.who.email, 'east', `承诺 ${no} 5万 2月30日`))).toContain(
      '"2月30日"不是一个真实存在的日期',
    );
    expect(replyText(await s.command(zh.who.email, 'east', '承诺 不存在的公司 5万 下周五'))).toContain(
      '没有找到你可以处理的"不存在的公司"',
    );
    expect(await counts()).toEqual(before);
  });
});
