import type { Harness } from '../../helpers/app-harness.js';

/** Adds a customer to a team with the given limit (minor units, CNY) and open items (amount, due date). */
export async function addCustomer(
  h: Harness,
  teamCode: string,
  spec: {
    externalId: string;
    name: string;
    limit: number;
    rating?: 'A' | 'B' | 'C' | 'D';
    termsDays?: number;
    /** The limit's currency and the items' unless they say otherwise; CNY by default. */
    currency?: string;
    collectorId: number;
    items: { invoiceNo: string; amount: number; dueOn: string; currency?: string }[];
  },
): Promise<{ id: number; itemIds: number[] }> {
  const team = await h.t.db
    .selectFrom('teams')
    .select('id')
    .where('code', '=', teamCode)
    .executeTakeFirstOrThrow();
  const customer = await h.t.db
    .insertInto('customers')
    .values({
      external_id: spec.externalId,
      name: spec.name,
      team_id: team.id,
      owner_id: spec.collectorId,
      rating: spec.rating ?? 'B',
      credit_limit: spec.limit,
      credit_currency: spec.currency ?? 'CNY',
      payment_terms_days: spec.termsDays ?? 30,
      contact_name: null,
      contact_phone: null,
      contact_email: null,
      address: null,
      import_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const itemIds: number[] = [];
  for (const item of spec.items) {
    const row = await h.t.db
      .insertInto('receivables')
      .values({
        external_id: item.invoiceNo,
        customer_id: customer.id,
        team_id: team.id,
        collector_id: spec.collectorId,
        invoice_no: item.invoiceNo,
        contract_no: null,
        kind: 'invoice',
        currency: item.currency ?? spec.currency ?? 'CNY',
        amount: item.amount,
        outstanding: item.amount,
        issued_on: null,
        due_on: item.dueOn,
        dispute_note: null,
        import_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    itemIds.push(row.id);
  }
  return { id: customer.id, itemIds };
}
