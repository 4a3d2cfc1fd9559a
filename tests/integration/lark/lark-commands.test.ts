import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openItemsOf, rowCounts } from '../commands/command-sandbox.js';
import { createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';

// Every command of the shared grammar, typed to Duebot in a Feishu group (@Duebot …) and in a
// direct chat, in English (the intl team) and Chinese (the east team), good and bad.

let h: LarkHarness;
let en: { who: Person; invoice: string; itemId: number };
let zh: { who: Person; invoice: string; itemId: number };

async function collector(team: string) {
  const who = await h.person('collector', team);
  const [item] = await openItemsOf(h.t, who.id);
  if (!item) throw new Error(`no open item for ${who.email}`);
  return { who, invoice: item.invoice_no, itemId: item.id };
}

/** Writes to Duebot as `who`, then returns what came back to them only (a card's text). */
async function say(who: Person, where: 'group' | 'dm', team: string, text: string): Promise<string> {
  const chatId = where === 'group' ? h.chatOf(team) : h.emulator.state.p2pChat(who.openId);
  const mine = h.emulator.userSays(chatId, text);
  const before = h.emulator.state.messages.length;
  const event = h.callbacks.message({
    openId: who.openId,
    chatId,
    text,
    direct: where === 'dm',
    messageId: mine.message_id,
  });
  const res = await h.callbacks.post(`${h.url}/lark/events`, event.payload);
  expect(res.status).toBe(200);
  await h.settle();
  const answers = h.emulator.state.messages
    .slice(before)
    .filter((m) => (where === 'group' ? m.ephemeral_to === who.openId : m.parent_id === mine.message_id));
  return answers.map(textOf).join('\n');
}

beforeAll(async () => {
  h = await createLarkHarness();
  en = await collector('intl');
  zh = await collector('east');
});
afterAll(async () => {
  await h.close();
});

describe.each(['group', 'dm'] as const)('text commands (%s)', (where) => {
  it('English: promise, followup, dispute and paid are saved and confirmed to the collector only', async () => {
    expect(await say(en.who, where, 'intl', `promise ${en.invoice} 100 12/1 finance scheduled it`)).toContain(
      '✓',
    );
    const promise = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', '=', en.itemId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(promise).toMatchObject({
      due_on: '2026-12-01',
      note: 'finance scheduled it',
      person_id: en.who.id,
    });
    expect(
      await say(en.who, where, 'intl', `followup ${en.invoice} phone waiting for approval next mon`),
    ).toContain('✓');
    expect(await say(en.who, where, 'intl', `dispute ${en.invoice} two pallets damaged`)).toContain('✓');
    expect(await say(en.who, where, 'intl', `paid ${en.invoice} 50 11/20 ref BK-${where}`)).toContain(
      '2026-11-20',
    );
    const claim = await h.t.db
      .selectFrom('paid_claims')
      .selectAll()
      .where('reference', '=', `BK-${where}`)
      .executeTakeFirst();
    expect(claim?.receivable_id).toBe(en.itemId);
  });

  it('中文：承诺、跟进、争议、已付 保存并只回复给本人', async () => {
    expect(await say(zh.who, where, 'east', `承诺 ${zh.invoice} 1万 12月1日 财务已排款`)).toContain(
      '承诺 2026-12-01 付 ¥10,000.00',
    );
    expect(await say(zh.who, where, 'east', `跟进 ${zh.invoice} 电话 对方在走审批 下次 下周一`)).toContain(
      '已电话跟进（已联系上），下次跟进 2026-11-30',
    );
    expect(await say(zh.who, where, 'east', `争议 ${zh.invoice} 两托货物破损`)).toContain('✓');
    expect(await say(zh.who, where, 'east', `已付 ${zh.invoice} 5000 11月20日 流水号 ZH-${where}`)).toContain(
      '2026-11-20',
    );
  });

  it('lookups and the other commands answer in the language of the team', async () => {
    expect(await say(en.who, where, 'intl', `ar ${en.invoice}`)).toContain(en.invoice);
    expect(await say(zh.who, where, 'east', `查询 ${zh.invoice}`)).toContain(zh.invoice);
    expect(await say(en.who, where, 'intl', 'overdue mine')).toMatch(/overdue/i);
    expect(await say(zh.who, where, 'east', '逾期 我的')).toContain('逾期');
    for (const [who, team, words] of [
      [en.who, 'intl', ['help', 'plan', 'result', 'leave 12/1 12/3', 'report weekly']],
      [zh.who, 'east', ['帮助', '计划', '结果', '请假 12月1日 12月3日', '报表 周报']],
    ] as const)
      for (const text of words) expect(await say(who, where, team, text), text).not.toBe('');
  });

  it('a command that does not read gets a specific answer with an example, and nothing is written', async () => {
    const before = await rowCounts(h.t);
    const amount = await say(en.who, where, 'intl', `promise ${en.invoice} 5万x fri`);
    expect(amount).toContain("couldn't read '5万x' as an amount");
    expect(await say(zh.who, where, 'east', `承诺 ${zh.invoice} 5万万 下周五`)).toContain(
      '无法识别金额"5万万"',
    );
    expect(await say(zh.who, where, 'east', `承诺 ${zh.invoice} 5万 2月30日`)).toContain('2月30日');
    expect(await say(en.who, where, 'intl', 'pay me now')).not.toBe('');
    expect(await rowCounts(h.t)).toEqual(before);
  });
});

