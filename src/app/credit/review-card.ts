import type { Message } from '../../chat/message.js';
import type { DbOrTrx } from '../../db/connect.js';
import { agingOf, openDisputes } from '../../db/repositories/credit-review.repository.js';
import type { CreditExposure } from '../../domain/credit-hold.js';
import type { ReviewTrigger } from '../../domain/credit-review.js';
import type { LocalDate } from '../../domain/local-date.js';
import { type Messages, messagesFor } from '../../locale/index.js';
import { money } from '../lists/labels.js';

export const REVIEW_KEEP = 'review.keep';
export const REVIEW_RATING = 'review.rating';
export const REVIEW_LIMIT = 'review.limit';
export const REVIEW_HOLD = 'review.hold';
const REVIEW_ACTIONS = new Set([REVIEW_KEEP, REVIEW_RATING, REVIEW_LIMIT, REVIEW_HOLD]);

/** Whether a button or form belongs to a credit review. */
export function isReviewAction(id: string): boolean {
  return REVIEW_ACTIONS.has(id);
}

/** What the card shows about the customer. */
export interface ReviewFacts {
  reviewId: number;
  customerId: number;
  name: string;
  externalId: string;
  rating: string;
  triggers: readonly ReviewTrigger[];
  exposure: CreditExposure | undefined;
  averageDaysLate: number | null;
  promisesSettled: number;
  promisesKept: number;
  today: LocalDate;
}

/** The triggers of a review in words, joined. */
export function triggersText(triggers: readonly ReviewTrigger[], m: Messages): string {
  return triggers.map((t) => m.review.trigger(t)).join(m.credit.separator);
}

/**
 * The manager's review card: why the review came up, exposure against limit, aging, average days
 * late, promises kept, open disputes, and the four decisions as buttons.
 */
export async function reviewCard(db: DbOrTrx, locale: string, f: ReviewFacts): Promise<Message> {
  const m = messagesFor(locale);
  const currency = f.exposure?.creditCurrency ?? 'CNY';
  const [aging, disputes] = await Promise.all([
    agingOf(db, f.customerId, currency, f.today),
    openDisputes(db, f.customerId),
  ]);
  const text = m.review.card(f.name, f.externalId, f.rating, triggersText(f.triggers, m));
  const exposure = money(f.exposure?.exposure ?? 0, currency);
  const limit = f.exposure?.creditLimit ?? 0;
  const value = String(f.reviewId);
  return {
    text,
    blocks: [
      { type: 'text', text },
      {
        type: 'fields',
        fields: [
          {
            label: m.review.exposure,
            value:
              limit > 0 ? m.credit.exposure(exposure, money(limit, currency)) : m.credit.noLimit(exposure),
          },
          {
            label: m.review.aging,
            value: m.review.agingLine(
              money(aging.notDue, currency),
              money(aging.d1_30, currency),
              money(aging.d31_90, currency),
              money(aging.over90, currency),
            ),
          },
          { label: m.review.daysLate, value: m.review.daysLateValue(f.averageDaysLate) },
          { label: m.review.promises, value: m.review.promisesValue(f.promisesKept, f.promisesSettled) },
          { label: m.review.disputes, value: String(disputes) },
        ],
      },
      {
        type: 'actions',
        buttons: [
          { actionId: REVIEW_KEEP, label: m.review.keep, value, style: 'primary' },
          { actionId: REVIEW_RATING, label: m.review.changeRating, value },
          { actionId: REVIEW_LIMIT, label: m.review.changeLimit, value },
          { actionId: REVIEW_HOLD, label: m.review.hold, value, style: 'danger' },
        ],
      },
    ],
  };
}
