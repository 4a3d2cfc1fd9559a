import type { DbOrTrx } from '../../../src/db/connect.js';

/** A collector's plan lines with their customers, oldest first; only submitted plans when asked. */
export function planLinesOf(db: DbOrTrx, personId: number, submittedOnly = false) {
  let q = db
    .selectFrom('weekly_plans as p')
    .innerJoin('plan_lines as l', 'l.plan_id', 'p.id')
    .innerJoin('customers as c', 'c.id', 'l.customer_id')
    .select(['l.id', 'c.name', 'l.planned_amount', 'l.outcome'])
    .where('p.person_id', '=', personId);
  if (submittedOnly) q = q.where('p.plan_submitted_at', 'is not', null);
  return q.orderBy('l.id').execute();
}
