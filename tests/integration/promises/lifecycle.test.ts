import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestListPartOf } from '../../../src/db/repositories/commitment.repository.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import {
  addCustomer,
  auditActions,
  importPayments,
  promise,
  promisesOn,
  runAt,
  textOf,
} from './promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let items: Map<string, number>;
const item = (invoice: string) => items.get(invoice) as number;

beforeAll(async () => {
  h = await createHarness();
  collector = await h.person('collector', 'east');
  ({ items } = await addCustomer(h, 'PT-1', '承诺测试有限公司', collector.id, [
    { invoice: 'PT-A', yuan: 1000, due: '2026-11-01' },
    { invoice: 'PT-B', yuan: 2000, due: '2026-11-02' },
    { invoice: 'PT-C', yuan: 3000, due: '2026-11-03' },
    { invoice: 'PT-D', yuan: 4000, due: '2026-11-04' },
  ]));
  // Monday 2026-11-23, 09:00 in Shanghai: the morning lists go out with our items.
  await runAt(h, '2026-11-23T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('the promise lifecycle', () => {
  it('marks a promise kept when an imported payment reaches the promised amount', async () => {
    await promise(h, collector, item('PT-A'), '2026-11-23', { amount: '1000', date: '2026-11-25' });
    const result = await importPayments(h, [
      { id: 'PT-PAY-1', customer: 'PT-1', invoice: 'PT-A', yuan: 1000, on: '2026-11-23' },
    ]);
    const [kept] = await promisesOn(h, item('PT-A'));
    expect(kept).toMatchObject({ status: 'kept', received: 100_000 });
    expect(kept?.resolved_at).not.toBeNull();
    const audit = await h.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'promise.kept')
      .where('entity_id', '=', String(kept?.id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_label: 'import', import_id: result.importId });
  });

  it('leaves a promise open while part of the money is in and the date has not passed', async () => {
    await promise(h, collector, item('PT-B'), '2026-11-23', { amount: '2000', date: '2026-11-24' });
    await promise(h, collector, item('PT-C'), '2026-11-23', { amount: '3000', date: '2026-11-24' });
    await importPayments(h, [
      { id: 'PT-PAY-2', customer: 'PT-1', invoice: 'PT-B', yuan: 500, on: '2026-11-23' },
    ]);
    expect((await promisesOn(h, item('PT-B')))[0]).toMatchObject({ status: 'open' });
    // Wednesday: the promised date has passed but the grace day has not.
    await runAt(h, '2026-11-25T01:00:00Z');
    expect((await promisesOn(h, item('PT-C')))[0]).toMatchObject({ status: 'open' });
  });

  it('settles partly kept and broken promises once the date and the grace day have passed', async () => {
    const thread = await latestListPartOf(h.t.db, item('PT-C'));
    expect(thread).toMatch(/^overdue:team-\d+:2026-11-25:p\d+$/);
    await runAt(h, '2026-11-26T01:00:00Z');
    expect((await promisesOn(h, item('PT-B')))[0]).toMatchObject({
      status: 'partially_kept',
      received: 50_000,
    });
    const [broken] = await promisesOn(h, item('PT-C'));
    expect(broken).toMatchObject({ status: 'broken', received: 0 });

    // Announced in the thread of the list part that showed the item, mentioning the collector.
    const root = h.port.sent.find((s) => s.op === 'post' && s.dedupeKey === `${thread}@sandbox:east`);
    const notices = h.port.sent.filter((s) => s.dedupeKey?.startsWith(`promise-broken:${broken?.id}@`));
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice?.threadId).toBe(root?.id);
    expect(Object.keys(notice?.content?.mentions ?? {})).toEqual([String(collector.id)]);
    expect(textOf(notice)).toContain('承诺已违约');
    expect(textOf(notice)).toContain('¥3,000.00');
    expect(textOf(notice)).toContain('2026-11-24');
    expect(textOf(notice)).toContain('承诺测试有限公司 已连续违约 1 次');
    // The partly kept promise is not announced as broken.
    const partly = (await promisesOn(h, item('PT-B')))[0];
    expect(h.port.sent.some((s) => s.dedupeKey?.startsWith(`promise-broken:${partly?.id}@`))).toBe(false);
  });

  it('brings a broken promise back to the list as a broken promise, not as promised', async () => {
    const team = await h.t.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'east')
      .executeTakeFirstOrThrow();
    const key = `overdue:team-${team.id}:2026-11-26:p${collector.id}@sandbox:east`;
    const part = h.port.sent.find((s) => s.op === 'post' && s.dedupeKey === key);
    const line = textOf(part)
      .split('\n')
      .findIndex((l) => l.includes('PT-C'));
    expect(line).toBeGreaterThanOrEqual(0);
    expect(textOf(part).split('\n')[line + 1]).toContain('上次承诺 ¥3,000.00（2026-11-24，已违约）');
  });

  it('cancels an open promise when a newer one is logged on the same item', async () => {
    await promise(h, collector, item('PT-D'), '2026-11-26', { amount: '4000', date: '2026-11-30' });
    await promise(h, collector, item('PT-D'), '2026-11-26', { amount: '2000', date: '2026-12-02' });
    const [newer, older] = await promisesOn(h, item('PT-D'));
    expect(older).toMatchObject({ status: 'cancelled', superseded_by: newer?.id });
    expect(newer).toMatchObject({ status: 'open' });
    // The daily run leaves the cancelled promise alone.
    await runAt(h, '2026-11-27T01:00:00Z');
    expect((await promisesOn(h, item('PT-D')))[1]).toMatchObject({ status: 'cancelled' });
  });

  it('keeps an audit row for every change of status', async () => {
    const expected: [string, string][] = [
      ['PT-A', 'promise.kept'],
      ['PT-B', 'promise.partially_kept'],
      ['PT-C', 'promise.broken'],
    ];
    for (const [invoice, action] of expected) {
      const [p] = await promisesOn(h, item(invoice));
      expect(await auditActions(h, 'promise', p?.id as number)).toEqual(['promise.create', action]);
    }
    const [, older] = await promisesOn(h, item('PT-D'));
    expect(await auditActions(h, 'promise', older?.id as number)).toEqual([
      'promise.create',
      'promise.cancel',
    ]);
  });
});
