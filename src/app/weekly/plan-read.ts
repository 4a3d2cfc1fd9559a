import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/connect.js';
import { coversDuring } from '../../db/repositories/leave.repository.js';
import type { NewPlanLine } from '../../db/repositories/weekly.repository.js';
import type { CheckInWeek } from '../../domain/week.js';
import type { Messages } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { readAmount } from '../items/field-readers.js';
import { customerOfLine } from './customer-label.js';
import { type PlanRow, planFieldIds } from './plan-form.js';

export type PlanRead = { ok: true; lines: NewPlanLine[] } | { ok: false; errors: Record<string, string> };

interface CustomerInfo {
  id: number;
  name: string;
  ownerId: number | null;
  collectors: number[];
  currency: string | null;
}

async function customerInfo(db: DbOrTrx, id: number): Promise<CustomerInfo> {
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'name', 'owner_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const items = await db
    .selectFrom('receivables')
    .select(['collector_id', 'currency', sql<number>`sum(outstanding)::bigint`.as('total')])
    .where('customer_id', '=', id)
    .where('status', '=', 'open')
    .groupBy(['collector_id', 'currency'])
    .orderBy('total', 'desc')
    .execute();
  return {
    id: customer.id,
    name: customer.name,
    ownerId: customer.owner_id,
    collectors: items.flatMap((i) => (i.collector_id === null ? [] : [i.collector_id])),
    currency: items[0]?.currency ?? null,
  };
}

/** Whether a person may plan a customer: theirs, one they cover for during the week, or any as manager. */
async function mayPlan(db: DbOrTrx, actor: Actor, c: CustomerInfo, week: CheckInWeek): Promise<boolean> {
  if (actor.role !== 'collector') return true;
  const owners = new Set([c.ownerId, ...c.collectors].filter((p): p is number => p !== null));
  if (owners.has(actor.personId)) return true;
  for (const owner of owners)
    if (await coversDuring(db, actor.personId, owner, week.weekStart, week.weekEnd)) return true;
  return false;
}

/**
 * Reads a submitted plan: every line with an amount needs a known customer the person may plan,
 * once, and an amount that reads in the customer's currency. Errors name the field they belong to.
 */
export async function readPlan(
  db: DbOrTrx,
  actor: Actor,
  teamId: number,
  week: CheckInWeek,
  rows: readonly PlanRow[],
  m: Messages,
): Promise<PlanRead> {
  const errors: Record<string, string> = {};
  const lines: NewPlanLine[] = [];
  const seen = new Set<number>();
  for (const [i, row] of rows.entries()) {
    const ids = planFieldIds(i + 1);
    // A blank amount drops the line, whatever customer it names.
    if (!row.amount) continue;
    if (!row.customer) {
      errors[ids.customer] = m.weekly.errors.customerMissing;
      continue;
    }
    const match = await customerOfLine(db, row.customer, teamId);
    if (match.kind !== 'one') {
      errors[ids.customer] =
        match.kind === 'several'
          ? m.weekly.errors.customerAmbiguous(row.customer, match.labels)
          : m.weekly.errors.customerUnknown(row.customer);
      continue;
    }
    const customer = await customerInfo(db, match.customer.id);
    if (seen.has(customer.id)) {
      errors[ids.customer] = m.weekly.errors.customerDuplicate(customer.name);
      continue;
    }
    seen.add(customer.id);
    if (!(await mayPlan(db, actor, customer, week))) {
      errors[ids.customer] = m.weekly.errors.customerNotOwned(customer.name);
      continue;
    }
    const currency = customer.currency ?? row.currency;
    const amount = readAmount(row.amount, currency, Number.MAX_SAFE_INTEGER, m);
    if (!amount.ok) {
      errors[ids.amount] = amount.error;
      continue;
    }
    lines.push({ customerId: customer.id, currency, planned: amount.value, action: row.action || null });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lines };
}
