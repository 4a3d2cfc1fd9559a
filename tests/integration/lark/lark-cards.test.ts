import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/lark-api/state.js';
import { buttonsOf, createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';

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

const ephemeralFor = (openId: string) => h.emulator.messagesIn(chat).filter((m) => m.ephemeral_to === openId);
const promiseCount = async () =>
  Number(
    (
      await h.t.db
        .selectFrom('commitments')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the morning in a Feishu group', () => {
  it('posts the lists as JSON 2.0 cards with item buttons, continuation cards and the spreadsheet in the thread', async () => {
    const messages = h.emulator.messagesIn(chat);
    const cards = messages.filter((m) => m.msg_type === 'interactive');
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.every((m) => JSON.parse(m.content).schema === '2.0')).toBe(true);
    const { card } = myOverdueCard();
    expect(buttonsOf(card).map((b) => b.actionId)).toContain('item.followup');
    const files = messages.filter((m) => m.msg_type === 'file');
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.root_id !== undefined)).toBe(true);
    const key = JSON.parse(files[0]?.content ?? '{}').file_key;
    expect(h.emulator.state.files.get(key)?.name).toMatch(/\.xlsx$/);
  });
});

describe('answering an item from its card', () => {
  it('a click is acknowledged with a toast and the form arrives as a card only the collector sees', async () => {
    const { value } = myOverdueCard();
    const click = h.callbacks.cardAction({
      openId: collector.openId,
      chatId: chat,
      messageId: myOverdueCard().card.message_id,
      value: { actionId: 'item.promise', value },
    });
    const res = await h.callbacks.post(`${h.url}/lark/cards`, click);
    expect(res.status).toBe(200);
    expect(res.body.toast).toMatchObject({ type: 'info' });
    expect(res.body.card).toBeUndefined();
    await h.settle();
    const form = ephemeralFor(collector.openId).at(-1);
    expect(textOf(form)).toContain('**');
    const submit = buttonsOf(form as StoredMessage).find((b) => typeof b.formId === 'string');
    expect(submit).toMatchObject({ formId: 'item.promise', metadata: { value } });
    // Binding by e-mail happened on this first contact.
    const bound = await h.t.db
      .selectFrom('chat_identities')
      .select('person_id')
      .where('platform', '=', 'lark')
      .where('platform_user_id', '=', collector.openId)
      .executeTakeFirst();
    expect(bound?.person_id).toBe(collector.id);
  });

  it('a submission with bad fields gets an error toast and the form again with the notes, and saves nothing', async () => {
    const { value } = myOverdueCard();
    const form = ephemeralFor(collector.openId).at(-1) as StoredMessage;
    const before = await promiseCount();
    const res = await h.callbacks.post(
      `${h.url}/lark/cards`,
      h.callbacks.cardAction({
        openId: collector.openId,
        chatId: chat,
        messageId: form.message_id,
        value: { formId: 'item.promise', metadata: { value } },
        formValue: { amount: '5万x', date: '2026-11-01 +0800' },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.toast).toMatchObject({ type: 'error' });
    expect(String((res.body.toast as { content: string }).content)).toContain('5万x');
    const again = JSON.stringify((res.body.card as { data: unknown }).data);
    expect(again).toContain('5万x');
    expect(again).toContain('2026-11-01');
    expect(await promiseCount()).toBe(before);
  });

  it('a good submission saves the promise, answers with a success toast and the list card is marked ✓', async () => {
    const { card, value } = myOverdueCard();
    const form = ephemeralFor(collector.openId).at(-1) as StoredMessage;
    const res = await h.callbacks.post(
      `${h.url}/lark/cards`,
      h.callbacks.cardAction({
        openId: collector.openId,
        chatId: chat,
        messageId: form.message_id,
        value: { formId: 'item.promise', metadata: { value } },
        formValue: { amount: '1万', date: '2026-12-01 +0800', note: '财务已排款' },
      }),
    );
    expect(res.body.toast).toMatchObject({ type: 'success' });
    expect(JSON.stringify(res.body.card)).toContain('✓');
    const itemId = Number(value.split(':')[1]);
    const promise = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(promise).toMatchObject({ amount: 1_000_000, due_on: '2026-12-01', person_id: collector.id });
    await h.settle();
    const patched = h.emulator.state.find(card.message_id);
    expect(patched?.updated).toBe(true);
    expect(textOf(patched)).toContain(`✓ ${collector.name}`);
    expect(h.emulator.state.calls.some((c) => c.method === 'PATCH' && c.path.endsWith(card.message_id))).toBe(
      true,
    );
  });

  it('someone outside the roster gets the refusal and nothing changes', async () => {
    h.emulator.addUser('ou_stranger', 'stranger@elsewhere.example');
    const { card, value } = myOverdueCard();
    const before = await promiseCount();
    const res = await h.callbacks.post(
      `${h.url}/lark/cards`,
      h.callbacks.cardAction({
        openId: 'ou_stranger',
        chatId: chat,
        messageId: card.message_id,
        value: { formId: 'item.promise', metadata: { value } },
        formValue: { amount: '1万', date: '2026-12-01 +0800' },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.toast).toMatchObject({ type: 'info' });
    await h.settle();
    expect(await promiseCount()).toBe(before);
    const identities = await h.t.db
      .selectFrom('chat_identities')
      .select('id')
      .where('platform_user_id', '=', 'ou_stranger')
      .execute();
    expect(identities).toHaveLength(0);
  });
});

describe('the 18:00 deadline in a Feishu group', () => {
  it('@mentions the collectors still missing answers as real Feishu mentions', async () => {
    const people = await h.t.db.selectFrom('people').select('id').execute();
    await h.t.db
      .insertInto('chat_identities')
      .values(
        people.map((p) => ({ person_id: p.id, platform: 'lark' as const, platform_user_id: `ou_${p.id}` })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    const before = h.emulator.messagesIn(chat).length;
    h.clock.set('2026-11-23T10:00:00Z');
    await h.app.scheduler.tick();
    await h.settle();
    const posted = h.emulator.messagesIn(chat).slice(before).map(textOf).join('\n');
    const others = await h.t.db
      .selectFrom('people')
      .innerJoin('teams', 'teams.id', 'people.team_id')
      .select('people.id')
      .where('teams.code', '=', 'east')
      .where('people.role', '=', 'collector')
      .where('people.id', '!=', collector.id)
      .execute();
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(posted).toContain(`<at id=ou_${other.id}></at>`);
  });
});
