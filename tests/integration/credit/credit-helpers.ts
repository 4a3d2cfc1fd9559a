import type { Harness } from '../../helpers/app-harness.js';
import { addCustomer as addOwingCustomer } from '../promises/promise-helpers.js';

/** Adds a customer to a team with the given credit terms (limit in minor units) and open items. */
export async function addCustomer(
  h: Harness,
  teamCode: string,
  spec: {
    externalId: string;
    name: string;
    limit: number;
    rating?: 'A' | 'B' | 'C' | 'D';
    termsDays?: number;
    /** The limit's currency and the items'; CNY by default. */
    currency?: string;
    collectorId: number;
    items: { invoiceNo: string; amount: number; dueOn: string }[];
  },
): Promise<{ id: number; itemIds: number[] }> {
  const customer = await addOwingCustomer(
    h,
    spec.externalId,
    spec.name,
    spec.collectorId,
    spec.items.map((i) => ({ invoice: i.invoiceNo, yuan: i.amount / 100, due: i.dueOn })),
    'active',
    teamCode,
    spec.currency ?? 'CNY',
  );
  await h.t.db
    .updateTable('customers')
    .set({ credit_limit: spec.limit, rating: spec.rating ?? 'B', payment_terms_days: spec.termsDays ?? 30 })
    .where('id', '=', customer.id)
    .execute();
  return { id: customer.id, itemIds: spec.items.map((i) => customer.items.get(i.invoiceNo) as number) };
}
