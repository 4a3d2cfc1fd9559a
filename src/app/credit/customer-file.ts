import type { DbOrTrx } from '../../db/connect.js';
import {
  averageDaysLate,
  type ContactLine,
  type CreditHistoryLine,
  creditHistory,
  customerContacts,
  latestReceipts,
  type ReceiptLine,
  ratingPolicy,
} from '../../db/repositories/customer-file.repository.js';
import type { ReviewTrigger } from '../../domain/credit-review.js';
import type { InterestBasis } from '../../domain/interest.js';
import { addMonths, type LocalDate } from '../../domain/local-date.js';
import { interestToDate } from './interest-to-date.js';

/** The customer file (客户档案) as `ar` shows it: contacts, how the customer pays, its credit history. */
export interface CustomerFile {
  contacts: ContactLine[];
  receipts: ReceiptLine[];
  /** Amount-weighted days late of receipts over the last twelve months; null without receipts. */
  averageDaysLate: number | null;
  history: CreditHistoryLine[];
  /** The last balance confirmation sent, one row per currency stated, with the customer's reply. */
  confirmation: {
    asOf: LocalDate;
    currency: string;
    balance: number;
    reply: string | null;
    repliedOn: string | null;
    disputedAmount: number | null;
  }[];
  /** Overdue interest to date per currency, with the rate; null when none is charged. */
  interest: { ppm: number; basis: InterestBasis; totals: { currency: string; amount: number }[] } | null;
  /** The day the figures are read for. */
  today: LocalDate;
  /** A credit review waiting for the manager's decision. */
  openReview: { openedOn: LocalDate; triggers: ReviewTrigger[] } | null;
  /** The team's policy for the customer's rating, when one was imported. */
  policy: Awaited<ReturnType<typeof ratingPolicy>>;
}

const RECEIPTS_SHOWN = 3;
const HISTORY_SHOWN = 6;

/** Reads the customer file as of `today`. */
export async function loadCustomerFile(
  db: DbOrTrx,
  customer: { id: number; teamId: number; rating: string },
  today: LocalDate,
): Promise<CustomerFile> {
  const customerId = customer.id;
  const [contacts, receipts, late, history, policy, review, confirmations, interest] = await Promise.all([
    customerContacts(db, customerId),
    latestReceipts(db, customerId, RECEIPTS_SHOWN),
    averageDaysLate(db, customerId, addMonths(today, -12)),
    creditHistory(db, customerId, HISTORY_SHOWN),
    ratingPolicy(db, customer.teamId, customer.rating),
    db
      .selectFrom('credit_reviews')
      .select(['opened_on', 'triggers'])
      .where('customer_id', '=', customerId)
      .where('decision', 'is', null)
      .executeTakeFirst(),
    db
      .selectFrom('balance_confirmations')
      .select(['as_of', 'currency', 'balance', 'reply', 'replied_on', 'disputed_amount'])
      .where('customer_id', '=', customerId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(10)
      .execute(),
    interestToDate(db, customerId, today),
  ]);
  const lastAsOf = confirmations[0]?.as_of;
  const confirmation = confirmations
    .filter((c) => c.as_of === lastAsOf)
    .map((c) => ({
      asOf: c.as_of,
      currency: c.currency,
      balance: c.balance,
      reply: c.reply,
      repliedOn: c.replied_on,
      disputedAmount: c.disputed_amount,
    }));
  const openReview = review
    ? { openedOn: review.opened_on, triggers: review.triggers as ReviewTrigger[] }
    : null;
  return {
    contacts,
    receipts,
    averageDaysLate: late,
    history,
    policy,
    openReview,
    confirmation,
    interest,
    today,
  };
}
