import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingAnswers } from '../../../src/app/lists/deadline.js';
import { readTeamSettings } from '../../../src/app/team-settings.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, importPayments, runAt } from '../promises/promise-helpers.js';

// December 2026 for one collector: every kind of commitment from the day it is made to the day it
// is settled, by the real payments import and the scheduler's mornings on the clock.

let h: Harness;
let collector: { id: number; email: string; name: string };
const ids = new Map<string, number>();
const customers = new Map<string, number>();
const id = (invoice: string) => ids.get(invoice) as number;
const me = () => h.as(collector.email, 'east');
const say = (text: string) => h.app.handle(me().command(text));

const commitment = (kind: string, where: { item?: string; customer?: string }, n?: number) =>
  h.t.db
    .selectFrom('commitments')
    .selectAll()
    .where('kind', '=', kind as 'promise')
    .where((eb) =>
      where.item
        ? eb('receivable_id', '=', id(where.item))
        : eb.and([
            eb('receivable_id', 'is', null),
            eb('customer_id', '=', customers.get(where.customer ?? '') ?? 0),
          ]),
    )
    .where('status', '<>', 'cancelled')
    .$call((q) => (n === undefined ? q : q.where('instalment_no', '=', n)))
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();

const pay = (on: string, rows: { code: string; invoice: string; yuan: number }[]) => {
  h.clock.set(`${on}T03:00:00Z`);
  return importPayments(
    h,
    rows.map((r, i) => ({ id: `SM-${on}-${i}`, customer: r.code, invoice: r.invoice, yuan: r.yuan, on })),
  );
};

async function east() {
  return h.t.db.selectFrom('teams').selectAll().where('code', '=', 'east').executeTakeFirstOrThrow();
}