describe('people and chats', () => {
  it('when the group is at its send limit the answer comes by direct message, waiting out a limit there too', async () => {
    h.emulator.rateLimit(h.chatOf('east'), { times: 1, resetSeconds: 1 });
    const dm = h.emulator.state.p2pChat(zh.who.openId);
    h.emulator.rateLimit(dm, { times: 1, resetSeconds: 1, code: 230020 });
    const before = h.emulator.messagesIn(dm).length;
    const event = h.callbacks.message({ openId: zh.who.openId, chatId: h.chatOf('east'), text: '帮助' });
    expect((await h.callbacks.post(`${h.url}/lark/events`, event.payload)).status).toBe(200);
    await h.settle();
    const answers = h.emulator.messagesIn(dm).slice(before);
    expect(answers).toHaveLength(1);
    expect(textOf(answers[0])).toContain('承诺');
  });

  it('someone Duebot does not know is told so in a group and in a direct chat, and nothing is bound', async () => {
    h.emulator.addUser('ou_stranger', 'stranger@elsewhere.example');
    const stranger = { id: 0, email: 'stranger@elsewhere.example', name: 'stranger', openId: 'ou_stranger' };
    const before = await rowCounts(h.t);
    expect(await say(stranger, 'group', 'east', `承诺 ${zh.invoice} 1万 12月1日`)).toContain('我还不认识你');
    expect(await say(stranger, 'dm', 'east', 'help')).toContain('我还不认识你');
    expect(await rowCounts(h.t)).toEqual(before);
    const bound = await h.t.db
      .selectFrom('chat_identities')
      .select('id')
      .where('platform_user_id', '=', 'ou_stranger')
      .execute();
    expect(bound).toHaveLength(0);
  });

  it('an admin binds a new group to a team with @Duebot setup, and another @mention becomes a name', async () => {
    const admin = await h.person('admin');
    h.emulator.addChat('oc_new_group');
    const answer = await say(admin, 'group', 'new_group', 'setup east');
    expect(answer).not.toBe('');
    const channel = await h.t.db
      .selectFrom('channels')
      .innerJoin('teams', 'teams.id', 'channels.team_id')
      .select(['teams.code', 'channels.workspace_id'])
      .where('channels.platform', '=', 'lark')
      .where('channels.platform_chat_id', '=', 'oc_new_group')
      .executeTakeFirstOrThrow();
    expect(channel).toEqual({ code: 'east', workspace_id: '' });
    const manager = await h.person('manager', 'east');
    const mine = h.emulator.userSays(h.chatOf('east'), 'x');
    const event = h.callbacks.message({
      openId: manager.openId,
      chatId: h.chatOf('east'),
      text: `逾期 @${zh.who.name}`,
      others: [{ openId: zh.who.openId, name: zh.who.name }],
      messageId: mine.message_id,
    });
    expect(JSON.stringify(event.payload)).toContain('@_user_2');
    const before = h.emulator.state.messages.length;
    await h.callbacks.post(`${h.url}/lark/events`, event.payload);
    await h.settle();
    const reply = h.emulator.state.messages.slice(before).find((m) => m.ephemeral_to === manager.openId);
    expect(textOf(reply)).toContain(zh.who.name);
  });
});
