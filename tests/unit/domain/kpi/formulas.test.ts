import { describe, expect, it } from 'vitest';
import {
  averageDaysDelinquent,
  bestPossibleDso,
  cashForecast,
  collectionEffectivenessBp,
  collectionRateBp,
  commissionFactorBp,
  countbackDso,
  latenessWeightedCollected,
  suggestedProvision,
  weightedDaysLate,
} from '../../../../src/domain/kpi/index.js';

// Three months of invoicing, newest first: March 400,000.00, February 500,000.00, January 600,000.00.
const MONTHS = [
  { sales: 40_000_000, days: 31 },
  { sales: 50_000_000, days: 28 },
  { sales: 60_000_000, days: 31 },
];

describe('DSO by the countback method', () => {
  it('walks back through whole months and takes the fraction of the last', () => {
    // 1,000,000 open: March's 400,000 (31 d) and February's 500,000 (28 d) are absorbed whole,
    // the 100,000 left is 1/6 of January's 600,000: 31 + 28 + 31/6 = 64.17 → 64.2 days.
    expect(countbackDso(100_000_000, MONTHS)).toBe(64.2);
  });

  it('is a fraction of the last month when the balance is smaller than its sales', () => {
    // 200,000 of March's 400,000: half of 31 days.
    expect(countbackDso(20_000_000, MONTHS)).toBe(15.5);
  });

  it('counts every day given when the balance exceeds all the sales', () => {
    expect(countbackDso(200_000_000, MONTHS)).toBe(90);
  });

  it('best possible DSO counts back the not-yet-due balance, ADD is the difference', () => {
    // 300,000 not due of March's 400,000: 31 × 3/4 = 23.25 → 23.3 days.
    const best = bestPossibleDso(30_000_000, MONTHS);
    expect(best).toBe(23.3);
    expect(averageDaysDelinquent(countbackDso(100_000_000, MONTHS), best)).toBe(40.9);
  });
});

describe('collection effectiveness and collection rate', () => {
  const flows = {
    opening: 80_000_000,
    invoiced: 40_000_000,
    closing: 100_000_000,
    closingCurrent: 30_000_000,
    collected: 20_000_000,
  };

  it('CEI = (opening + invoiced − closing) ÷ (opening + invoiced − closing current)', () => {
    // (800,000 + 400,000 − 1,000,000) ÷ (800,000 + 400,000 − 300,000) = 200 ÷ 900 = 22.22 %.
    expect(collectionEffectivenessBp(flows)).toBe(2222);
  });

  it('回款率 = receipts ÷ (opening + invoiced)', () => {
    // 200,000 ÷ 1,200,000 = 16.67 %.
    expect(collectionRateBp(flows)).toBe(1667);
  });

  it('has no value when nothing was collectable', () => {
    expect(collectionRateBp({ opening: 0, invoiced: 0, collected: 0 })).toBeNull();
  });
});

describe('lateness', () => {
  const receipts = [
    { amount: 10_000_000, dueOn: '2026-10-01', receivedOn: '2026-10-11' }, // 10 days late
    { amount: 30_000_000, dueOn: '2026-10-20', receivedOn: '2026-10-15' }, // early: 0
    { amount: 10_000_000, dueOn: '2026-09-01', receivedOn: '2026-10-16' }, // 45 days late
  ];

  it('weights days late by the money received', () => {
    // (100,000 × 10 + 300,000 × 0 + 100,000 × 45) ÷ 500,000 = 11.0 days.
    expect(weightedDaysLate(receipts)).toBe(11);
    expect(weightedDaysLate([])).toBeNull();
  });

  it('uses the commission factors of the handbook: 100 %, 80 %, 60 %, 0, then deducted', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 180, 181].map((d) => commissionFactorBp(d))).toEqual([
      10000, 10000, 8000, 8000, 6000, 6000, 0, 0, -10000,
    ]);
    // 100,000 + 300,000 at 100 %, 100,000 at 80 % = 480,000; 50,000 received 200 days late is deducted.
    const late = { amount: 5_000_000, dueOn: '2026-01-01', receivedOn: '2026-07-20' };
    expect(latenessWeightedCollected(receipts)).toBe(48_000_000);
    expect(latenessWeightedCollected([...receipts, late])).toBe(43_000_000);
  });
});

describe('suggested bad-debt provision', () => {
  it('is outstanding × (1 − recovery likelihood) by bucket', () => {
    const p = suggestedProvision([
      { outstanding: 100_000_000, daysOverdue: 0, bucket: 'not_due' },
      { outstanding: 50_000_000, daysOverdue: 45, bucket: 'd31_60' }, // 100 % likely: nothing
      { outstanding: 20_000_000, daysOverdue: 75, bucket: 'd61_90' }, // 80 %: 20 % = 40,000
      { outstanding: 10_000_000, daysOverdue: 120, bucket: 'd91_180' }, // 50 %: 50,000
      { outstanding: 10_000_000, daysOverdue: 400, bucket: 'over_365' }, // 10 %: 90,000
    ]);
    expect(p.byBucket).toMatchObject({ not_due: 0, d31_60: 0, d61_90: 4_000_000, d91_180: 5_000_000 });
    expect(p.total).toBe(18_000_000);
  });
});

describe('cash forecast', () => {
  it('places commitments, due items and spread overdue recovery in their weeks', () => {
    const weeks = cashForecast({
      from: '2026-12-01',
      weeks: 4,
      // 100,000 promised for 3 Dec by a customer who keeps half their promises: 50,000.
      commitments: [{ amount: 10_000_000, on: '2026-12-03', keepingRateBp: 5000 }],
      // 200,000 due 5 Dec from a customer 10 days late on average: 15 Dec, the third week.
      notDue: [{ outstanding: 20_000_000, dueOn: '2026-12-05', averageDaysLate: 10 }],
      // 300,000 twenty days overdue is fully expected (≤ 60 days): 75,000 a week.
      overdue: [{ outstanding: 30_000_000, daysOverdue: 20 }],
    });
    expect(weeks.map((w) => [w.start, w.committed, w.due, w.overdue, w.total])).toEqual([
      ['2026-12-01', 5_000_000, 0, 7_500_000, 12_500_000],
      ['2026-12-08', 0, 0, 7_500_000, 7_500_000],
      ['2026-12-15', 0, 20_000_000, 7_500_000, 27_500_000],
      ['2026-12-22', 0, 0, 7_500_000, 7_500_000],
    ]);
  });
});
