import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/lark-api/state.js';
import { buttonsOf, createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';

// After `setup east` binds 华东's people, the first morning sends their manager a credit review
// card for each demo customer whose behaviour turned (C00001 keeps few promises, C00004 pays late).
let h: LarkHarness;
let manager: Person;
const dm = () => h.emulator.messagesIn(h.emulator.state.p2pChat(manager.openId));
const reviewCard = (code: string) =>
  dm().find(
    (m) =>
      m.msg_type === 'interactive' && textOf(m).includes(`（${code}）`) && textOf(m).includes('信用评估'),
  ) as StoredMessage;
const buttonValue = (card: StoredMessage, actionId: string) =>
  String(buttonsOf(card).find((b) => b.actionId === actionId)?.value);
const customer = (code: string) =>
  h.t.db
    .selectFrom('customers')
    .select(['id', 'rating', 'status', 'hold_set_by'])
    .where('external_id', '=', code)
    .executeTakeFirstOrThrow();
const click = (card: StoredMessage, value: unknown, formValue?: Record<string, unknown>) =>
  h.callbacks.post(
    `${h.url}/lark/cards`,
    h.callbacks.cardAction({
      openId: manager.openId,
      chatId: h.emulator.state.p2pChat(manager.openId),
      messageId: card.message_id,
      value,
      ...(formValue ? { formValue } : {}),
    }),
  );

beforeAll(async () => {
  h = await createLarkHarness();
  const admin = await h.person('admin');
  const typed = h.emulator.userSays(h.chatOf('east'), 'setup east');
  const event = h.callbacks.message({
    openId: admin.openId,
    chatId: h.chatOf('east'),
    text: 'setup east',
    messageId: typed.message_id,
  });
  await h.callbacks.post(`${h.url}/lark/events`, event.payload);
  await h.settle();
  const collector = await h.t.db
    .selectFrom('customers as c')
    .innerJoin('people as p', 'p.id', 'c.owner_id')
    .select('p.manager_id')
    .where('c.external_id', '=', 'C00004')
    .executeTakeFirstOrThrow();
  const boss = await h.t.db
    .selectFrom('people')
    .select(['id', 'email', 'name'])
    .where('id', '=', collector.manager_id as number)
    .executeTakeFirstOrThrow();
  manager = { ...boss, openId: `ou_${boss.id}` };
  await h.app.scheduler.tick();
  await h.settle();
});
afterAll(async () => {
  await h.close();
});

describe('a credit review through Feishu', () => {
  it('arrives in the manager’s direct chat as a card with the figures and four buttons', () => {
    const card = reviewCard('C00004');
    expect(card).toBeDefined();
    expect(JSON.parse(card.content).schema).toBe('2.0');
    const text = textOf(card);
    expect(text).toContain('平均逾期天数超过团队标准');
    expect(text).toContain('占用额度');
    expect(text).toContain('平均逾期天数（近12个月）');
    expect(buttonsOf(card).map((b) => b.actionId)).toEqual([
      'review.keep',
      'review.rating',
      'review.limit',
      'review.hold',
    ]);
  });

  it('puts the customer on hold from the card once, and answers the manager privately', async () => {
    const card = reviewCard('C00004');
    const keep = buttonValue(card, 'review.keep');
    const res = await click(card, { actionId: 'review.hold', value: buttonValue(card, 'review.hold') });
    expect(res.status).toBe(200);
    // C00004 is already held for its age: the hold is now also the manager's, and not announced again.
    await h.settle();
    expect(dm().map(textOf).join('\n')).toContain('原已停止供货，现同时由你设置');
    expect(await customer('C00004')).toMatchObject({ status: 'credit_hold', hold_set_by: manager.id });
    // The card has lost its buttons and says who decided; a click that was already on its way is told.
    expect(textOf(reviewCard('C00004'))).toContain(`已由 ${manager.name} 决定：停止供货`);
    expect(buttonsOf(reviewCard('C00004'))).toEqual([]);
    const again = await click(card, { actionId: 'review.keep', value: keep });
    expect(again.status).toBe(200);
    await h.settle();
    const said = JSON.stringify([again.body, ...dm().map(textOf)]);
    expect(said).toContain('的信用评估已由');
    expect(await customer('C00004')).toMatchObject({ status: 'credit_hold' });
    const history = await h.t.db
      .selectFrom('credit_history')
      .select('kind')
      .where('customer_id', '=', (await customer('C00004')).id)
      .orderBy('id')
      .execute();
    expect(history.map((r) => r.kind)).toEqual(expect.arrayContaining(['review_opened', 'review']));
  });

  it('changes the rating through the form card', async () => {
    const card = reviewCard('C00001');
    const before = await customer('C00001');
    await click(card, { actionId: 'review.rating', value: buttonValue(card, 'review.rating') });
    await h.settle();
    const form = dm()
      .filter((m) => buttonsOf(m).some((b) => b.formId === 'review.rating'))
      .at(-1) as StoredMessage;
    const submit = buttonsOf(form).find((b) => b.formId === 'review.rating');
    const next = before.rating === 'A' ? 'B' : 'A';
    const res = await click(form, submit, { rating: next });
    expect(res.body.toast).toMatchObject({ type: 'success' });
    expect(String((res.body.toast as { content: string }).content)).toContain(`调整为 ${next}`);
    expect((await customer('C00001')).rating).toBe(next);
  });
});
