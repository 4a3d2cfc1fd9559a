import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, importPayments, runAt } from '../promises/promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let items: Map<string, number>;

// The whole answer as text: its summary line and every block.
const replyText = (reply: Awaited<ReturnType<Harness['app']['handle']>>) => JSON.stringify(reply);

beforeAll(async () => {
  // Tuesday 1 December 2026, 09:00 in Shanghai.
  h = await createHarness('2026-12-01T00:30:00Z');
  // This collector's only items are the ones below, so the deadline speaks of them alone.
  collector = await collectorWithNoItems(h, 'east');
  ({ items } = await addCustomer(h, 'CP-1', '客户承诺有限公司', collector.id, [
    { invoice: 'CP-A', yuan: 3000, due: '2026-11-01' },
    { invoice: 'CP-B', yuan: 2000, due: '2026-11-10' },
  ]));
  await runAt(h, '2026-12-01T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('a promise on a customer', () => {
  it('is saved on the customer by its code, without asking which invoice', async () => {
    const reply = await h.app.handle(h.as(collector.email, 'east').command('承诺 CP-1 4000 12月15日'));
    expect(replyText(reply)).toContain('✓ 客户承诺有限公司 (CP-1)');
    const rows = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', 'is', null)
      .where('kind', '=', 'promise')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ amount: 400_000, due_on: '2026-12-15', status: 'open' });
  });

  it('counts as the answer for every invoice of the customer at 18:00', async () => {
    const { missingAnswers } = await import('../../../src/app/lists/deadline.js');
    const { readTeamSettings } = await import('../../../src/app/team-settings.js');
    const east = await h.t.db
      .selectFrom('teams')
      .selectAll()
      .where('code', '=', 'east')
      .executeTakeFirstOrThrow();
    const { loadItemViews } = await import('../../../src/app/lists/daily-list.js');
    const { items: views } = await loadItemViews(
      h.t.db,
      { teamId: east.id, itemIds: [...items.values()] },
      '2026-12-01',
      new Date('2026-11-30T16:00:00Z'),
    );
    expect(views.map((v) => v.live?.kind)).toEqual(['promise', 'promise']);
    expect(views.every((v) => v.live?.customerWide)).toBe(true);
    const ctx = { db: h.t.db, platforms: ['sandbox' as const], now: h.clock.now() };
    const before = await missingAnswers(ctx, east, readTeamSettings({}), '2026-12-01');
    const strict = await missingAnswers(
      ctx,
      east,
      readTeamSettings({ responsePolicy: 'every_day' }),
      '2026-12-01',
    );
    expect(before.get(collector.id)).toBeUndefined();
    expect(strict.get(collector.id)).toBe(2);
  });

  it('is kept by receipts on several of its invoices together', async () => {
    await importPayments(h, [
      { id: 'CP-PAY-1', customer: 'CP-1', invoice: 'CP-A', yuan: 2500, on: '2026-12-01' },
      { id: 'CP-PAY-2', customer: 'CP-1', invoice: 'CP-B', yuan: 1500, on: '2026-12-01' },
    ]);
    const promise = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(promise).toMatchObject({ status: 'kept', received: 400_000 });
  });
});

describe('dates that have passed', () => {
  it('refuses 11月20日 on 1 December in a command, naming next year, and saves nothing', async () => {
    const count = async () =>
      Number(
        (
          await h.t.db
            .selectFrom('commitments')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const reply = await h.app.handle(h.as(collector.email, 'east').command('承诺 CP-A 1000 11月20日'));
    expect(replyText(reply)).toContain('2027-11-20');
    expect(await count()).toBe(before);
  });

  it('refuses it in the delay form with a field error', async () => {
    const value = `o:${items.get('CP-A')}:2026-12-01:${collector.id}`;
    const reply = await h.app.handle(
      h.as(collector.email, 'east').submit('item.promise', { amount: '1000', date: '11月20日' }, { value }),
    );
    expect(reply.kind).toBe('form_errors');
    if (reply.kind === 'form_errors') expect(reply.form.errors?.date).toContain('2027-11-20');
  });
});

describe('the follow-up form', () => {
  it('opens with nothing chosen and refuses an empty save', async () => {
    const value = `o:${items.get('CP-B')}:2026-12-01:${collector.id}`;
    const me = h.as(collector.email, 'east');
    const opened = await h.app.handle(me.action('item.followup', value));
    expect(opened.kind).toBe('form');
    if (opened.kind !== 'form') return;
    expect(opened.form.fields.filter((f) => f.initial).map((f) => f.id)).toEqual([]);
    const saved = await h.app.handle(me.submit('item.followup', {}, { value }));
    expect(saved.kind).toBe('form_errors');
    if (saved.kind === 'form_errors')
      expect(Object.keys(saved.form.errors ?? {}).sort()).toEqual(['method', 'note', 'outcome']);
  });

  it('keeps the next date as a next action the item shows and counts as answered until then', async () => {
    const value = `o:${items.get('CP-B')}:2026-12-01:${collector.id}`;
    const me = h.as(collector.email, 'east');
    const saved = await h.app.handle(
      me.submit(
        'item.followup',
        { method: 'phone', outcome: 'contacted', note: '财务在走审批', next: '2026-12-08' },
        { value },
      ),
    );
    expect(saved.kind).toBe('form_done');
    const next = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('kind', '=', 'next_action')
      .where('receivable_id', '=', items.get('CP-B') as number)
      .executeTakeFirstOrThrow();
    expect(next).toMatchObject({ due_on: '2026-12-08', status: 'open' });
    const story = await h.app.handle(me.command('查询 CP-1'));
    expect(replyText(story)).toContain('2026-12-08');
  });
});
