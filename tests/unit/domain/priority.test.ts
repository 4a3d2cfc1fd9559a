import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIKELIHOOD_TABLE,
  expectedRecovery,
  isValidLikelihoodTable,
  likelihoodBasisPoints,
  type PriorityItem,
  priorityComparator,
  sortByPriority,
} from '../../../src/domain/priority.js';

describe('likelihood of recovery', () => {
  it.each([
    [0, 10000],
    [60, 10000],
    [61, 8000],
    [100, 8000],
    [101, 5000],
    [180, 5000],
    [181, 2000],
    [365, 2000],
    [366, 1000],
  ])('%i days overdue → %i basis points', (days, bps) => {
    expect(likelihoodBasisPoints(days)).toBe(bps);
  });

  it('uses a team table when given', () => {
    const table = { bands: [{ maxDays: 30, basisPoints: 9000 }], beyondBasisPoints: 3000 };
    expect(likelihoodBasisPoints(10, table)).toBe(9000);
    expect(likelihoodBasisPoints(31, table)).toBe(3000);
  });

  it('validates team tables', () => {
    expect(isValidLikelihoodTable(DEFAULT_LIKELIHOOD_TABLE)).toBe(true);
    expect(
      isValidLikelihoodTable({ bands: [{ maxDays: 60, basisPoints: 10001 }], beyondBasisPoints: 0 }),
    ).toBe(false);
    expect(
      isValidLikelihoodTable({
        bands: [
          { maxDays: 60, basisPoints: 9000 },
          { maxDays: 60, basisPoints: 8000 },
        ],
        beyondBasisPoints: 0,
      }),
    ).toBe(false);
    expect(isValidLikelihoodTable({ bands: [], beyondBasisPoints: 50.5 })).toBe(false);
  });
});

describe('expectedRecovery', () => {
  it('is outstanding × likelihood, rounded down to the fen', () => {
    expect(expectedRecovery(1_000_000, 30)).toBe(1_000_000);
    expect(expectedRecovery(1_000_000, 90)).toBe(800_000);
    expect(expectedRecovery(333, 200)).toBe(66); // 66.6 fen → 66
  });

  it('stays exact for the largest safe amounts', () => {
    expect(expectedRecovery(Number.MAX_SAFE_INTEGER, 90)).toBe(7205759403792792);
  });

  it('expects nothing from a credit balance', () => {
    expect(expectedRecovery(-5000, 10)).toBe(0);
    expect(expectedRecovery(0, 10)).toBe(0);
  });
});

describe('priority order', () => {
  const item = (id: string, outstanding: number, daysOverdue: number): PriorityItem => ({
    id,
    outstanding,
    daysOverdue,
  });

  it('puts recent large items first and old small items last', () => {
    const list = [
      item('old-small', 10_000, 400),
      item('recent-large', 5_000_000, 10),
      item('mid', 1_000_000, 120),
    ];
    expect(sortByPriority(list).map((i) => i.id)).toEqual(['recent-large', 'mid', 'old-small']);
  });

  it('prefers a smaller recent item over a larger old one when it is worth more', () => {
    // 600,000 × 100 % beats 1,000,000 × 50 %.
    const list = [item('old', 1_000_000, 150), item('new', 600_000, 5)];
    expect(sortByPriority(list).map((i) => i.id)).toEqual(['new', 'old']);
  });

  it('breaks ties by fewer days overdue, then larger outstanding, then id', () => {
    const cmp = priorityComparator();
    // Both expect 800,000: 1,000,000 at 80 % and 800,000 at 100 %.
    expect(cmp(item('a', 1_000_000, 70), item('b', 800_000, 20))).toBeGreaterThan(0);
    expect(cmp(item('a', 500, 10), item('b', 500, 10))).toBeLessThan(0);
    expect(cmp(item('b', 500, 10), item('a', 500, 10))).toBeGreaterThan(0);
    expect(cmp(item('a', 500, 10), item('a', 500, 10))).toBe(0);
  });

  it('does not reorder the input list', () => {
    const list = [item('x', 1, 400), item('y', 100, 1)];
    sortByPriority(list);
    expect(list.map((i) => i.id)).toEqual(['x', 'y']);
  });
});
