import { describe, expect, it } from 'vitest';
import { checkPlan, evaluateInstalments, isDueToday, isLive } from '../../../src/domain/commitment.js';

describe('live commitments', () => {
  it('holds a promise, an on-time answer and a delay through their date, a next action until its date', () => {
    for (const kind of ['promise', 'on_time', 'delay', 'instalment'] as const) {
      expect(isLive({ kind, status: 'open', dueOn: '2026-12-04' }, '2026-12-04')).toBe(true);
      expect(isLive({ kind, status: 'open', dueOn: '2026-12-04' }, '2026-12-05')).toBe(false);
    }
    expect(isLive({ kind: 'next_action', status: 'open', dueOn: '2026-12-04' }, '2026-12-03')).toBe(true);
    expect(isLive({ kind: 'next_action', status: 'open', dueOn: '2026-12-04' }, '2026-12-04')).toBe(false);
  });

  it('never holds a settled or rejected one', () => {
    expect(isLive({ kind: 'promise', status: 'broken', dueOn: '2026-12-04' }, '2026-12-01')).toBe(false);
    expect(
      isLive({ kind: 'delay', status: 'open', dueOn: '2026-12-04', approvalState: 'rejected' }, '2026-12-01'),
    ).toBe(false);
  });

  it("puts due next actions, promises due today and delays ending today in the collector's Today", () => {
    expect(isDueToday({ kind: 'next_action', status: 'open', dueOn: '2026-11-30' }, '2026-12-01')).toBe(true);
    expect(isDueToday({ kind: 'delay', status: 'open', dueOn: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(isDueToday({ kind: 'promise', status: 'open', dueOn: '2026-12-02' }, '2026-12-01')).toBe(false);
    expect(isDueToday({ kind: 'on_time', status: 'open', dueOn: '2026-12-01' }, '2026-12-01')).toBe(false);
  });
});

describe('repayment plan instalments', () => {
  const plan = [
    { amount: 10_000, dueOn: '2026-12-10' },
    { amount: 10_000, dueOn: '2027-01-10' },
    { amount: 10_000, dueOn: '2027-02-10' },
  ];

  it('fills instalments in date order and judges each at its own date plus grace', () => {
    const receipts = [
      { date: '2026-12-09', amount: 10_000 },
      { date: '2027-01-11', amount: 4_000 },
    ];
    const result = evaluateInstalments(plan, '2026-12-01', receipts, '2027-01-20');
    expect(result.map((r) => r.status)).toEqual(['kept', 'partially_kept', 'open']);
    expect(result[1]).toMatchObject({ received: 4_000, shortfall: 6_000 });
  });

  it('breaks an instalment with nothing towards it and keeps a later one paid early', () => {
    const receipts = [{ date: '2027-01-05', amount: 20_000 }];
    const result = evaluateInstalments(plan, '2026-12-01', receipts, '2027-01-20');
    expect(result.map((r) => r.status)).toEqual(['broken', 'kept', 'open']);
  });

  it('refuses more than 12 instalments, dates out of order and a total above the outstanding', () => {
    expect(checkPlan(plan, 30_000)).toBeNull();
    expect(checkPlan(plan, 29_999)).toBe('over_outstanding');
    expect(checkPlan([plan[1], plan[0]] as never, 30_000)).toBe('dates_not_rising');
    expect(
      checkPlan(
        Array.from({ length: 13 }, (_, i) => ({ amount: 1, dueOn: `2027-01-${String(i + 10)}` })),
        99,
      ),
    ).toBe('too_many');
    expect(checkPlan([], 10)).toBe('none');
  });
});
