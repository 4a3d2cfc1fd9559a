import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form } from '../../../src/chat/form.js';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, runAt } from '../promises/promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let customerId: number;
let items: Map<string, number>;

const formOf = (reply: Reply): Form => {
  if (reply.kind !== 'form' && reply.kind !== 'form_errors')
    throw new Error(`no form: ${JSON.stringify(reply)}`);
  return reply.form;
};
const submit = (form: Form, values: Record<string, string>) =>
  h.app.handle(h.as(collector.email, 'east').submit(form.formId, values, form.metadata));
const instalments = () =>
  h.t.db
    .selectFrom('commitments')
    .selectAll()
    .where('kind', '=', 'instalment')
    .where('customer_id', '=', customerId)
    .where('status', '=', 'open')
    .orderBy('instalment_no')
    .execute();

beforeAll(async () => {
  // Tuesday 1 December 2026, 09:00 in Shanghai.
  h = await createHarness('2026-12-01T00:30:00Z');
  collector = await collectorWithNoItems(h, 'east');
  const c = await addCustomer(h, 'RF-1', '表单分期有限公司', collector.id, [
    { invoice: 'RF-A', yuan: 3000, due: '2026-11-01' },
    { invoice: 'RF-B', yuan: 1000, due: '2026-11-05' },
  ]);
  customerId = c.id;
  items = c.items;
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('the Repayment plan… form', () => {
  it('opens from the customer line of the morning list, for the customer as a whole', async () => {
    const button = h.port.sent
      .flatMap((s) => s.content?.message.blocks ?? [])
      .flatMap((b) => (b.type === 'actions' ? b.buttons : []))
      .find((b) => b.actionId === 'customer.repay' && b.value.includes(`:${items.get('RF-A')}:`));
    expect(button?.label).toBe('还款计划…');
    const form = formOf(
      await h.app.handle(h.as(collector.email, 'east').action('customer.repay', button?.value ?? '')),
    );
    expect(form.metadata.scope).toBe('customer');
    expect(form.intro).toContain('¥4,000.00');
    expect(form.fields.filter((f) => f.kind === 'date')).toHaveLength(12);
    // Nothing is chosen for the collector: every instalment field starts empty.
    expect(form.fields.every((f) => !f.initial)).toBe(true);
  });

  it('names each field that is wrong and saves nothing', async () => {
    const form = formOf(await h.app.handle(h.as(collector.email, 'east').command('还款计划 RF-1')));
    const reply = await submit(form, {
      amount_1: '1000',
      date_1: '11月20日',
      amount_2: '1000',
      amount_3: '500',
      date_3: '12月1日',
    });
    expect(reply.kind).toBe('form_errors');
    const errors = formOf(reply).errors ?? {};
    expect(errors.date_1).toContain('2027-11-20');
    expect(errors.date_2).toBe('请同时填写这一期的金额和日期。');
    const over = await submit(form, {
      amount_1: '3000',
      date_1: '12月10日',
      amount_2: '2000',
      date_2: '12月20日',
    });
    expect(formOf(over).errors?.amount_2).toBe('各期合计 ¥5,000.00，超过欠款 ¥4,000.00，未保存。');
    const falling = await submit(form, {
      amount_1: '1000',
      date_1: '12月20日',
      amount_2: '1000',
      date_2: '12月10日',
    });
    expect(formOf(falling).errors?.date_2).toContain('2026-12-20');
    expect(await instalments()).toEqual([]);
  });

  it('saves the instalments on the whole customer and says so', async () => {
    const form = formOf(await h.app.handle(h.as(collector.email, 'east').command('还款计划 RF-1')));
    const reply = await submit(form, {
      amount_1: '2000',
      date_1: '12月10日',
      amount_2: '2000',
      date_2: '12月24日',
      note: '对方财务同意',
    });
    expect(reply.kind).toBe('form_done');
    expect(JSON.stringify(reply)).toContain('共 2 期，合计 ¥4,000.00');
    const rows = await instalments();
    expect(rows.map((r) => [r.receivable_id, r.instalment_no, r.amount, r.due_on, r.note])).toEqual([
      [null, 1, 200_000, '2026-12-10', '对方财务同意'],
      [null, 2, 200_000, '2026-12-24', '对方财务同意'],
    ]);
    await h.app.outbox.drain();
    expect(
      h.port.sent.some(
        (s) => s.op === 'file' && s.file?.name === '还款协议-表单分期有限公司-2026-12-01.docx',
      ),
    ).toBe(true);
  });
});
