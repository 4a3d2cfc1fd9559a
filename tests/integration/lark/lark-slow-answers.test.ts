import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/lark-api/state.js';
import { buttonsOf, createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';

// When the answer to a form submission is not ready in time for the callback (budget 0 here), the
// callback is acknowledged with a toast and the form card is replaced afterwards with the callback's
// token (Lark's delayed card update): the field notes, or the ✓.

let h: LarkHarness;
let collector: Person;
let chat: string;

beforeAll(async () => {
  h = await createLarkHarness('http', { answerBudgetMs: 0 });
  await h.app.scheduler.tick();
  await h.settle();
  collector = await h.person('collector', 'south');
  chat = h.chatOf('south');
});
afterAll(async () => {
  await h.close();
});

async function openForm(): Promise<{ list: StoredMessage; form: StoredMessage; value: string }> {
  const list = h.emulator
    .messagesIn(chat)
    .find(
      (m) =>
        !m.ephemeral_to &&
        m.msg_type === 'interactive' &&
        textOf(m).includes(collector.name) &&
        buttonsOf(m).some((b) => b.actionId === 'item.promise'),
    );
  if (!list) throw new Error('no list card');
  const value = String(buttonsOf(list).find((b) => b.actionId === 'item.promise')?.value);
  await h.callbacks.post(
    `${h.url}/lark/cards`,
    h.callbacks.cardAction({
      openId: collector.openId,
      chatId: chat,
      messageId: list.message_id,
      value: { actionId: 'item.promise', value },
    }),
  );
  await h.settle();
  const form = h.emulator
    .messagesIn(chat)
    .filter((m) => m.ephemeral_to === collector.openId)
    .at(-1);
  if (!form) throw new Error('no form card');
  return { list, form, value };
}

const submit = (form: StoredMessage, value: string, formValue: Record<string, string>) =>
  h.callbacks.post(
    `${h.url}/lark/cards`,
    h.callbacks.cardAction({
      openId: collector.openId,
      chatId: chat,
      messageId: form.message_id,
      value: { formId: 'item.promise', metadata: { value } },
      formValue,
    }),
  );

describe('answers slower than the callback', () => {
  it('field errors replace the form card afterwards, nothing saved', async () => {
    const { form, value } = await openForm();
    const res = await submit(form, value, { amount: '5万x', date: '2026-12-01 +0800' });
    expect(res.status).toBe(200);
    expect(res.body.toast).toMatchObject({ type: 'info' });
    expect(res.body.card).toBeUndefined();
    await h.settle();
    const replaced = h.emulator.state.find(form.message_id);
    expect(replaced?.updated).toBe(true);
    expect(textOf(replaced)).toContain('5万x');
  });

  it('a good submission is saved, its form card becomes ✓ and the list card is marked', async () => {
    const { list, form, value } = await openForm();
    await submit(form, value, { amount: '100', date: '2026-12-01 +0800' });
    await h.settle();
    expect(textOf(h.emulator.state.find(form.message_id))).toContain('✓');
    const saved = await h.t.db
      .selectFrom('commitments')
      .select('amount')
      .where('receivable_id', '=', Number(value.split(':')[1]))
      .execute();
    expect(saved.map((p) => p.amount)).toEqual([10_000]);
    expect(textOf(h.emulator.state.find(list.message_id))).toContain(`✓ ${collector.name}`);
  });
});
