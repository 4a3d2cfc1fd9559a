import { describe, expect, it } from 'vitest';
import { overdueInterest, percentToPpm, ppmToPercent } from '../../../src/domain/interest.js';

describe('overdue interest', () => {
  it('accrues an annual rate per 365 days and a daily rate per day, rounded to the fen', () => {
    // ¥100,000 at 6 % a year for 73 days: 100,000 × 0.06 × 73 / 365 = ¥1,200.00.
    expect(overdueInterest(10_000_000, 73, 60_000, 'annual')).toBe(120_000);
    // ¥50,000 at 0.05 % a day for 30 days: ¥750.00.
    expect(overdueInterest(5_000_000, 30, 500, 'daily')).toBe(75_000);
    // ¥1.00 at 6 % for one day is 0.0164 fen: nothing.
    expect(overdueInterest(100, 1, 60_000, 'annual')).toBe(0);
  });

  it('is nothing before the due date, without a rate or without a balance', () => {
    expect(overdueInterest(10_000_000, 0, 60_000, 'annual')).toBe(0);
    expect(overdueInterest(10_000_000, 30, 0, 'annual')).toBe(0);
    expect(overdueInterest(0, 30, 60_000, 'annual')).toBe(0);
  });

  it('stays exact for balances whose product passes 2^53', () => {
    expect(overdueInterest(9_000_000_000_000, 365, 100_000, 'annual')).toBe(900_000_000_000);
  });

  it('reads and writes rates as percents', () => {
    expect(percentToPpm('6%')).toBe(60_000);
    expect(percentToPpm('0.05')).toBe(500);
    expect(percentToPpm('18.25 %')).toBe(182_500);
    expect(percentToPpm('six')).toBeNull();
    expect(ppmToPercent(60_000)).toBe('6');
    expect(ppmToPercent(500)).toBe('0.05');
  });
});
