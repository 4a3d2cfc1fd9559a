import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/connect.js';
import { listOpenItems } from '../../db/repositories/open-items.repository.js';
import { diffDays, type LocalDate } from '../../domain/local-date.js';
import { segmentOf } from '../../domain/segment.js';
import type { CheckInWeek } from '../../domain/week.js';
import type { Messages } from '../../locale/index.js';
import type { TeamSettings } from '../team-settings.js';

/** A customer the plan form suggests, with the amount expected this week and why. */
export interface Suggestion {
  customerId: number;
  customerName: string;
  customerCode: string;
  currency: string;
  amount: number;
  action: string;
}

/**
 * One line per customer of the collector with items falling due this week, open promises dated
 * this week, or overdue items on the key follow-up list; the largest amounts first.
 */
export async function suggestPlan(
  db: DbOrTrx,
  teamId: number,
  personId: number,
  week: CheckInWeek,
  today: LocalDate,
  settings: TeamSettings,
  m: Messages,
): Promise<Suggestion[]> {
  const items = await listOpenItems(db, { teamId, collectorId: personId, dueTo: week.weekEnd });
  const promised = await openPromisesIn(
    db,
    items.map((i) => i.id),
    week,
  );
  const byCustomer = new Map<string, Suggestion>();
  for (const item of items) {
    const promise = promised.get(item.id);
    let amount = 0;
    let action = '';
    if (promise) {
      amount = Math.min(promise.amount, item.outstanding);
      action = m.weekly.actionPromise(promise.on);
    } else if (item.dueOn >= week.weekStart) {
      amount = item.outstanding;
      action = m.weekly.actionDue(item.dueOn);
    } else {
      const segment = segmentOf(diffDays(today, item.dueOn), item.outstanding, settings);
      if (item.disputed || (segment !== 'key_follow_up' && segment !== 'key_escalating')) continue;
      amount = item.outstanding;
      action = m.weekly.actionKey;
    }
    const key = `${item.customerId}:${item.currency}`;
    const line = byCustomer.get(key);
    if (line) line.amount += amount;
    else
      byCustomer.set(key, {
        customerId: item.customerId,
        customerName: item.customerName,
        customerCode: '',
        currency: item.currency,
        amount,
        action,
      });
  }
  const codes = await customerCodes(
    db,
    [...byCustomer.values()].map((s) => s.customerId),
  );
  for (const s of byCustomer.values()) s.customerCode = codes.get(s.customerId) ?? '';
  // One line per customer: a customer with items in two currencies is planned in its larger one.
  const seen = new Set<number>();
  return [...byCustomer.values()]
    .sort((a, b) => b.amount - a.amount || a.customerName.localeCompare(b.customerName))
    .filter((s) => !seen.has(s.customerId) && seen.add(s.customerId));
}

async function customerCodes(db: DbOrTrx, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'external_id'])
    .where(sql<boolean>`id = ANY(${[...new Set(ids)]}::int[])`)
    .execute();
  return new Map(rows.map((r) => [r.id, r.external_id]));
}

async function openPromisesIn(db: DbOrTrx, itemIds: readonly number[], week: CheckInWeek) {
  const found = new Map<number, { amount: number; on: string }>();
  if (itemIds.length === 0) return found;
  const rows = await db
    .selectFrom('commitments')
    .select(['receivable_id', 'amount', 'due_on'])
    .where('status', '=', 'open')
    .where('kind', 'in', ['promise', 'instalment', 'delay'])
    .where('due_on', '>=', week.weekStart)
    .where('due_on', '<=', week.weekEnd)
    .where(sql<boolean>`receivable_id = ANY(${[...itemIds]}::int[])`)
    .orderBy('id')
    .execute();
  for (const r of rows)
    if (r.receivable_id !== null) found.set(r.receivable_id, { amount: r.amount as number, on: r.due_on });
  return found;
}

/** What falls due during the week, per currency: the collector's own items, or (null) the whole team's. */
export async function dueThisWeek(
  db: DbOrTrx,
  teamId: number,
  week: CheckInWeek,
  collectorId: number | null = null,
): Promise<Map<string, number>> {
  const items = await listOpenItems(db, {
    teamId,
    dueFrom: week.weekStart,
    dueTo: week.weekEnd,
    ...(collectorId === null ? {} : { collectorId }),
  });
  const totals = new Map<string, number>();
  for (const i of items) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.outstanding);
  return totals;
}