beforeAll(async () => {
  // Tuesday 1 December 2026, 08:30 in Shanghai.
  h = await createHarness('2026-12-01T00:30:00Z');
  collector = await collectorWithNoItems(h, 'east');
  const add = async (code: string, name: string, items: { invoice: string; yuan: number; due: string }[]) => {
    const c = await addCustomer(h, code, name, collector.id, items);
    customers.set(code, c.id);
    for (const [k, v] of c.items) ids.set(k, v);
  };
  await add('SM-1', '月度承诺有限公司', [{ invoice: 'SM-P', yuan: 3000, due: '2026-11-01' }]);
  await add('SM-2', '月度整体有限公司', [
    { invoice: 'SM-C1', yuan: 2000, due: '2026-11-02' },
    { invoice: 'SM-C2', yuan: 1000, due: '2026-11-03' },
  ]);
  await add('SM-3', '月度分期有限公司', [{ invoice: 'SM-I', yuan: 3000, due: '2026-11-04' }]);
  await add('SM-4', '月度按期有限公司', [{ invoice: 'SM-O', yuan: 1500, due: '2026-12-04' }]);
  await add('SM-5', '月度延期有限公司', [{ invoice: 'SM-D', yuan: 800, due: '2026-12-03' }]);
  await add('SM-6', '月度跟进有限公司', [{ invoice: 'SM-N', yuan: 600, due: '2026-11-05' }]);
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('a month of commitments', () => {
  it('1 December: each item gets its commitment, and the 18:00 deadline names nobody', async () => {
    expect(JSON.stringify(await say('承诺 SM-P 3000 12月8日'))).toContain('✓');
    expect(JSON.stringify(await say('承诺 SM-2 3000 12月10日'))).toContain('✓ 月度整体有限公司 (SM-2)');
    expect(JSON.stringify(await say('还款计划 SM-I 1000 12月4日 1000 12月11日 1000 12月18日'))).toContain(
      '共 3 期',
    );
    expect(JSON.stringify(await say('跟进 SM-N 电话 对方在走审批 下次 12月9日'))).toContain('✓');
    const onTime = await h.app.handle(
      me().action('predue.ontime', `w:${id('SM-O')}:2026-12-01:${collector.id}`),
    );
    expect(onTime.kind).toBe('private');
    const delay = await h.app.handle(
      me().submit(
        'predue.delay',
        { date: '+5d', reason: 'funds_tight' },
        { value: `w:${id('SM-D')}:2026-12-01:${collector.id}` },
      ),
    );
    expect(delay.kind).toBe('form_done');
    expect(await commitment('delay', { item: 'SM-D' })).toMatchObject({
      due_on: '2026-12-06',
      approval_state: 'not_needed',
    });
    // Tomorrow every overdue item is under a live commitment: nobody is named.
    const ctx = { db: h.t.db, platforms: ['sandbox' as const], now: h.clock.now() };
    expect(
      (await missingAnswers(ctx, await east(), readTeamSettings({}), '2026-12-02')).get(collector.id),
    ).toBeUndefined();
  });

  it('3–7 December: money arrives for the first instalment, the on-time item and the promise; all kept', async () => {
    await pay('2026-12-03', [{ code: 'SM-3', invoice: 'SM-I', yuan: 1000 }]);
    expect(await commitment('instalment', { item: 'SM-I' }, 1)).toMatchObject({
      status: 'kept',
      received: 100_000,
    });
    await runAt(h, '2026-12-04T01:00:00Z');
    await pay('2026-12-04', [{ code: 'SM-4', invoice: 'SM-O', yuan: 1500 }]);
    expect(await commitment('on_time', { item: 'SM-O' })).toMatchObject({ status: 'kept' });
    await runAt(h, '2026-12-07T01:00:00Z');
    await pay('2026-12-07', [{ code: 'SM-1', invoice: 'SM-P', yuan: 3000 }]);
    expect(await commitment('promise', { item: 'SM-P' })).toMatchObject({
      status: 'kept',
      received: 300_000,
    });
    // The delay ran to 6 December; its grace day is the 7th, so it is still open this morning.
    expect(await commitment('delay', { item: 'SM-D' })).toMatchObject({ status: 'open' });
  });

  it('8 December: the agreed delay passed unpaid and is broken', async () => {
    await runAt(h, '2026-12-08T01:00:00Z');
    const delay = await commitment('delay', { item: 'SM-D' });
    expect(delay).toMatchObject({ status: 'broken', received: 0 });
    expect(h.port.sent.filter((s) => s.dedupeKey?.startsWith(`commitment-broken:${delay.id}@`))).toHaveLength(
      1,
    );
  });

  it('9 December: the next action falls due and the follow-up that day keeps it', async () => {
    await pay('2026-12-09', [
      { code: 'SM-2', invoice: 'SM-C1', yuan: 1000 },
      { code: 'SM-2', invoice: 'SM-C2', yuan: 1000 },
    ]);
    await runAt(h, '2026-12-09T01:00:00Z');
    expect(await commitment('next_action', { item: 'SM-N' })).toMatchObject({
      status: 'open',
      due_on: '2026-12-09',
    });
    await say('跟进 SM-N 电话 财务说本周五安排付款');
    expect(await commitment('next_action', { item: 'SM-N' })).toMatchObject({ status: 'kept' });
  });

  it('14 December: the customer promise is partly kept and the second instalment broken', async () => {
    await runAt(h, '2026-12-14T01:00:00Z');
    expect(await commitment('promise', { customer: 'SM-2' })).toMatchObject({
      status: 'partially_kept',
      received: 200_000,
    });
    expect(await commitment('instalment', { item: 'SM-I' }, 2)).toMatchObject({
      status: 'broken',
      received: 0,
    });
    expect(await commitment('instalment', { item: 'SM-I' }, 3)).toMatchObject({ status: 'open' });
  });

  it('16 December: the rest of the plan arrives and the last instalment is kept', async () => {
    await pay('2026-12-16', [{ code: 'SM-3', invoice: 'SM-I', yuan: 2000 }]);
    expect(await commitment('instalment', { item: 'SM-I' }, 3)).toMatchObject({
      status: 'kept',
      received: 100_000,
    });
    const item = await h.t.db
      .selectFrom('receivables')
      .selectAll()
      .where('id', '=', id('SM-I'))
      .executeTakeFirstOrThrow();
    expect(item).toMatchObject({ outstanding: 0, status: 'paid' });
  });

  it('31 December: nothing is left open, and every settlement is in the audit log once', async () => {
    await runAt(h, '2026-12-31T01:00:00Z');
    const all = await h.t.db
      .selectFrom('commitments')
      .select(['id', 'kind', 'status'])
      .where('customer_id', 'in', [...customers.values()])
      .where('status', '<>', 'cancelled')
      .execute();
    expect(all.filter((c) => c.status === 'open')).toEqual([]);
    for (const c of all.filter((x) => x.kind !== 'next_action')) {
      const entity = c.kind === 'promise' ? 'promise' : 'commitment';
      const rows = await h.t.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity', '=', entity)
        .where('entity_id', '=', String(c.id))
        .where('action', 'like', `%.${c.status}`)
        .execute();
      expect(rows, `${c.kind} ${c.id}`).toHaveLength(1);
    }
  });
});
