import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** A promise or a contact attempt with a customer, as the three-strikes rule and the manager see it. */
export type StrikeEvent =
  | {
      kind: 'promise';
      id: number;
      at: Date;
      status: string;
      amount: number;
      currency: string;
      promisedOn: string;
      invoiceNo: string | null;
      personId: number | null;
      collectorId: number | null;
    }
  | {
      kind: 'follow_up';
      id: number;
      at: Date;
      outcome: string;
      method: string;
      note: string | null;
      invoiceNo: string | null;
      personId: number | null;
      collectorId: number | null;
    };

// Dispute notes are not contact attempts (the same rule as the daily lists' history).
const NOT_CONTACTS = ['dispute', 'note'];

/**
 * A customer's promises (dated when they settled) and contact attempts, in time order,
 * optionally only those after `after` (the last escalation: its strikes are spent).
 */
export async function customerTimeline(
  db: DbOrTrx,
  customerId: number,
  after: Date | null,
): Promise<StrikeEvent[]> {
  // Every money commitment counts: a broken on-time confirmation, delay or instalment is a strike.
  const promises = await db
    .selectFrom('commitments as pr')
    .leftJoin('receivables as r', 'r.id', 'pr.receivable_id')
    .select([
      'pr.id',
      sql<Date>`coalesce(pr.resolved_at, pr.created_at)`.as('at'),
      'pr.status',
      'pr.amount',
      'pr.currency',
      'pr.due_on',
      'r.invoice_no',
      'pr.person_id',
      'r.collector_id',
    ])
    .where('pr.customer_id', '=', customerId)
    .where('pr.kind', '<>', 'next_action')
    .$if(after !== null, (q) => q.where(sql<boolean>`coalesce(pr.resolved_at, pr.created_at) > ${after}`))
    .execute();
  const followUps = await db
    .selectFrom('follow_ups as f')
    .leftJoin('receivables as r', 'r.id', 'f.receivable_id')
    .select([
      'f.id',
      'f.created_at',
      'f.outcome',
      'f.method',
      'f.note',
      'r.invoice_no',
      'f.person_id',
      'r.collector_id',
    ])
    .where('f.customer_id', '=', customerId)
    .where('f.method', 'not in', NOT_CONTACTS)
    .$if(after !== null, (q) => q.where('f.created_at', '>', after as Date))
    .execute();
  const events: StrikeEvent[] = [
    ...promises.map((p) => ({
      kind: 'promise' as const,
      id: p.id,
      at: new Date(p.at),
      status: p.status,
      amount: p.amount as number,
      currency: p.currency as string,
      promisedOn: p.due_on,
      invoiceNo: p.invoice_no,
      personId: p.person_id,
      collectorId: p.collector_id,
    })),
    ...followUps.map((f) => ({
      kind: 'follow_up' as const,
      id: f.id,
      at: f.created_at,
      outcome: f.outcome,
      method: f.method,
      note: f.note,
      invoiceNo: f.invoice_no,
      personId: f.person_id,
      collectorId: f.collector_id,
    })),
  ];
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
}
