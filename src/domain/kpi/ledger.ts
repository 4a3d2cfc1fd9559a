/**
 * Balances as of any date, replayed from the ledger: an item's outstanding amount on a date is its
 * amount less the receipts allocated to it on or before that date. Nothing depends on today's
 * stored balance, so last month's report can be produced on a fresh install.
 */
import { AGING_BUCKETS, type AgingBucket, agingBucket, daysOverdue } from '../aging.js';
import { compareLocalDate, type LocalDate } from '../local-date.js';

export type LedgerItemKind = 'invoice' | 'retention' | 'other';

/** A receivable as the ledger knows it. */
export interface LedgerItem {
  id: number;
  customerId: number;
  collectorId: number | null;
  kind: LedgerItemKind;
  currency: string;
  /** Minor units invoiced. */
  amount: number;
  /** The day it became receivable (the issue date, else due date less the payment terms). */
  issuedOn: LocalDate;
  dueOn: LocalDate;
}

/** Part of a payment applied to an item, dated by the day the money arrived. */
export interface LedgerReceipt {
  itemId: number;
  amount: number;
  on: LocalDate;
}

/** An item open on a date, with what was still owed then. */
export interface OpenItem {
  item: LedgerItem;
  outstanding: number;
  daysOverdue: number;
  bucket: AgingBucket;
}

/** Receipts grouped by item, oldest first, for replaying many dates over one ledger. */
export function receiptsByItem(receipts: readonly LedgerReceipt[]): Map<number, LedgerReceipt[]> {
  const by = new Map<number, LedgerReceipt[]>();
  for (const r of receipts) {
    const list = by.get(r.itemId);
    if (list) list.push(r);
    else by.set(r.itemId, [r]);
  }
  for (const list of by.values()) list.sort((a, b) => compareLocalDate(a.on, b.on));
  return by;
}

/** What was still owed on an item at the end of `date`; 0 before it was issued counts as not open. */
export function outstandingAsOf(
  item: LedgerItem,
  receipts: readonly LedgerReceipt[],
  date: LocalDate,
): number {
  if (compareLocalDate(item.issuedOn, date) > 0) return 0;
  let paid = 0;
  for (const r of receipts) if (compareLocalDate(r.on, date) <= 0) paid += r.amount;
  return Math.max(0, item.amount - paid);
}

/** Every item open at the end of `date`, with its outstanding amount and aging then. */
export function openItemsAsOf(
  items: readonly LedgerItem[],
  receipts: ReadonlyMap<number, readonly LedgerReceipt[]>,
  date: LocalDate,
): OpenItem[] {
  const open: OpenItem[] = [];
  for (const item of items) {
    const outstanding = outstandingAsOf(item, receipts.get(item.id) ?? [], date);
    if (outstanding <= 0) continue;
    const days = daysOverdue(item.dueOn, date);
    open.push({ item, outstanding, daysOverdue: days, bucket: agingBucket(days) });
  }
  return open;
}

/** Open amounts of one currency by aging bucket, with their total. */
export interface BucketTotals {
  currency: string;
  buckets: Record<AgingBucket, number>;
  /** The sum of every bucket: the open total. */
  open: number;
  /** Every bucket but "not due". */
  overdue: number;
  items: number;
}

function emptyBuckets(): Record<AgingBucket, number> {
  return Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Record<AgingBucket, number>;
}

/** Open items summed by currency and bucket: the buckets of a currency add up to its open total. */
export function bucketTotals(open: readonly OpenItem[]): BucketTotals[] {
  const by = new Map<string, BucketTotals>();
  for (const o of open) {
    let t = by.get(o.item.currency);
    if (!t) {
      t = { currency: o.item.currency, buckets: emptyBuckets(), open: 0, overdue: 0, items: 0 };
      by.set(o.item.currency, t);
    }
    t.buckets[o.bucket] += o.outstanding;
    t.open += o.outstanding;
    if (o.bucket !== 'not_due') t.overdue += o.outstanding;
    t.items += 1;
  }
  return [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Receipts dated within [from, to], inclusive. */
export function receiptsBetween(
  receipts: readonly LedgerReceipt[],
  from: LocalDate,
  to: LocalDate,
): LedgerReceipt[] {
  return receipts.filter((r) => compareLocalDate(r.on, from) >= 0 && compareLocalDate(r.on, to) <= 0);
}
