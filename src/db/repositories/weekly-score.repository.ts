import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** Stores one collector's score for the week in one currency, replacing an earlier one. */
export async function saveScore(
  db: DbOrTrx,
  score: {
    planId: number;
    currency: string;
    planned: number;
    collected: number;
    selfReported: number;
    linesWithoutOutcome: number;
    achievementBp: number | null;
    now: Date;
  },
): Promise<void> {
  const values = {
    planned: score.planned,
    collected: score.collected,
    self_reported: score.selfReported,
    lines_without_outcome: score.linesWithoutOutcome,
    achievement_bp: score.achievementBp,
    scored_at: score.now,
  };
  await db
    .insertInto('weekly_scores')
    .values({ plan_id: score.planId, currency: score.currency, ...values })
    .onConflict((oc) => oc.columns(['plan_id', 'currency']).doUpdateSet(values))
    .execute();
}

/** Receipts imported into the ledger per customer and currency with a receipt date in [from, to]. */
export async function ledgerReceipts(
  db: DbOrTrx,
  customerIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  if (customerIds.length === 0) return totals;
  const rows = await db
    .selectFrom('payments')
    .select(['customer_id', 'currency', sql<number>`sum(amount)::bigint`.as('total')])
    .where(sql<boolean>`customer_id = ANY(${[...customerIds]}::int[])`)
    .where('source', '=', 'import')
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .groupBy(['customer_id', 'currency'])
    .execute();
  for (const r of rows) totals.set(receiptKey(r.customer_id, r.currency), Number(r.total));
  return totals;
}

/** The key of `ledgerReceipts` for a customer in a currency. */
export function receiptKey(customerId: number, currency: string): string {
  return `${customerId}:${currency}`;
}
