import { describe, expect, it } from 'vitest';
import { type ReviewStanding, reviewTriggers, shouldOpenReview } from '../../../src/domain/credit-review.js';

const rules = { keepingRateBp: 5_000, averageDaysLate: 30 };
const standing = (over: Partial<ReviewStanding> = {}): ReviewStanding => ({
  reviewMonths: null,
  lastReviewedOn: '2026-06-01',
  promisesSettled: 0,
  promisesKept: 0,
  averageDaysLate: null,
  brokenOfLastThree: 0,
  ...over,
});

describe('the credit review rule', () => {
  it('asks for nothing when the customer behaves and no policy sets a period', () => {
    expect(
      reviewTriggers(
        standing({ averageDaysLate: 30, promisesSettled: 4, promisesKept: 2 }),
        rules,
        '2026-12-01',
      ),
    ).toEqual([]);
  });

  it('is due every N months of the rating, counted from the last review', () => {
    expect(reviewTriggers(standing({ reviewMonths: 6 }), rules, '2026-11-30')).toEqual([]);
    expect(reviewTriggers(standing({ reviewMonths: 6 }), rules, '2026-12-01')).toEqual(['periodic']);
  });

  it('turns on a keeping rate below the threshold only over three promises or more', () => {
    expect(reviewTriggers(standing({ promisesSettled: 2, promisesKept: 0 }), rules, '2026-12-01')).toEqual(
      [],
    );
    expect(reviewTriggers(standing({ promisesSettled: 5, promisesKept: 2 }), rules, '2026-12-01')).toEqual([
      'keeping_rate',
    ]);
  });

  it('turns on paying later than the team allows, and on three broken promises in a row', () => {
    expect(
      reviewTriggers(standing({ averageDaysLate: 31, brokenOfLastThree: 3 }), rules, '2026-12-01'),
    ).toEqual(['days_late', 'three_strikes']);
  });

  it('does not ask again for what the last decision already weighed, unless the period is due', () => {
    expect(shouldOpenReview(['days_late'], ['days_late'])).toBe(false);
    expect(shouldOpenReview(['days_late', 'three_strikes'], ['days_late'])).toBe(true);
    expect(shouldOpenReview(['periodic', 'days_late'], ['days_late'])).toBe(true);
    expect(shouldOpenReview(['days_late'], null)).toBe(true);
  });
});
