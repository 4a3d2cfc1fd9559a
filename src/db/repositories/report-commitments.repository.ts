import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/**
 * Reports read the money commitments they score (promises and repayment-plan instalments) through
 * this one module, so the shape below is all they depend on.
 */
export interface ReportCommitment {
  id: number;
  kind: 'promise' | 'instalment';
  /** The item; a commitment on the whole customer counts on the customer's oldest item. */
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
    kind: 'promise' | 'instalment';
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
    SELECT cm.id, cm.kind, COALESCE(cm.receivable_id, first.id) AS receivable_id, cm.customer_id, cm.person_id,
      cm.currency, cm.amount, cm.received, cm.due_on::text AS promised_on, cm.made_on::text AS made_on, cm.status,
      (cm.resolved_at AT TIME ZONE ${timezone})::date::text AS settled_on
    FROM commitments cm
    LEFT JOIN LATERAL (SELECT min(r.id) AS id FROM receivables r WHERE r.customer_id = cm.customer_id
      AND cm.receivable_id IS NULL AND r.due_on <= cm.due_on) first ON true
    WHERE cm.team_id = ${teamId} AND cm.kind IN ('promise', 'instalment')
      AND (cm.made_on >= ${since}::date OR cm.status = 'open')
      AND COALESCE(cm.receivable_id, first.id) IS NOT NULL
    ORDER BY cm.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
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
