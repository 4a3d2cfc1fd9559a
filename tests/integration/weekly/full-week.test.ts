import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, importPayments } from '../promises/promise-helpers.js';
import {
  dmsTo,
  formOf,
  initialValues,
  type Person,
  planValues,
  postsWith,
  runAt,
  teamId,
  textOf,
} from './weekly-helpers.js';

// A whole week of check-ins for the east team of four: Ann and Bo plan, Cai is on leave with Ann
// covering, Dai never answers. Monday 23 Nov 2026 to Friday 27 Nov, Shanghai time (UTC+8).

let h: Harness;
let east: number;
let ann: Person;
let bo: Person;
let cai: Person;
let dai: Person;
const WEEK = '2026-11-23';
const handle = (p: Person) => `@${p.email.split('@')[0]}`;

beforeAll(async () => {
  h = await createHarness('2026-11-23T00:30:00Z');
  east = await teamId(h, 'east');
  ann = await h.person('collector', 'east', 0);
  bo = await h.person('collector', 'east', 1);
  cai = await h.person('collector', 'east', 2);
  dai = await h.person('collector', 'east', 3);
  await addCustomer(h, 'WK-A1', '周测甲公司', ann.id, [
    { invoice: 'WKA-1', yuan: 50_000, due: '2026-11-26' },
  ]);
  await addCustomer(h, 'WK-A2', '周测乙公司', ann.id, [
    { invoice: 'WKA-2', yuan: 20_000, due: '2026-11-27' },
  ]);
  await addCustomer(h, 'WK-B1', '周测丙公司', bo.id, [{ invoice: 'WKB-1', yuan: 10_000, due: '2026-11-25' }]);
});
afterAll(async () => {
  await h.t.close();
});

