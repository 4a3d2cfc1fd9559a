import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTeamLedger } from '../../../src/db/repositories/report-ledger.repository.js';
import { bucketTotals, openItemsAsOf, receiptsByItem } from '../../../src/domain/kpi/ledger.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, importPayments } from '../promises/promise-helpers.js';

// A ledger small enough to replay by hand, in a team of its own: two invoices of 30-day terms
// (no issue date, so each became receivable 30 days before it fell due) and three receipts,
// imported today although they arrived weeks ago.
let h: Harness;
let teamId: number;

beforeAll(async () => {
  h = await createHarness('2026-12-10T02:00:00Z', { customers: 6, receivables: 20 });
  const team = await h.t.db
    .insertInto('teams')
    .values({ code: 'ledger', name: 'Ledger Test', settings: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  teamId = team.id;
  const collector = await h.person('collector', 'east');
  await addCustomer(
    h,
    'L-1',
    '台账测试公司',
    collector.id,
    [
      { invoice: 'LA', yuan: 10_000, due: '2026-10-01' },
      { invoice: 'LB', yuan: 5_000, due: '2026-10-15' },
    ],
    'active',
    'ledger',
  );
  await importPayments(h, [
    { id: 'LP-1', customer: 'L-1', invoice: 'LA', yuan: 4_000, on: '2026-10-05' },
    { id: 'LP-2', customer: 'L-1', invoice: 'LA', yuan: 6_000, on: '2026-11-10' },
    { id: 'LP-3', customer: 'L-1', invoice: 'LB', yuan: 1_500, on: '2026-12-02' },
  ]);
});
afterAll(async () => {
  await h.t.close();
});

async function asOf(date: string) {
  const ledger = await loadTeamLedger(h.t.db, teamId, date);
  const open = openItemsAsOf(ledger.items, receiptsByItem(ledger.receipts), date);
  return { open: open.map((o) => [o.outstanding / 100, o.bucket]), totals: bucketTotals(open)[0] };
}

describe('balances as of a past date, from the ledger', () => {
  it('has nothing before the first invoice became receivable', async () => {
    expect((await asOf('2026-08-31')).open).toEqual([]);
  });

  it('counts both invoices in full and not yet due at the end of September', async () => {
    const { open, totals } = await asOf('2026-09-30');
    expect(open).toEqual([
      [10_000, 'not_due'],
      [5_000, 'not_due'],
    ]);
    expect(totals?.open).toBe(1_500_000);
  });

  it('takes off the receipts dated by the end of October, aging what is left', async () => {
    // LA: 10,000 − 4,000 received 5 Oct = 6,000, 30 days overdue; LB: 5,000, 16 days overdue.
    const { open, totals } = await asOf('2026-10-31');
    expect(open).toEqual([
      [6_000, 'd1_30'],
      [5_000, 'd1_30'],
    ]);
    expect(totals).toMatchObject({ open: 1_100_000, overdue: 1_100_000 });
  });

  it('closes an item on the day its last receipt arrived, and not before', async () => {
    expect((await asOf('2026-11-09')).open).toEqual([
      [6_000, 'd31_60'],
      [5_000, 'd1_30'],
    ]);
    // LA paid off on 10 Nov; LB 46 days overdue at the end of November.
    expect((await asOf('2026-11-30')).open).toEqual([[5_000, 'd31_60']]);
    expect((await asOf('2026-12-02')).open).toEqual([[3_500, 'd31_60']]);
  });

  it("shows last month's figures in the aging report, though the receipts were imported today", async () => {
    const finance = await h.person('admin');
    const reply = await h.app.handle(h.as(finance.email, 'east').command('report aging 2026-10 ledger'));
    const text = JSON.stringify(reply);
    expect(text).toContain('¥11,000.00');
    expect(text).toContain('2026-10-31');
  });
});
