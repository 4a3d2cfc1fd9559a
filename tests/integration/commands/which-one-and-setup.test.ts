import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonsOf,
  type CommandSandbox,
  openItemsOf,
  personOf,
  replyText,
  startCommandSandbox,
} from './command-sandbox.js';

// "Which one?" answers resolved by clicking their buttons (POST /api/action), and binding a chat
// with setup, through the sandbox's HTTP API on the real app.

let s: CommandSandbox;

beforeAll(async () => {
  s = await startCommandSandbox();
});
afterAll(async () => {
  await s?.close();
});

const followUpsOn = (itemId: number) =>
  s.t.db
    .selectFrom('follow_ups')
    .select(['method', 'note'])
    .where('receivable_id', '=', itemId)
    .where('note', '=', '对方在走审批')
    .execute();

describe('which one?', () => {
  it('a customer with several open items: a follow-up lists them as buttons; a click records it on that item', async () => {
    const who = await personOf(s.t, 'collector', 'east');
    const items = await openItemsOf(s.t, who.id);
    const counts = new Map<number, number>();
    for (const i of items) counts.set(i.customer_id, (counts.get(i.customer_id) ?? 0) + 1);
    const customer = items.find((i) => (counts.get(i.customer_id) ?? 0) > 1);
    if (!customer) throw new Error('no customer with several open items');
    const reply = await s.command(who.email, 'east', `跟进 ${customer.customer_name} 电话 对方在走审批`);
    expect(replyText(reply)).toContain(`"${customer.customer_name}"对应`);
    const buttons = buttonsOf(reply);
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.every((b) => b.actionId === 'pick.item' && b.value.length < 1_000)).toBe(true);
    const chosen = buttons[1];
    if (!chosen) throw new Error('no second button');
    const invoice = chosen.label.split(' · ')[0] ?? '';
    const item = items.find((i) => i.invoice_no === invoice);
    if (!item) throw new Error(`button ${chosen.label} names no item of the collector`);
    expect(await followUpsOn(item.id)).toEqual([]);

    const done = await s.click(who.email, 'east', chosen);
    expect(replyText(done)).toBe(`✓ ${item.customer_name} · ${invoice}: 已电话跟进（已联系上）`);
    expect(await followUpsOn(item.id)).toEqual([{ method: 'phone', note: '对方在走审批' }]);
  });

  it('a promise naming a customer with several open items is one promise on the customer, not "which one?"', async () => {
    const who = await personOf(s.t, 'collector', 'south');
    const items = await openItemsOf(s.t, who.id);
    const counts = new Map<number, number>();
    for (const i of items) counts.set(i.customer_id, (counts.get(i.customer_id) ?? 0) + 1);
    const customer = items.find((i) => (counts.get(i.customer_id) ?? 0) > 1);
    if (!customer) throw new Error('no customer with several open items');
    const reply = await s.command(who.email, 'south', `承诺 ${customer.customer_name} 100 下周五`);
    expect(replyText(reply)).toMatch(
      new RegExp(`^✓ ${customer.customer_name} \\(.+\\): 承诺 2026-12-04 前回款 ¥100\\.00`),
    );
    expect(buttonsOf(reply)).toEqual([]);
    const saved = await s.t.db
      .selectFrom('commitments')
      .select(['amount', 'due_on', 'receivable_id'])
      .where('customer_id', '=', customer.customer_id)
      .where('kind', '=', 'promise')
      .where('status', '=', 'open')
      .where('receivable_id', 'is', null)
      .execute();
    expect(saved).toEqual([{ amount: 10_000, due_on: '2026-12-04', receivable_id: null }]);
  });

  it('part of a name shared by several customers: pick the customer, then the item', async () => {
    const manager = await personOf(s.t, 'manager', 'intl');
    const names = await s.t.db
      .selectFrom('customers as c')
      .innerJoin('teams as t', 't.id', 'c.team_id')
      .select('c.name')
      .where('t.code', '=', 'intl')
      .execute();
    const first = (n: string) => n.split(' ')[0] ?? n;
    const shared = names.map((n) => first(n.name)).find((w, _, all) => all.filter((x) => x === w).length > 1);
    if (!shared) throw new Error('no two intl customers share a first word');
    const typed = shared.toLowerCase();
    const reply = await s.command(manager.email, 'intl', `followup ${typed} phone waiting for approval`);
    expect(replyText(reply)).toMatch(new RegExp(`^'${typed}' matches \\d+ customers\\. Which one\\?`));
    const customers = buttonsOf(reply);
    expect(customers.length).toBeGreaterThan(1);
    expect(customers.every((b) => b.actionId === 'pick.customer' && b.label.startsWith(shared))).toBe(true);

    const picked = customers[0];
    if (!picked) throw new Error('no customer button');
    const itemsReply = await s.click(manager.email, 'intl', picked);
    const itemButtons = buttonsOf(itemsReply);
    const itemButton = itemButtons[0];
    if (!itemButton) throw new Error(`no item buttons after picking: ${replyText(itemsReply)}`);
    expect(itemButtons.every((b) => b.actionId === 'pick.item')).toBe(true);
    const done = await s.click(manager.email, 'intl', itemButton);
    expect(replyText(done)).toMatch(/^✓ .*: followed up by /);
  });

  it('a click carries the command, so it is checked again: over the balance is still refused', async () => {
    const who = await personOf(s.t, 'collector', 'intl');
    const items = await openItemsOf(s.t, who.id);
    const item = items[items.length - 1];
    if (!item) throw new Error('no item');
    const forged = { actionId: 'pick.item', label: 'x', value: `${item.id}:promise whatever 99999999 fri` };
    expect(replyText(await s.click(who.email, 'intl', forged))).toContain('That is more than the');
    const other = await personOf(s.t, 'collector', 'east');
    const theirs = (await openItemsOf(s.t, other.id))[0];
    if (!theirs) throw new Error('no item');
    const notMine = { actionId: 'pick.item', label: 'x', value: `${theirs.id}:promise x 1 fri` };
    expect(replyText(await s.click(who.email, 'intl', notMine))).toBe(
      'That choice is no longer open to you: nothing was saved. Type the command again.',
    );
  });
});

