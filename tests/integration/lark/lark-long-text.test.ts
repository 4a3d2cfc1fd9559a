import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openItemsOf, rowCounts } from '../commands/command-sandbox.js';
import { createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';

// A Feishu text far longer than any command is refused before the grammar reads it, with an
// answer that says why, and Duebot goes on serving the next message at once.

let h: LarkHarness;
let zh: Person;
let en: Person;

/** Writes to Duebot in the team's group as `who`; returns what came back to them only. */
async function say(who: Person, team: string, text: string): Promise<string> {
  const chatId = h.chatOf(team);
  const mine = h.emulator.userSays(chatId, text);
  const before = h.emulator.state.messages.length;
  const event = h.callbacks.message({ openId: who.openId, chatId, text, messageId: mine.message_id });
  const res = await h.callbacks.post(`${h.url}/lark/events`, event.payload);
  expect(res.status).toBe(200);
  await h.settle();
  return h.emulator.state.messages
    .slice(before)
    .filter((m) => m.ephemeral_to === who.openId)
    .map(textOf)
    .join('\n');
}

beforeAll(async () => {
  h = await createLarkHarness();
  zh = await h.person('collector', 'east');
  en = await h.person('collector', 'intl');
  // A first message binds each person's Feishu identity (an audited change of its own).
  await say(zh, 'east', '帮助');
  await say(en, 'intl', 'help');
});
afterAll(async () => {
  await h.close();
});

describe('a Feishu text longer than a command can be', () => {
  it('a 200,000-character word is refused with its length and an example, and nothing is saved', async () => {
    const rows = await rowCounts(h.t);
    const answer = await say(zh, 'east', `承诺 ${'9'.repeat(200_000)}`);
    expect(answer).toContain('这条消息太长');
    expect(answer).toContain('200003');
    expect(answer).toContain('2000');
    expect(answer).toContain('示例');
    // The answer is one short card, not the word sent back.
    expect(answer.length).toBeLessThan(300);
    expect(await rowCounts(h.t)).toEqual(rows);
  });

  it('the same in English, a word with no spaces at all', async () => {
    const answer = await say(en, 'intl', 'x'.repeat(200_000));
    expect(answer).toContain('too long to be a command');
    expect(answer).toContain('200,000 characters');
    expect(answer.length).toBeLessThan(300);
  });

  it('the next command after it is carried out as usual', async () => {
    const [item] = await openItemsOf(h.t, zh.id);
    const before = (await rowCounts(h.t)).promises ?? 0;
    await say(zh, 'east', 'x'.repeat(200_000));
    const answer = await say(zh, 'east', `承诺 ${item?.invoice_no} 100 12月1日`);
    expect(answer).toContain('✓');
    expect((await rowCounts(h.t)).promises).toBe(before + 1);
  });
});
