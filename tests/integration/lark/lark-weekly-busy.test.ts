import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBusyWeek, busyCustomer, busyLine } from '../weekly/busy-collector.js';
import { planLinesOf } from '../weekly/plan-lines.js';
import { createLarkHarness, type LarkHarness, type Person, textOf } from './lark-harness.js';
import { type CardForm, formOf, say, submitForm } from './lark-weekly-helpers.js';

// A collector with more customers falling due than a plan holds: the plan and result form cards
// stay within Lark's card limits, also when drawn again with an error under every line.

let h: LarkHarness;
let bo: Person;

/** Writes `text` to Duebot in Bo's direct chat and returns the form card that came back. */
async function open(text: string): Promise<CardForm> {
  const before = h.emulator.state.messages.length;
  await say(h, bo, 'dm', text);
  const form = formOf(h.emulator.state.messages.slice(before));
  expect(Buffer.byteLength(form.message.content)).toBeLessThanOrEqual(30 * 1024);
  return form;
}

const lines = () => planLinesOf(h.t.db, bo.id);

beforeAll(async () => {
  // Answers wait for Duebot however long a busy test machine takes (slow answers: lark-slow-answers).
  h = await createLarkHarness('http', { answerBudgetMs: 10_000 });
  bo = await h.person('collector', 'intl', 1);
  await addBusyWeek(h, bo.id, '2026-11-25');
});
afterAll(async () => {
  await h.close();
});

describe('a plan as long as a plan gets, in Feishu', () => {
  it('opens with the largest customers, says how many more there are, and saves every line', async () => {
    h.clock.set('2026-11-23T02:00:00Z');
    const form = await open('plan');
    const customers = Object.entries(form.values).filter(([id]) => id.startsWith('customer_'));
    expect(customers.map(([, v]) => v)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => busyLine(bo.id, i + 1)),
      '',
      '',
      '',
    ]);
    expect(textOf(form.message)).toMatch(/\d+ more customers have items this week/);
    const added = Object.fromEntries(
      [10, 11, 12].flatMap((n) => [
        [`customer_${n}`, busyCustomer(n)],
        [`amount_${n}`, '1000'],
      ]),
    );
    const { toast } = await submitForm(h, bo, form, added);
    expect(toast.type).toBe('success');
    expect((await lines()).map((l) => l.name)).toEqual(
      Array.from({ length: 12 }, (_, i) => busyCustomer(i + 1)),
    );
  });

  it("Friday's result card holds every line; drawn again with an error on each, it still fits", async () => {
    h.clock.set('2026-11-27T08:30:00Z');
    const form = await open('result');
    expect(Object.keys(form.values).filter((id) => id.startsWith('outcome_'))).toHaveLength(12);
    const bad = Object.fromEntries(
      Object.keys(form.values)
        .filter((id) => id.startsWith('collected_'))
        .map((id) => [id, 'lots']),
    );
    const { toast, card } = await submitForm(h, bo, form, { ...bad, promise_customer: 'nobody at all' });
    expect(toast.type).toBe('error');
    for (const l of await lines()) expect(card).toContain(`Choose an outcome for ${l.name}`);
    expect(card.match(/⚠/g)).toHaveLength(12 * 2 + 1);
    const all = Object.fromEntries((await lines()).map((l) => [`outcome_${l.id}`, 'no_contact']));
    expect((await submitForm(h, bo, form, all)).toast.type).toBe('success');
    expect((await lines()).every((l) => l.outcome === 'no_contact')).toBe(true);
  });
});
