import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { money } from '../../../src/app/lists/labels.js';
import {
  type CommandSandbox,
  collectorWithItems,
  replyText,
  rowCounts,
  startCommandSandbox,
  TODAY,
} from './command-sandbox.js';

// Every command typed into the sandbox's command box in English (the intl team's chat), through
// POST /api/command on the real app; the Chinese keywords are in commands-zh.test.ts.

let s: CommandSandbox;
let en: Awaited<ReturnType<typeof collectorWithItems>>;
let zh: Awaited<ReturnType<typeof collectorWithItems>>;

const counts = () => rowCounts(s.t);

beforeAll(async () => {
  s = await startCommandSandbox();
  en = await collectorWithItems(s.t, 'intl');
  zh = await collectorWithItems(s.t, 'east');
});
afterAll(async () => {
  await s?.close();
});

describe('help', () => {
  it('lists the commands in the language of the chat, and explains one command', async () => {
    const help = replyText(await s.command(en.who.email, 'intl', 'help'));
    for (const word of ['promise', 'followup', 'dispute', 'paid', 'ar', 'overdue', 'setup'])
      expect(help).toContain(word);
    expect(replyText(await s.command(en.who.email, 'intl', 'help promise'))).toMatch(
      /^`promise <invoice.*\nExample/,
    );
    const zhHelp = replyText(await s.command(zh.who.email, 'east', '帮助'));
    for (const word of ['承诺', '跟进', '争议', '已付', '查询', '逾期', '绑定'])
      expect(zhHelp).toContain(word);
    expect(replyText(await s.command(zh.who.email, 'east', '帮助 查询'))).toContain('示例');
    expect(replyText(await s.command(en.who.email, 'intl', 'help report'))).toMatch(
      /^`report \[weekly \| aging \| kpi \| forecast\] \[2026-W47 \| 2026-11\]`.*\nExample: `report weekly 2026-W47`/,
    );
  });
});

describe('item commands in English', () => {
  it('promise: saved with the amount in the item currency, the date and the note', async () => {
    const reply = replyText(
      await s.command(en.who.email, 'intl', `promise ${en.item.invoice_no} 100 12/1 finance scheduled it`),
    );
    expect(reply).toBe(`✓ ${en.item.customer_name} · ${en.item.invoice_no}: promised $100.00 for 2026-12-01`);
    const row = await s.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', '=', en.item.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      amount: 10_000,
      due_on: '2026-12-01',
      made_on: TODAY,
      note: 'finance scheduled it',
      status: 'open',
    });
  });

  it('followup, dispute and paid are saved on the item', async () => {
    const no = en.item.invoice_no;
    expect(
      replyText(await s.command(en.who.email, 'intl', `followup ${no} phone waiting for approval next fri`)),
    ).toMatch(/^✓ .*: followed up by Phone \(Reached them\), next follow-up 2026-11-27$/);
    const followUp = await s.t.db
      .selectFrom('follow_ups')
      .selectAll()
      .where('receivable_id', '=', en.item.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(followUp).toMatchObject({
      method: 'phone',
      outcome: 'contacted',
      note: 'waiting for approval',
      next_action_on: '2026-11-27',
    });

    expect(
      replyText(await s.command(en.who.email, 'intl', `dispute ${no} two pallets arrived damaged`)),
    ).toMatch(/^✓ /);
    const item = await s.t.db
      .selectFrom('receivables')
      .select(['disputed', 'dispute_note'])
      .where('id', '=', en.item.id)
      .executeTakeFirstOrThrow();
    expect(item).toEqual({ disputed: true, dispute_note: 'two pallets arrived damaged' });

    const paid = replyText(await s.command(en.who.email, 'intl', `paid ${no} 50 11/20 ref 2026112012345`));
    expect(paid).toContain('customer says $50.00 was paid on 2026-11-20');
    const claim = await s.t.db
      .selectFrom('paid_claims')
      .selectAll()
      .where('receivable_id', '=', en.item.id)
      .executeTakeFirstOrThrow();
    expect(claim).toMatchObject({
      amount: 5_000,
      paid_on: '2026-11-20',
      reference: '2026112012345',
      state: 'pending',
    });
  });

  it('overdue mine, team and @person list items in priority order', async () => {
    const mine = replyText(await s.command(en.who.email, 'intl', 'overdue'));
    expect(mine.split('\n')[0]).toMatch(new RegExp(`^\\*\\*${en.who.name}: \\d+ overdue items?\\*\\*`));
    expect(replyText(await s.command(en.who.email, 'intl', 'overdue mine'))).toBe(mine);
    expect(replyText(await s.command(en.who.email, 'intl', 'overdue team'))).toMatch(
      /^\*\*International Accounts: \d+ overdue items\*\*/,
    );
    const handle = en.who.email.split('@')[0] ?? '';
    expect(replyText(await s.command(zh.who.email, 'east', `overdue @${handle}`)).split('\n')[0]).toContain(
      en.who.name,
    );
    expect(replyText(await s.command(en.who.email, 'intl', 'overdue @nobody.here'))).toBe(
      "I don't know @nobody.here: use their name or e-mail as on the roster.",
    );
  });

  it('refuses, changing nothing: more than the balance (shown), a past date, someone else’s invoice, an unknown one', async () => {
    const before = await counts();
    const balance = money(en.other.outstanding, en.other.currency);
    expect(
      replyText(await s.command(en.who.email, 'intl', `promise ${en.other.invoice_no} 99999999 12/1`)),
    ).toBe(
      `${en.other.customer_name} · ${en.other.invoice_no}: That is more than the ${balance} still outstanding.`,
    );
    expect(
      replyText(await s.command(en.who.email, 'intl', `promise ${en.other.invoice_no} 100 2026-11-01`)),
    ).toContain("'2026-11-01' is in the past");
    expect(replyText(await s.command(en.who.email, 'intl', `promise ${zh.item.invoice_no} 100 12/1`))).toBe(
      `${zh.item.invoice_no} is not yours to answer: only its collector, their manager or finance can. Nothing was saved.`,
    );
    expect(replyText(await s.command(en.who.email, 'intl', 'promise INV-0000-404 100 12/1'))).toContain(
      "I found no open item for 'INV-0000-404'",
    );
    expect(replyText(await s.command(en.who.email, 'intl', 'report'))).toBe(
      'Collectors see their own figures: `report kpi`.',
    );
    expect(await counts()).toEqual(before);
  });
});