describe('setup', () => {
  const channelOf = (chatId: string) =>
    s.t.db
      .selectFrom('channels')
      .innerJoin('teams', 'teams.id', 'channels.team_id')
      .select(['teams.code', 'channels.purpose'])
      .where('channels.platform_chat_id', '=', chatId)
      .executeTakeFirstOrThrow();

  it('is refused for a collector, in their language, and changes nothing', async () => {
    const collector = await personOf(s.t, 'collector', 'east');
    expect(replyText(await s.command(collector.email, 'east', '绑定 south'))).toBe(
      '只有财务管理员可以把群绑定到团队。',
    );
    const en = await personOf(s.t, 'collector', 'intl');
    expect(replyText(await s.command(en.email, 'intl', 'setup east'))).toBe(
      'Only finance admins can bind a chat to a team.',
    );
    expect(await channelOf('east')).toEqual({ code: 'east', purpose: 'collection' });
  });

  it('an admin moves a bound chat to another team and back, each move audit-logged with before and after', async () => {
    const admin = await personOf(s.t, 'admin', null);
    expect(replyText(await s.command(admin.email, 'intl', 'setup nowhere'))).toBe(
      "There is no team 'nowhere'. Teams: east, south, intl.",
    );
    expect(replyText(await s.command(admin.email, 'intl', 'setup intl'))).toBe(
      'This chat is already the collection chat of International Accounts.',
    );
    expect(replyText(await s.command(admin.email, 'intl', 'setup EAST'))).toBe(
      '✓ This chat moved from International Accounts to 华东回款组.',
    );
    expect(await channelOf('intl')).toEqual({ code: 'east', purpose: 'collection' });
    // The chat is the east team's now, so the answer is in Chinese.
    expect(replyText(await s.command(admin.email, 'intl', '绑定 International Accounts'))).toBe(
      '✓ 本群已从 华东回款组 改绑到 International Accounts。',
    );
    expect(await channelOf('intl')).toEqual({ code: 'intl', purpose: 'collection' });
    const audit = await s.t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'before', 'after'])
      .where('action', '=', 'channel.move')
      .orderBy('id')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor_id: admin.id, before: { platform_chat_id: 'intl' } });
    expect(audit.map((a) => (a.after as { team: string } | null)?.team)).toEqual(['east', 'intl']);
  });

  it('binds a chat that was bound to no team', async () => {
    const admin = await personOf(s.t, 'admin', null);
    await s.t.db.deleteFrom('channels').where('platform_chat_id', '=', 'south').execute();
    expect(replyText(await s.command(admin.email, 'south', '绑定 south'))).toBe(
      '✓ 本群已绑定为 华南回款组 的催收群。',
    );
    expect(await channelOf('south')).toEqual({ code: 'south', purpose: 'collection' });
    const bound = await s.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'channel.bind')
      .execute();
    expect(bound).toHaveLength(1);
  });
});
