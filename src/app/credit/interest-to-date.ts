import type { DbOrTrx } from '../../db/connect.js';
import { daysOverdue } from '../../domain/aging.js';
import { type InterestBasis, overdueInterest } from '../../domain/interest.js';
import type { LocalDate } from '../../domain/local-date.js';

/** A customer's overdue interest to date, per currency. */
export interface InterestToDate {
  ppm: number;
  basis: InterestBasis;
  totals: { currency: string; amount: number }[];
}

/**
 * The overdue interest a customer owes on `today` at the rate on file: each open item's
 * outstanding from the day after its due date; null when the customer is charged none.
 */
export async function interestToDate(
  db: DbOrTrx,
  customerId: number,
  today: LocalDate,
): Promise<InterestToDate | null> {
  const customer = await db
    .selectFrom('customers')
    .select(['interest_ppm', 'interest_basis'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!customer?.interest_ppm || !customer.interest_basis) return null;
  const items = await db
    .selectFrom('receivables')
    .select(['currency', 'outstanding', 'due_on'])
    .where('customer_id', '=', customerId)
    .where('status', '=', 'open')
    .where('outstanding', '>', 0)
    .where('due_on', '<', today)
    .execute();
  const totals = new Map<string, number>();
  for (const i of items) {
    const amount = overdueInterest(
      i.outstanding,
      daysOverdue(i.due_on, today),
      customer.interest_ppm,
      customer.interest_basis,
    );
    totals.set(i.currency, (totals.get(i.currency) ?? 0) + amount);
  }
  return {
    ppm: customer.interest_ppm,
    basis: customer.interest_basis,
    totals: [...totals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amount]) => ({ currency, amount })),
  };
}