describe('a week of plan and result check-ins', () => {
  it('records a leave with a delegate before the week starts', async () => {
    const reply = await h.app.handle(
      h.as(cai.email, 'east').command(`请假 11-23 11-27 delegate ${handle(ann)}`),
    );
    expect(textOf(reply)).toContain(`由 ${ann.name} 代为跟进`);
    const leave = await h.t.db.selectFrom('leaves').selectAll().where('person_id', '=', cai.id).execute();
    expect(leave).toMatchObject([{ from_on: '2026-11-23', to_on: '2026-11-27', delegate_id: ann.id }]);
  });

  it('sends the Monday plan prompt at 09:30 to everyone at work, not to the one on leave', async () => {
    const before = await runAt(h, '2026-11-23T01:29:00Z');
    expect(before.get(`plan_prompt@${east}`)).toBe('not_yet');
    await runAt(h, '2026-11-23T01:30:00Z');
    for (const p of [ann, bo, dai]) {
      const [prompt] = dmsTo(h, p, `weekly:plan-prompt:team-${east}:${WEEK}:p${p.id}`);
      expect(textOf(prompt)).toContain('本周收款计划');
      const buttons = prompt?.content?.message.blocks.find((b) => b.type === 'actions');
      expect(buttons).toMatchObject({ buttons: [{ actionId: 'weekly.plan', value: WEEK }] });
    }
    expect(dmsTo(h, cai, 'weekly:')).toEqual([]);
  });

  it('opens a pre-filled plan from the prompt and saves it; `plan` opens it again with the saved lines', async () => {
    const form = formOf(await h.app.handle(h.as(ann.email, 'east').action('weekly.plan', WEEK)));
    const values = initialValues(form);
    expect(Object.values(values)).toContain('周测甲公司 (WK-A1)');
    expect(Object.values(values)).toContain('50,000.00');
    const saved = await h.app.handle(
      h
        .as(ann.email, 'east')
        .submit('weekly.plan', planValues(form, { 周测甲公司: '50000', 周测乙公司: '2万' }), form.metadata),
    );
    expect(saved.kind).toBe('form_done');
    expect(textOf(saved)).toContain('计划已保存：2 条');

    const again = formOf(await h.app.handle(h.as(ann.email, 'east').command('计划')));
    const shown = initialValues(again);
    expect([shown.customer_1, shown.amount_1, shown.customer_2, shown.amount_2]).toEqual([
      '周测甲公司 (WK-A1)',
      '50,000.00',
      '周测乙公司 (WK-A2)',
      '20,000.00',
    ]);

    const bos = formOf(await h.app.handle(h.as(bo.email, 'east').command('plan')));
    const done = await h.app.handle(
      h.as(bo.email, 'east').submit('weekly.plan', planValues(bos, { 周测丙公司: '1万' }), bos.metadata),
    );
    expect(done.kind).toBe('form_done');
  });

  it('reminds at 12:00 only the collector at work still without a plan, once', async () => {
    await runAt(h, '2026-11-23T04:00:00Z');
    await runAt(h, '2026-11-23T04:30:00Z');
    expect(dmsTo(h, dai, `weekly:plan-reminder:team-${east}:${WEEK}`)).toHaveLength(1);
    for (const p of [ann, bo, cai]) expect(dmsTo(h, p, 'weekly:plan-reminder')).toEqual([]);
  });

  it('posts the plan summary at 14:00: totals per collector, the team against what falls due, the missing one mentioned', async () => {
    await runAt(h, '2026-11-23T06:00:00Z');
    const [summary] = postsWith(h, `weekly:plan-summary:team-${east}:${WEEK}@`);
    const text = textOf(summary);
    expect(text).toContain(`${ann.name} | 2 | ¥70,000.00`);
    expect(text).toContain(`${bo.name} | 1 | ¥10,000.00`);
    expect(text).toMatch(/团队计划：¥80,000\.00，本周到期 ¥[\d,.]+。/);
    expect(text).toContain(`尚未提交计划：<@person:${dai.id}>`);
    expect(text).toContain(`请假至 2026-11-27：${cai.name}，由 ${ann.name} 代岗`);
    expect(Object.keys(summary?.content?.mentions ?? {})).toEqual([String(dai.id)]);
  });

  it('names neither the collector on leave at the 18:00 deadline; their items go to the delegate', async () => {
    await runAt(h, '2026-11-23T10:00:00Z');
    const [deadline] = postsWith(h, `deadline:team-${east}:2026-11-23@`);
    const mentioned = Object.keys(deadline?.content?.mentions ?? {}).map(Number);
    expect(mentioned).not.toContain(cai.id);
    expect(mentioned).toContain(ann.id);
  });

  it('lists the items of the collector on leave under the delegate, marked, and lets the delegate answer them', async () => {
    await runAt(h, '2026-11-24T01:00:00Z');
    const [part] = postsWith(h, `overdue:team-${east}:2026-11-24:p${cai.id}@`);
    expect(textOf(part)).toContain(`代 ${cai.name} 跟进（请假至 2026-11-27）`);
    expect(Object.keys(part?.content?.mentions ?? {})).toEqual([String(ann.id)]);
    const item = await h.t.db
      .selectFrom('receivables')
      .select('id')
      .where('collector_id', '=', cai.id)
      .where('status', '=', 'open')
      .where('due_on', '<', '2026-11-24')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const value = `o:${item.id}:2026-11-24:${cai.id}`;
    const reply = await h.app.handle(
      h.as(ann.email, 'east').submit('item.promise', { amount: '100', date: '2026-12-04' }, { value }),
    );
    expect(reply.kind).toBe('form_done');
    // The promise stays the collector's for scoring; the audit log says who logged it.
    const [promise] = await h.t.db
      .selectFrom('commitments')
      .select(['id', 'person_id'])
      .where('receivable_id', '=', item.id)
      .orderBy('id', 'desc')
      .execute();
    expect(promise?.person_id).toBe(cai.id);
    const logged = await h.t.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('entity', '=', 'promise')
      .where('entity_id', '=', String(promise?.id))
      .execute();
    expect(logged).toContainEqual({ actor_id: ann.id });
    const refused = await h.app.handle(
      h.as(bo.email, 'east').submit('item.promise', { amount: '100', date: '2026-12-04' }, { value }),
    );
    expect(textOf(refused)).toContain('只有');
  });

  it('fills in Friday results from receipts imported mid-week, marked "from the ledger"', async () => {
    h.clock.set('2026-11-25T03:00:00Z');
    await importPayments(h, [
      { id: 'WK-PAY-1', customer: 'WK-A1', invoice: 'WKA-1', yuan: 30_000, on: '2026-11-25' },
    ]);
    await runAt(h, '2026-11-27T08:00:00Z');
    for (const p of [ann, bo])
      expect(dmsTo(h, p, `weekly:result-prompt:team-${east}:${WEEK}`)).toHaveLength(1);
    for (const p of [cai, dai]) expect(dmsTo(h, p, 'weekly:result-prompt')).toEqual([]);

    const form = formOf(await h.app.handle(h.as(ann.email, 'east').action('weekly.result', WEEK)));
    const first = form.fields.filter((f) => f.id.startsWith('collected_'));
    expect(first.map((f) => [f.initial, f.hint])).toEqual([
      ['30,000.00', '账上已到：¥30,000.00'],
      [undefined, undefined],
    ]);
    const outcomes = form.fields.filter((f) => f.id.startsWith('outcome_'));
    expect(outcomes.map((f) => f.initial)).toEqual(['partial', undefined]);

    const values = initialValues(form);
    const refused = await h.app.handle(
      h.as(ann.email, 'east').submit('weekly.result', values, form.metadata),
    );
    expect(refused.kind).toBe('form_errors');
    const errors = refused.kind === 'form_errors' ? (refused.form.errors ?? {}) : {};
    expect(Object.values(errors)).toEqual(['请为 周测乙公司 选择结果：有计划未填结果时本周无法结束。']);
    expect(
      (await h.t.db.selectFrom('plan_lines').select('outcome').where('outcome', 'is not', null).execute())
        .length,
    ).toBe(0);

    const [second] = outcomes.slice(1);
    const collected2 = first[1]?.id ?? '';
    values[second?.id ?? ''] = 'partial';
    values[collected2] = '5000';
    values.promise_customer = '周测乙公司';
    values.promise_amount = '15000';
    values.promise_date = '2026-12-04';
    const saved = await h.app.handle(h.as(ann.email, 'east').submit('weekly.result', values, form.metadata));
    expect(saved.kind).toBe('form_done');
    expect(textOf(saved)).toContain('已登记承诺：周测乙公司');
  });

  it('reminds at 17:30 only the collector whose results are still open', async () => {
    await runAt(h, '2026-11-27T09:30:00Z');
    expect(dmsTo(h, bo, `weekly:result-reminder:team-${east}:${WEEK}`)).toHaveLength(1);
    for (const p of [ann, cai, dai]) expect(dmsTo(h, p, 'weekly:result-reminder')).toEqual([]);
  });

  it('posts plan vs actual at 18:00, stores each achievement and closes the week', async () => {
    await runAt(h, '2026-11-27T10:00:00Z');
    const [summary] = postsWith(h, `weekly:result-summary:team-${east}:${WEEK}@`);
    const text = textOf(summary);
    expect(text).toContain(`${ann.name} | ¥70,000.00 | ¥30,000.00 | ¥5,000.00 | 42.9% | 0`);
    expect(text).toContain(`${bo.name} | ¥10,000.00 | ¥0.00 | — | 0.0% | 1`);
    expect(text).toContain('团队：计划 ¥80,000.00，实际到账 ¥30,000.00（37.5%）。');
    expect(text).toContain(`尚未填写结果：<@person:${bo.id}>`);
    const scores = await h.t.db
      .selectFrom('weekly_scores as s')
      .innerJoin('weekly_plans as p', 'p.id', 's.plan_id')
      .select([
        'p.person_id',
        's.planned',
        's.collected',
        's.self_reported',
        's.achievement_bp',
        's.lines_without_outcome',
      ])
      .where('p.week_start', '=', WEEK)
      .orderBy('p.person_id')
      .execute();
    expect(scores).toEqual([
      {
        person_id: ann.id,
        planned: 7_000_000,
        collected: 3_000_000,
        self_reported: 500_000,
        achievement_bp: 4286,
        lines_without_outcome: 0,
      },
      {
        person_id: bo.id,
        planned: 1_000_000,
        collected: 0,
        self_reported: 0,
        achievement_bp: 0,
        lines_without_outcome: 1,
      },
    ]);

    const late = formOf(await h.app.handle(h.as(ann.email, 'east').command('plan'))).metadata;
    expect(late.week).toBe('2026-11-30');
    const closed = await h.app.handle(
      h.as(bo.email, 'east').submit('weekly.result', { outcome_1: 'collected' }, { week: WEEK }),
    );
    expect(textOf(closed)).toContain('2026-11-23 这一周已结束，未做任何更改');
  });

  it('sends every weekly message exactly once, even when the scheduler runs again', async () => {
    const before = h.port.sent.length;
    await runAt(h, '2026-11-27T11:00:00Z');
    expect(h.port.sent.filter((s) => s.dedupeKey?.startsWith('weekly:')).length).toBeGreaterThan(0);
    expect(h.port.sent.slice(before).filter((s) => s.dedupeKey?.startsWith('weekly:'))).toEqual([]);
  });
});
