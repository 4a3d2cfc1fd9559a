import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { money } from '../../../src/app/lists/labels.js';
import {
  buttonsOf,
  type CommandSandbox,
  openItemsOf,
  personOf,
  replyText,
  startCommandSandbox,
} from './command-sandbox.js';

// `ar` / `查询` through the sandbox's HTTP API: a customer's money by aging, credit, open items,
// promise history with the keeping rate, the last five follow-ups and the suggested next step.

let s: CommandSandbox;
type Item = Awaited<ReturnType<typeof openItemsOf>>[number];

/** A customer of the team's first collector with at least two open items, and those items. */
async function customerWithItems(team: string) {
  const who = await personOf(s.t, 'collector', team);
  const items = await openItemsOf(s.t, who.id);
  const byCustomer = new Map<number, Item[]>();
  for (const i of items) byCustomer.set(i.customer_id, [...(byCustomer.get(i.customer_id) ?? []), i]);
  const mine = [...byCustomer.values()].find((list) => list.length > 1);
  if (!mine) throw new Error(`no customer in ${team} with two open items`);
  const customer = await s.t.db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', (mine[0] as Item).customer_id)
    .executeTakeFirstOrThrow();
  return { who, items: mine, customer };
}

/** Gives the customer a promise history (2 kept, 1 broken, 1 open) and six follow-ups. */
async function writeHistory(who: { email: string }, chat: string, items: Item[], en: boolean) {
  const [a, b] = items as [Item, Item];
  // The demo company has promises of its own; this customer's history is made here instead.
  await s.t.db.deleteFrom('commitments').where('customer_id', '=', a.customer_id).execute();
  const promise = en ? 'promise' : '承诺';
  for (const item of [a, b, a]) await s.command(who.email, chat, `${promise} ${item.invoice_no} 1 12/1`);
  await s.command(who.email, chat, `${promise} ${b.invoice_no} 2 12/2`);
  const rows = await s.t.db
    .selectFrom('commitments')
    .select('id')
    .where('customer_id', '=', a.customer_id)
    .orderBy('id')
    .execute();
  expect(rows).toHaveLength(4);
  // Deciding promises belongs to the lifecycle job; the lookup only reads their outcomes.
  const outcomes = ['kept', 'broken', 'kept'] as const;
  for (const [i, status] of outcomes.entries())
    await s.t.db
      .updateTable('commitments')
      .set({ status })
      .where('id', '=', rows[i]?.id ?? 0)
      .execute();
  for (let n = 1; n <= 6; n++) {
    const text = en
      ? `followup ${a.invoice_no} phone call number ${n}`
      : `跟进 ${a.invoice_no} 电话 第${n}次电话`;
    await s.command(who.email, chat, text);
  }
}

beforeAll(async () => {
  s = await startCommandSandbox();
});
afterAll(async () => {
  await s?.close();
});

describe('ar in Chinese', () => {
  it('查询 <customer>: aging table, credit, items, promise history and rate, last five follow-ups, next step', async () => {
    const { who, items, customer } = await customerWithItems('east');
    await writeHistory(who, 'east', items, false);
    const reply = await s.command(who.email, 'east', `查询 ${customer.name}`);
    const text = replyText(reply);
    expect(reply.kind === 'private' && reply.message.blocks[0]).toEqual({
      type: 'header',
      text: `${customer.name}（${customer.external_id}）`,
    });
    expect(text).toContain(
      `信用等级 ${customer.rating} · 额度 ${money(customer.credit_limit, customer.credit_currency)}`,
    );
    expect(text).toMatch(/\*\*合计\*\* \| \d+ \| ¥[\d,]+\.\d\d/);
    const open = await s.t.db
      .selectFrom('receivables')
      .select('id')
      .where('customer_id', '=', customer.id)
      .where('status', '=', 'open')
      .execute();
    expect(text).toContain(`**未结款项**（${open.length} 笔，按优先级）`);
    expect(text).toContain('**承诺记录**：3 次中兑现 2 次（67%）');
    expect(text).toMatch(
      /• \d{4}-\d\d-\d\d：2026-12-02 前付 ¥2\.00（INV-[\d-]+）：(open|未到期|进行中|[^\n]+)/,
    );
    expect(text).toContain('第6次电话');
    expect(text).toContain('第2次电话');
    expect(text).not.toContain('第1次电话');
    expect(text).toMatch(/\*\*建议下一步\*\*：\S+/);
  });

  it('查询 <invoice>: the customer’s story with that invoice highlighted; a settled one is said to be settled', async () => {
    const { who, items } = await customerWithItems('east');
    const [a, b] = items as [Item, Item];
    const text = replyText(await s.command(who.email, 'east', `查询 ${b.invoice_no}`));
    expect(text).toContain(`▶ **${b.invoice_no}**`);
    expect(text).not.toContain(`▶ **${a.invoice_no}**`);
    await s.t.db
      .updateTable('receivables')
      .set({ status: 'paid', outstanding: 0 })
      .where('id', '=', b.id)
      .execute();
    expect(replyText(await s.command(who.email, 'east', `查询 ${b.invoice_no}`))).toContain(
      `${b.invoice_no} 已结清，没有未结金额。`,
    );
  });
});

describe('ar in English', () => {
  it('ar <invoice> and ar <customer> tell the same story, in English', async () => {
    const { who, items, customer } = await customerWithItems('intl');
    await writeHistory(who, 'intl', items, true);
    const [a] = items as [Item];
    const byInvoice = replyText(await s.command(who.email, 'intl', `ar ${a.invoice_no}`));
    expect(byInvoice).toContain(`▶ **${a.invoice_no}**`);
    expect(byInvoice).toContain(
      `Credit rating ${customer.rating} · limit ${money(customer.credit_limit, 'USD')}`,
    );
    expect(byInvoice).toMatch(/\*\*Open items\*\* \(\d+, priority order\):/);
    expect(byInvoice).toContain('**Promises**: 2 of 3 kept (67 %)');
    expect(byInvoice).toContain('call number 6');
    expect(byInvoice).not.toContain('call number 1 ');
    expect(byInvoice).toMatch(/\*\*Suggested next step\*\*: \S+/);
    const byName = replyText(await s.command(who.email, 'intl', `ar "${customer.name}"`));
    expect(byName.replace(`▶ **${a.invoice_no}**`, a.invoice_no)).toBe(
      byInvoice.replace(`▶ **${a.invoice_no}**`, a.invoice_no),
    );
  });

  it('part of a name shared by several customers gets a "which one?" with buttons; a click shows the story', async () => {
    const manager = await personOf(s.t, 'manager', 'intl');
    const reply = await s.command(manager.email, 'intl', 'ar ltd');
    expect(replyText(reply)).toMatch(/^'ltd' matches \d+ customers\. Which one\?/);
    const first = buttonsOf(reply)[0];
    if (!first) throw new Error('no buttons');
    expect(first.actionId).toBe('pick.customer');
    const story = await s.click(manager.email, 'intl', first);
    expect(story.kind === 'private' && story.message.blocks[0]).toEqual({
      type: 'header',
      text: first.label,
    });
  });

  it('says so when nothing matches, or the customer is another team’s', async () => {
    const who = await personOf(s.t, 'collector', 'intl');
    expect(replyText(await s.command(who.email, 'intl', 'ar Nobody Trading'))).toBe(
      "I found no customer or invoice 'Nobody Trading' that you can look up.",
    );
    const east = await customerWithItems('east');
    expect(replyText(await s.command(who.email, 'intl', `ar ${east.customer.name}`))).toContain(
      'I found no customer',
    );
  });
});
