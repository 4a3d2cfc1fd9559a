import { describe, expect, it } from 'vitest';
import {
  AGING_BUCKETS,
  agingBucket,
  agingBucketOf,
  daysOverdue,
  daysUntilDue,
} from '../../../src/domain/aging.js';

describe('daysOverdue', () => {
  it('is 0 before and on the due date', () => {
    expect(daysOverdue('2026-12-01', '2026-11-20')).toBe(0);
    expect(daysOverdue('2026-12-01', '2026-12-01')).toBe(0);
  });

  it('counts calendar days after the due date, holidays included', () => {
    expect(daysOverdue('2026-12-01', '2026-12-02')).toBe(1);
    expect(daysOverdue('2025-09-30', '2025-10-09')).toBe(9);
  });

  it('daysUntilDue counts down to the due date for pre-due warnings', () => {
    expect(daysUntilDue('2026-12-01', '2026-11-24')).toBe(7);
    expect(daysUntilDue('2026-12-01', '2026-12-01')).toBe(0);
    expect(daysUntilDue('2026-12-01', '2026-12-03')).toBe(-2);
  });
});

describe('agingBucket', () => {
  it.each([
    [-5, 'not_due'],
    [0, 'not_due'],
    [1, 'd1_30'],
    [30, 'd1_30'],
    [31, 'd31_60'],
    [60, 'd31_60'],
    [61, 'd61_90'],
    [90, 'd61_90'],
    [91, 'd91_180'],
    [180, 'd91_180'],
    [181, 'd181_365'],
    [365, 'd181_365'],
    [366, 'over_365'],
  ] as const)('%i days overdue → %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
  });

  it('buckets an item from its due date', () => {
    expect(agingBucketOf('2026-10-01', '2026-12-01')).toBe('d61_90');
  });

  it('lists buckets youngest first, as reports show them', () => {
    expect(AGING_BUCKETS).toEqual([
      'not_due',
      'd1_30',
      'd31_60',
      'd61_90',
      'd91_180',
      'd181_365',
      'over_365',
    ]);
  });
});
