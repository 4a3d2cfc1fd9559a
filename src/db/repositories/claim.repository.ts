import type { DbOrTrx } from '../connect.js';
import type { ClaimState } from '../schema/index.js';

/** A customer's "already paid" claim with what deciding on it needs: the item, its team and people. */
export interface ClaimForDecision {
  id: number;
  state: ClaimState;
  receivableId: number;
  /** Who reported the claim. */
  personId: number | null;
  currency: string;
  amount: number;
  paidOn: string;
  bank: string | null;
  reference: string | null;
  customerId: number;
  customerName: string;
  invoiceNo: string;
  teamId: number;
  teamLocale: string;
  timezone: string;
  collectorId: number | null;
  /** Who decided, once someone has. */
  deciderName: string | null;
}

/** Loads a claim and locks it for the rest of the transaction, so two decisions cannot both win. */
export async function lockClaim(db: DbOrTrx, id: number): Promise<ClaimForDecision | null> {
  const row = await db
    .selectFrom('paid_claims as pc')
    .innerJoin('receivables as r', 'r.id', 'pc.receivable_id')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .innerJoin('teams as t', 't.id', 'r.team_id')
    .leftJoin('people as d', 'd.id', 'pc.decided_by')
    .select([
      'pc.id',
      'pc.state',
      'pc.receivable_id',
      'pc.person_id',
      'pc.currency',
      'pc.amount',
      'pc.paid_on',
      'pc.bank',
      'pc.reference',
      'c.id as customer_id',
      'c.name as customer_name',
      'r.invoice_no',
      'r.team_id',
      'r.collector_id',
      't.locale',
      't.timezone',
      'd.name as decider_name',
    ])
    .where('pc.id', '=', id)
    .forUpdate('pc')
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    state: row.state,
    receivableId: row.receivable_id,
    personId: row.person_id,
    currency: row.currency,
    amount: row.amount,
    paidOn: row.paid_on,
    bank: row.bank,
    reference: row.reference,
    customerId: row.customer_id,
    customerName: row.customer_name,
    invoiceNo: row.invoice_no,
    teamId: row.team_id,
    teamLocale: row.locale,
    timezone: row.timezone,
    collectorId: row.collector_id,
    deciderName: row.decider_name,
  };
}

/** Records finance's decision on a pending claim. */
export async function markClaimDecided(
  db: DbOrTrx,
  id: number,
  state: Exclude<ClaimState, 'pending'>,
  decidedBy: number,
  at: Date,
): Promise<void> {
  await db
    .updateTable('paid_claims')
    .set({ state, decided_by: decidedBy, decided_at: at })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

/** The key of the latest posted list part that shows the item, to redraw it after a decision. */
export async function latestListKeyOf(db: DbOrTrx, teamId: number, itemId: number): Promise<string | null> {
  const row = await db
    .selectFrom('list_messages')
    .select('key')
    .where('team_id', '=', teamId)
    .where((eb) => eb(eb.val(itemId), '=', eb.fn.any('item_ids')))
    .orderBy('on_date', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.key ?? null;
}
