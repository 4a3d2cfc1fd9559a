import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/lark-api/state.js';
import { buttonsOf, createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';

// A form submission Lark delivers twice (two callbacks for one filled-in card) saves one
// promise with one audit entry; the second answer says it was already saved.

let h: LarkHarness;
let collector: Person;
let chat: string;

beforeAll(async () => {
  h = await createLarkHarness();
  await h.app.scheduler.tick();
  await h.settle();
  collector = await h.person('collector', 'east');
  chat = h.chatOf('east');
});
afterAll(async () => {
  await h.close();
});

/** The collector's overdue card in the group and the promise button's value on it. */
function myOverdueCard(): { card: StoredMessage; value: string } {
  for (const card of h.emulator.messagesIn(chat)) {
    if (card.msg_type !== 'interactive' || card.ephemeral_to) continue;
    const button = buttonsOf(card).find((b) => b.actionId === 'item.promise');
    if (button && textOf(card).includes(collector.name)) return { card, value: String(button.value) };
  }
  throw new Error(`no overdue card for ${collector.name}`);
}

const rowsFor = async (itemId: number) => ({
  commitments: (
    await h.t.db.selectFrom('commitments').select('id').where('receivable_id', '=', itemId).execute()
  ).length,
  audits: (
    await h.t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'promise.create')
      .where('actor_id', '=', collector.id)
      .execute()
  ).length,
});

describe('a Feishu form delivered twice', () => {
  it('saves one promise and tells the second delivery it was already saved', async () => {
    const { card, value } = myOverdueCard();
    const itemId = Number(value.split(':')[1]);
    await h.callbacks.post(
      `${h.url}/lark/cards`,
      h.callbacks.cardAction({
        openId: collector.openId,
        chatId: chat,
        messageId: card.message_id,
        value: { actionId: 'item.promise', value },
      }),
    );
    await h.settle();
    const form = h.emulator
      .messagesIn(chat)
      .filter((m) => m.ephemeral_to === collector.openId)
      .at(-1) as StoredMessage;
    const submit = buttonsOf(form).find((b) => typeof b.formId === 'string');
    expect(submit?.metadata).toMatchObject({ value, once: expect.any(String) });
    const before = await rowsFor(itemId);
    const deliver = () =>
      h.callbacks.post(
        `${h.url}/lark/cards`,
        h.callbacks.cardAction({
          openId: collector.openId,
          chatId: chat,
          messageId: form.message_id,
          value: { formId: submit?.formId, metadata: submit?.metadata },
          formValue: { amount: '1万', date: '2026-12-01 +0800', note: '财务已排款' },
        }),
      );
    // Both at once: the second waits for the first's transaction, then finds its key.
    const both = await Promise.all([deliver(), deliver()]);
    await h.settle();
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(await rowsFor(itemId)).toEqual({
      commitments: before.commitments + 1,
      audits: before.audits + 1,
    });
    // Once more afterwards: the answer repeats what was saved, and nothing is saved again.
    const again = JSON.stringify((await deliver()).body);
    await h.settle();
    expect(again).toContain('已经保存过了');
    expect(again).toContain('承诺 2026-12-01 付');
    expect(await rowsFor(itemId)).toEqual({
      commitments: before.commitments + 1,
      audits: before.audits + 1,
    });
  });
});
