import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems } from '../promises/promise-helpers.js';
import { formOf, initialValues, type Person, textOf } from './weekly-helpers.js';

// Two customers with one name: the forms show and read their codes, so a plan can be handed in.

let h: Harness;
let ann: Person;

beforeAll(async () => {
  // Monday 23 November 2026, 10:00 in Shanghai.
  h = await createHarness('2026-11-23T02:00:00Z');
  ann = await collectorWithNoItems(h, 'east');
  await addCustomer(h, 'TWIN-1', '同名机电有限公司', ann.id, [
    { invoice: 'TW-1', yuan: 8_000, due: '2026-11-26' },
  ]);
  await addCustomer(h, 'TWIN-2', '同名机电有限公司', ann.id, [
    { invoice: 'TW-2', yuan: 5_000, due: '2026-11-27' },
  ]);
});
afterAll(async () => {
  await h.t.close();
});

describe('the weekly plan form with two customers of one name', () => {
  it('shows each with its code and the collector’s own "due this week"', async () => {
    const form = formOf(await h.app.handle(h.as(ann.email, 'east').command('plan')));
    const values = initialValues(form);
    expect(Object.values(values)).toEqual(
      expect.arrayContaining(['同名机电有限公司 (TWIN-1)', '同名机电有限公司 (TWIN-2)']),
    );
    // Only these two items of the collector fall due this week: ¥13,000, not the team's figure.
    expect(form.intro).toContain('¥13,000.00');
  });

  it('saves the pre-filled plan as it stands, one line per customer', async () => {
    const form = formOf(await h.app.handle(h.as(ann.email, 'east').command('plan')));
    const saved = await h.app.handle(
      h.as(ann.email, 'east').submit('weekly.plan', initialValues(form), form.metadata),
    );
    expect(saved.kind).toBe('form_done');
    expect(textOf(saved)).toContain('计划已保存：2 条');
    const lines = await h.t.db
      .selectFrom('plan_lines as l')
      .innerJoin('customers as c', 'c.id', 'l.customer_id')
      .select(['c.external_id', 'l.planned_amount'])
      .orderBy('c.external_id')
      .execute();
    expect(lines).toEqual([
      { external_id: 'TWIN-1', planned_amount: 800_000 },
      { external_id: 'TWIN-2', planned_amount: 500_000 },
    ]);
  });

  it('asks which one when only the shared name is typed', async () => {
    const form = formOf(await h.app.handle(h.as(ann.email, 'east').command('plan')));
    const values = initialValues(form);
    const blank = form.fields.find((f) => f.id.startsWith('customer_') && !values[f.id])?.id ?? '';
    values[blank] = '同名机电有限公司';
    values[blank.replace('customer_', 'amount_')] = '100';
    const reply = await h.app.handle(h.as(ann.email, 'east').submit('weekly.plan', values, form.metadata));
    expect(reply.kind === 'form_errors' && reply.form.errors?.[blank]).toBe(
      '“同名机电有限公司”对应多个客户，请写明其中之一：同名机电有限公司 (TWIN-1), 同名机电有限公司 (TWIN-2)。',
    );
  });
});
