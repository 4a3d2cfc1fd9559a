import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer } from '../promises/promise-helpers.js';
import { formOf, initialValues, type Person, planValues, textOf } from './weekly-helpers.js';

// The plan and result forms refuse bad input field by field and save nothing until all is right.

let h: Harness;
let ann: Person;
let bo: Person;
let manager: Person;
const WEEK = '2026-11-23';

const errorsOf = (reply: Reply) => (reply.kind === 'form_errors' ? (reply.form.errors ?? {}) : {});
const planRows = () =>
  h.t.db
    .selectFrom('weekly_plans')
    .select('id')
    .where('person_id', '=', ann.id)
    .where('plan_submitted_at', 'is not', null)
    .execute();

async function openPlanAs(p: Person) {
  return formOf(await h.app.handle(h.as(p.email, 'east').command('plan')));
}

beforeAll(async () => {
  h = await createHarness('2026-11-23T02:00:00Z');
  ann = await h.person('collector', 'east', 0);
  bo = await h.person('collector', 'east', 1);
  manager = await h.person('manager', 'east');
  await addCustomer(h, 'F-A', '表单甲公司', ann.id, [{ invoice: 'FA-1', yuan: 8_000, due: '2026-11-26' }]);
  await addCustomer(h, 'F-B', '表单乙公司', bo.id, [{ invoice: 'FB-1', yuan: 9_000, due: '2026-11-26' }]);
});
afterAll(async () => {
  await h.t.close();
});

describe('plan form input', () => {
  it('refuses an amount it cannot read, naming it, and saves nothing', async () => {
    const form = await openPlanAs(ann);
    const values = planValues(form, { 表单甲公司: '5万x' });
    const reply = await h.app.handle(h.as(ann.email, 'east').submit('weekly.plan', values, form.metadata));
    expect(reply.kind).toBe('form_errors');
    expect(Object.values(errorsOf(reply))).toEqual([expect.stringContaining('5万x')]);
    // What was typed comes back as typed.
    if (reply.kind === 'form_errors') expect(initialValues(reply.form)).toMatchObject(values);
    expect(await planRows()).toEqual([]);
  });

  it("refuses another collector's customer, a duplicate and an unknown customer, all at once", async () => {
    const form = await openPlanAs(ann);
    const values = planValues(form, { 表单甲公司: '8000' });
    const blanks = form.fields
      .filter((f) => f.id.startsWith('customer_') && !values[f.id])
      .map((f) => f.id.slice('customer_'.length));
    const [b1, b2, b3] = blanks;
    Object.assign(values, {
      [`customer_${b1}`]: '表单乙公司',
      [`amount_${b1}`]: '9000',
      [`customer_${b2}`]: '表单甲公司',
      [`amount_${b2}`]: '100',
      [`customer_${b3}`]: '不存在的公司',
      [`amount_${b3}`]: '100',
    });
    const reply = await h.app.handle(h.as(ann.email, 'east').submit('weekly.plan', values, form.metadata));
    expect(errorsOf(reply)).toEqual({
      [`customer_${b1}`]: '表单乙公司 不是您负责的客户。',
      [`customer_${b2}`]: '表单甲公司 已在前面的行中。',
      [`customer_${b3}`]: '本组没有客户“不存在的公司”。',
    });
    expect(await planRows()).toEqual([]);
  });

  it('asks for the customer of an amount typed on an empty line', async () => {
    const form = await openPlanAs(ann);
    const values = planValues(form, {});
    const blank = form.fields.find((f) => f.id.startsWith('customer_') && !values[f.id])?.id ?? '';
    values[blank.replace('customer_', 'amount_')] = '100';
    const reply = await h.app.handle(h.as(ann.email, 'east').submit('weekly.plan', values, form.metadata));
    expect(errorsOf(reply)).toEqual({ [blank]: '请填写这笔金额对应的客户。' });
  });

  it("lets a manager plan any of the team's customers", async () => {
    const form = await openPlanAs(manager);
    const values = planValues(form, { 表单乙公司: '9000' });
    const reply = await h.app.handle(
      h.as(manager.email, 'east').submit('weekly.plan', values, form.metadata),
    );
    expect(reply.kind).toBe('form_done');
  });

  it('lets a delegate plan the customers of the colleague they cover for that week', async () => {
    const cai = await h.person('collector', 'east', 2);
    const dai = await h.person('collector', 'east', 3);
    await addCustomer(h, 'F-D', '表单丁公司', dai.id, [{ invoice: 'FD-1', yuan: 3_000, due: '2026-11-26' }]);
    const form = await openPlanAs(cai);
    const values = planValues(form, { 表单丁公司: '3000' });
    const refused = await h.app.handle(h.as(cai.email, 'east').submit('weekly.plan', values, form.metadata));
    expect(Object.values(errorsOf(refused))).toEqual(['表单丁公司 不是您负责的客户。']);
    const leave = await h.app.handle(
      h.as(dai.email, 'east').command(`leave 11-25 11-27 delegate @${cai.email.split('@')[0]}`),
    );
    expect(textOf(leave)).toContain('✓');
    const saved = await h.app.handle(h.as(cai.email, 'east').submit('weekly.plan', values, form.metadata));
    expect(saved.kind).toBe('form_done');
  });

  it('saves a valid plan and, resubmitted with a line blanked, drops that line', async () => {
    const form = await openPlanAs(ann);
    const values = planValues(form, { 表单甲公司: '8000' });
    expect(
      (await h.app.handle(h.as(ann.email, 'east').submit('weekly.plan', values, form.metadata))).kind,
    ).toBe('form_done');
    const again = await openPlanAs(ann);
    expect(initialValues(again)).toMatchObject({ customer_1: '表单甲公司 (F-A)', amount_1: '8,000.00' });
    const audit = await h.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'weekly_plan')
      .execute();
    expect(audit.map((a) => a.action)).toContain('plan.submit');
  });
});

