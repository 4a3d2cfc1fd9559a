import type { DbOrTrx } from '../connect.js';

/** A repayment plan of a customer with its instalments, newest plan first. */
export interface CustomerPlan {
  id: number;
  madeOn: string;
  currency: string;
  total: number;
  invoiceNo: string | null;
  instalments: { no: number; amount: number; dueOn: string; status: string; received: number }[];
}

/** The customer's repayment plans that still have an instalment open or settled (not replaced), newest first. */
export async function customerPlans(db: DbOrTrx, customerId: number, limit: number): Promise<CustomerPlan[]> {
  const rows = await db
    .selectFrom('commitments as cm')
    .innerJoin('repayment_plans as p', 'p.id', 'cm.plan_id')
    .leftJoin('receivables as r', 'r.id', 'cm.receivable_id')
    .select([
      'p.id',
      'p.made_on',
      'p.currency',
      'p.total',
      'r.invoice_no',
      'cm.instalment_no',
      'cm.amount',
      'cm.due_on',
      'cm.status',
      'cm.received',
    ])
    .where('p.customer_id', '=', customerId)
    .where('cm.status', '<>', 'cancelled')
    .orderBy('p.id', 'desc')
    .orderBy('cm.instalment_no')
    .execute();
  const plans = new Map<number, CustomerPlan>();
  for (const r of rows) {
    let plan = plans.get(r.id);
    if (!plan) {
      if (plans.size >= limit) continue;
      plan = {
        id: r.id,
        madeOn: r.made_on,
        currency: r.currency,
        total: r.total,
        invoiceNo: r.invoice_no,
        instalments: [],
      };
      plans.set(r.id, plan);
    }
    plan.instalments.push({
      no: r.instalment_no ?? plan.instalments.length + 1,
      amount: r.amount ?? 0,
      dueOn: r.due_on,
      status: r.status,
      received: r.received,
    });
  }
  return [...plans.values()];
}

/** The customer's open disputes, oldest first, with who owns them and how many colleagues help. */
export async function customerOpenDisputes(db: DbOrTrx, customerId: number) {
  return db
    .selectFrom('disputes as d')
    .innerJoin('receivables as r', 'r.id', 'd.receivable_id')
    .leftJoin('people as o', 'o.id', 'd.owner_id')
    .select(['d.id', 'd.opened_on', 'd.note', 'd.helper_ids', 'r.invoice_no', 'o.name as owner_name'])
    .where('d.customer_id', '=', customerId)
    .where('d.state', '=', 'open')
    .orderBy('d.opened_on')
    .orderBy('d.id')
    .execute();
}
