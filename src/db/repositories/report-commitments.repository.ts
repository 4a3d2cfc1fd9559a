import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/**
 * Reports read everything agreed with a date (promises today; instalments once repayment plans
 * are commitments too) through this one module, so the shape below is all they depend on.
 */
export interface ReportCommitment {
  id: number;
  kind: 'promise' | 'instalment';
  itemId: number;
  customerId: number;
  /** Who obtained it (scored for it). */
  ownerId: number | null;
  currency: string;
  amount: number;
  /** What arrived against it so far. */
  received: number;
  /** The date it falls due. */
  dueOn: string;
  /** The day it was agreed. */
  madeOn: string;
  status: 'open' | 'kept' | 'partially_kept' | 'broken' | 'cancelled';
  /** The team-local day it was settled (kept, broken …); null while open. */
  settledOn: string | null;
}

/**
 * The team's commitments agreed on or after `since`, and every one still open whenever agreed.
 */
export async function loadReportCommitments(
  db: DbOrTrx,
  teamId: number,
  since: string,
  timezone: string,
): Promise<ReportCommitment[]> {
  const { rows } = await sql<{
    id: number;
    receivable_id: number;
    customer_id: number;
    person_id: number | null;
    currency: string;
    amount: number;
    received: number;
    promised_on: string;
    made_on: string;
    status: ReportCommitment['status'];
    settled_on: string | null;
  }>`
    SELECT pr.id, pr.receivable_id, pr.customer_id, pr.person_id, pr.currency, pr.amount, pr.received,
      pr.promised_on::text AS promised_on, pr.made_on::text AS made_on, pr.status,
      (pr.resolved_at AT TIME ZONE ${timezone})::date::text AS settled_on
    FROM promises pr JOIN receivables r ON r.id = pr.receivable_id
    WHERE r.team_id = ${teamId} AND (pr.made_on >= ${since}::date OR pr.status = 'open')
    ORDER BY pr.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    kind: 'promise',
    itemId: r.receivable_id,
    customerId: r.customer_id,
    ownerId: r.person_id,
    currency: r.currency,
    amount: Number(r.amount),
    received: Number(r.received),
    dueOn: r.promised_on,
    madeOn: r.made_on,
    status: r.status,
    settledOn: r.settled_on,
  }));
}