describe('result form input', () => {
  it('refuses a bad collected amount and a line without outcome, and a promise without a date', async () => {
    const form = formOf(await h.app.handle(h.as(ann.email, 'east').command('result')));
    const values = initialValues(form);
    const collected = form.fields.find((f) => f.id.startsWith('collected_'))?.id ?? '';
    values[collected] = 'lots';
    values.promise_customer = '表单甲公司';
    values.promise_amount = '100';
    const reply = await h.app.handle(h.as(ann.email, 'east').submit('weekly.result', values, form.metadata));
    expect(errorsOf(reply)).toEqual({
      [collected]: expect.stringContaining('lots'),
      [collected.replace('collected_', 'outcome_')]:
        '请为 表单甲公司 选择结果：有计划未填结果时本周无法结束。',
      promise_date: '此项必填。',
    });
    const lines = await h.t.db
      .selectFrom('plan_lines')
      .select('outcome')
      .where('outcome', 'is not', null)
      .execute();
    expect(lines).toEqual([]);
  });

  it('says the plan is closed after the result check-in starts, and changes nothing', async () => {
    const form = await openPlanAs(ann);
    h.clock.set('2026-11-27T08:00:00Z');
    const reply = await h.app.handle(
      h.as(ann.email, 'east').submit('weekly.plan', planValues(form, { 表单甲公司: '1' }), form.metadata),
    );
    expect(reply.kind).toBe('form_done');
    expect(textOf(reply)).toContain(`${WEEK} 这一周的计划已在周五 16:00 结果填报时截止，未做任何更改`);
    const line = await h.t.db
      .selectFrom('plan_lines as l')
      .innerJoin('weekly_plans as p', 'p.id', 'l.plan_id')
      .select('l.planned_amount')
      .where('p.person_id', '=', ann.id)
      .executeTakeFirstOrThrow();
    expect(line.planned_amount).toBe(800_000);
  });

  it('says a person without a plan has no results to give', async () => {
    const reply = await h.app.handle(h.as(bo.email, 'east').command('结果'));
    expect(textOf(reply)).toContain('没有计划');
  });
});
