import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../fakes/lark-api/state.js';
import { addCustomer, importPayments } from '../promises/promise-helpers.js';
import { planLinesOf } from '../weekly/plan-lines.js';
import { buttonsOf, createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';
import { type CardForm, formOf, readForm, say, submitForm } from './lark-weekly-helpers.js';

// The Monday plan and Friday result check-ins of the intl team through the Lark edge and emulator:
// prompt cards in the direct chat, form cards, field errors with the card drawn again, summaries.

let h: LarkHarness;
let ann: Person;
const WEEK = '2026-11-23';
const CUSTOMER = 'Weekly Check Pte Ltd';
// Plan lines show a customer with its code, so two customers with one name stay apart.
const LINE = `${CUSTOMER} (WK-L1)`;

async function runAt(iso: string) {
  h.clock.set(iso);
  await h.app.scheduler.tick();
  await h.settle();
}

/** Ann's card in her direct chat whose text contains `title`, the newest first. */
function dmCard(title: string): StoredMessage {
  const found = h.emulator
    .messagesIn(h.emulator.state.p2pChat(ann.openId))
    .filter((m) => m.msg_type === 'interactive' && textOf(m).includes(title));
  expect(found.length).toBeGreaterThan(0);
  return found.at(-1) as StoredMessage;
}

/** Clicks the button of a prompt card; the form card arrives privately. */
async function clickPrompt(prompt: StoredMessage): Promise<CardForm> {
  const value = buttonsOf(prompt)[0];
  const before = h.emulator.state.messages.length;
  const res = await h.callbacks.post(
    `${h.url}/lark/cards`,
    h.callbacks.cardAction({
      openId: ann.openId,
      chatId: prompt.chat_id,
      messageId: prompt.message_id,
      value,
    }),
  );
  expect(res.status).toBe(200);
  expect(res.body.toast).toMatchObject({ type: 'info' });
  await h.settle();
  return formOf(h.emulator.state.messages.slice(before));
}

/** Submits Ann's form card with what it shows, changed by `changes`. */
const submit = (form: CardForm, changes: Record<string, string>) => submitForm(h, ann, form, changes);

const submittedLines = () => planLinesOf(h.t.db, ann.id, true);

beforeAll(async () => {
  // Answers wait for Duebot however long a busy test machine takes (slow answers: lark-slow-answers).
  h = await createLarkHarness('http', { answerBudgetMs: 10_000 });
  ann = await h.person('collector', 'intl');
  await addCustomer(
    h,
    'WK-L1',
    CUSTOMER,
    ann.id,
    [{ invoice: 'WKL-1', yuan: 5_000, due: '2026-11-25' }],
    'active',
    'intl',
    'USD',
  );
  // Ann has written to Duebot before, so it knows her Feishu account and can write to her.
  await say(h, ann, 'dm', 'help');
});
afterAll(async () => {
  await h.close();
});

describe('the Monday plan in Feishu', () => {
  let form: CardForm;
  const line = () =>
    Object.entries(form.values)
      .find(([, v]) => v === LINE)?.[0]
      .slice('customer_'.length);

  it('sends the plan prompt card at 09:30 to the direct chat; its button opens the pre-filled form card', async () => {
    await runAt('2026-11-23T01:30:00Z');
    form = await clickPrompt(dmCard('Plan this week'));
    expect(form.submit.formId).toBe('weekly.plan');
    expect(Buffer.byteLength(form.message.content)).toBeLessThanOrEqual(30 * 1024);
    expect(form.values[`amount_${line()}`]).toBe('5,000.00');
    expect(Object.entries(form.values).filter(([id, v]) => id.startsWith('customer_') && !v)).toHaveLength(3);
  });

  it('answers a bad amount with an error toast and the form drawn again with the note, saving nothing', async () => {
    const { toast, card } = await submit(form, { [`amount_${line()}`]: '5万x' });
    expect(toast.type).toBe('error');
    expect(toast.content).toContain('5万x');
    expect(card).toContain('5万x');
    expect(card).toContain('⚠');
    expect(await submittedLines()).toEqual([]);
  });

  it('saves the plan as shown with a success toast', async () => {
    const { toast, card } = await submit(form, {});
    expect(toast.type).toBe('success');
    expect(card).toContain('Plan saved');
    const lines = await submittedLines();
    expect(lines).toContainEqual(expect.objectContaining({ name: CUSTOMER, planned_amount: 500_000 }));
  });

  it('`@Duebot plan` in the group opens the saved plan as a card only Ann sees', async () => {
    const before = h.emulator.state.messages.length;
    await say(h, ann, 'group', 'plan', 'intl');
    const again = formOf(h.emulator.state.messages.slice(before));
    expect(again.message.ephemeral_to).toBe(ann.openId);
    expect(again.values[`amount_${line()}`]).toBe('5,000.00');
  });

  it('posts the plan summary at 14:00 in the group', async () => {
    await runAt('2026-11-23T06:00:00Z');
    const summary = h.emulator
      .messagesIn(h.chatOf('intl'))
      .find((m) => textOf(m).includes(`Plan this week · International Accounts · week of ${WEEK}`));
    // Per collector in the card's table.
    expect(summary?.content).toContain(ann.name);
  });
});

describe('the Friday results in Feishu', () => {
  let form: CardForm;

  it('fills in the receipt imported mid-week, marked from the ledger', async () => {
    h.clock.set('2026-11-25T03:00:00Z');
    await importPayments(h, [
      { id: 'WKL-PAY-1', customer: 'WK-L1', invoice: 'WKL-1', yuan: 2_000, on: '2026-11-25' },
    ]);
    await runAt('2026-11-27T08:00:00Z');
    form = await clickPrompt(dmCard('Results this week'));
    expect(form.submit.formId).toBe('weekly.result');
    const mine = (await submittedLines()).find((l) => l.name === CUSTOMER);
    expect(form.values[`collected_${mine?.id}`]).toBe('2,000.00');
    expect(form.values[`outcome_${mine?.id}`]).toBe('partial');
    expect(textOf(form.message)).toContain('from the ledger: $2,000.00');
  });

  it('refuses results with a line without outcome, naming its customer, and saves nothing', async () => {
    const open = (await submittedLines()).filter((l) => l.name !== CUSTOMER);
    expect(open.length).toBeGreaterThan(0);
    const { toast, card } = await submit(form, {});
    expect(toast.type).toBe('error');
    expect(toast.content).toContain(`Choose an outcome for ${open[0]?.name}`);
    for (const l of open) expect(card).toContain(`Choose an outcome for ${l.name}`);
    expect((await submittedLines()).filter((l) => l.outcome !== null)).toEqual([]);
  });

  it('saves the results once every line has an outcome', async () => {
    const open = (await submittedLines()).filter((l) => l.name !== CUSTOMER);
    const { toast } = await submit(
      form,
      Object.fromEntries(open.map((l) => [`outcome_${l.id}`, 'no_contact'])),
    );
    expect(toast.type).toBe('success');
    expect(toast.content).toContain('Results saved for');
    expect((await submittedLines()).every((l) => l.outcome !== null)).toBe(true);
  });

  it('posts plan vs actual at 18:00 in the group', async () => {
    await runAt('2026-11-27T10:00:00Z');
    const summary = h.emulator
      .messagesIn(h.chatOf('intl'))
      .find((m) => textOf(m).includes(`Plan vs actual · International Accounts · week of ${WEEK}`));
    // Per collector in the card's table.
    expect(summary?.content).toContain(ann.name);
  });
});

describe('计划 in Chinese', () => {
  it('`计划` in the direct chat opens the plan form card in Chinese', async () => {
    const zh = await h.person('collector', 'east');
    h.clock.set('2026-11-30T02:00:00Z');
    const before = h.emulator.state.messages.length;
    await say(h, zh, 'dm', '计划');
    const form = formOf(h.emulator.state.messages.slice(before));
    expect(form.submit.formId).toBe('weekly.plan');
    expect(textOf(form.message)).toContain('本周收款计划');
    const { values } = readForm(form.message);
    expect(Object.keys(values)).toContain('customer_1');
  });
});
