import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createLarkHarness, type LarkHarness, type Person, textOf } from '../lark/lark-harness.js';
import { erpExportFor, outstandingOf } from './chat-import-helpers.js';

// Finance sends a ledger file to Duebot in its Feishu/Lark direct chat: the real SDK receives the
// encrypted im.message.receive_v1 file event and downloads the file with im.v1.messageResource.get.

let h: LarkHarness;
let finance: Person;
let collector: Person;

beforeAll(async () => {
  h = await createLarkHarness();
  finance = await h.person('admin');
  collector = await h.person('collector');
});
afterAll(async () => {
  await h.close();
});

/** Sends the file as `who` and returns Duebot's answers in that direct chat, after the file message. */
async function send(who: Person, name: string, content: Buffer) {
  const chatId = h.emulator.state.p2pChat(who.openId);
  const mine = h.emulator.userSendsFile(chatId, name, content);
  const before = h.emulator.state.messages.length;
  const event = h.callbacks.fileMessage({
    openId: who.openId,
    chatId,
    messageId: mine.message_id,
    content: mine.content,
  });
  const res = await h.callbacks.post(`${h.url}/lark/events`, event);
  expect(res.status).toBe(200);
  await h.settle();
  const after = h.emulator.state.messages.slice(before).filter((m) => m.chat_id === chatId);
  const answers = after.filter((m) => m.parent_id === mine.message_id);
  return {
    mine,
    replies: answers,
    answer: answers.map(textOf).join('\n'),
    /** The cards as sent, tables included. */
    cards: answers.map((m) => m.content).join('\n'),
    files: after.filter((m) => m.msg_type === 'file'),
  };
}

describe('a ledger file sent to Duebot in a Lark direct chat', () => {
  it('imports finance’s GBK ERP export and answers under the file what was saved', async () => {
    const { answer } = await send(finance, '应收账款明细表.csv', await erpExportFor(h.t.db, 'LK-9001'));
    expect(h.emulator.resources.downloads).toHaveLength(1);
    expect(answer).toContain('已导入 应收账款明细表.csv（应收账款（发票））');
    expect(answer).toContain('共 1 行：新增 1');
    expect(await outstandingOf(h.t.db, 'LK-9001')).toMatchObject({ outstanding: 1_200_000 });
  });

  it('tells anyone but finance that only finance imports, without downloading the file', async () => {
    const downloads = h.emulator.resources.downloads.length;
    const { answer } = await send(collector, 'ledger.csv', await erpExportFor(h.t.db, 'LK-9002'));
    expect(answer).toContain('只有财务可以导入文件');
    expect(h.emulator.resources.downloads).toHaveLength(downloads);
    expect(await outstandingOf(h.t.db, 'LK-9002')).toBeUndefined();
  });

  it('rejects a file with a bad row whole and sends the rejects file in the direct chat', async () => {
    const { answer, cards, files } = await send(
      finance,
      'bad.csv',
      await erpExportFor(h.t.db, 'LK-9003', '2026/13/45'),
    );
    expect(answer).toContain('bad.csv（应收账款（发票））未导入，未写入任何数据');
    expect(cards).toContain('2026/13/45');
    expect(await outstandingOf(h.t.db, 'LK-9003')).toBeUndefined();
    expect(files).toHaveLength(1);
    const key = (JSON.parse(files[0]?.content ?? '{}') as { file_key?: string }).file_key ?? '';
    const stored = h.emulator.state.files.get(key);
    expect(stored?.name).toBe('bad.rejects.csv');
    expect(stored?.data.toString('utf8')).toContain('LK-9003');
  });

  it('answers a file over the size limit with its size, writing nothing', async () => {
    const { answer } = await send(finance, 'huge.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(answer).toContain('"huge.csv"大小为 21.0 MB，超过了聊天中可导入的上限 20.0 MB');
  });
});

describe('a file whose kind the header does not say, in Lark', () => {
  it('asks with buttons on a card, and a click imports it once however often it comes', async () => {
    const customer = await h.t.db
      .selectFrom('customers')
      .select('external_id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const sent = await send(
      finance,
      'list.csv',
      Buffer.from(`客户编码,联系人\n${customer.external_id},王建国\n`, 'utf8'),
    );
    expect(sent.answer).toContain('是什么文件？请选择类型');
    const card = sent.replies.at(-1);
    if (!card) throw new Error('no card asking for the kind');
    const contacts = buttonsOf(card).find((b) => String(b.value ?? '').endsWith(':contacts'));
    if (!contacts) throw new Error(`no contacts button among ${JSON.stringify(buttonsOf(card))}`);
    const chatId = h.emulator.state.p2pChat(finance.openId);
    const click = async (who: Person) => {
      const before = h.emulator.state.messages.length;
      const event = h.callbacks.cardAction({
        openId: who.openId,
        chatId,
        messageId: card.message_id,
        value: contacts,
      });
      expect((await h.callbacks.post(`${h.url}/lark/cards`, event)).status).toBe(200);
      await h.settle();
      return h.emulator.state.messages.slice(before).map(textOf).join('\n');
    };
    expect(await click(finance)).toContain('已导入 list.csv（客户联系人）');
    expect(await click(finance)).toContain('已经导入过，没有重复导入');
    const saved = await h.t.db
      .selectFrom('customer_contacts')
      .select('name')
      .where('name', '=', '王建国')
      .execute();
    expect(saved).toHaveLength(1);
  });
});
