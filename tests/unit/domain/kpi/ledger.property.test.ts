import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGING_BUCKETS } from '../../../../src/domain/aging.js';
import {
  bucketTotals,
  type LedgerItem,
  type LedgerReceipt,
  openItemsAsOf,
  outstandingAsOf,
  receiptsByItem,
} from '../../../../src/domain/kpi/index.js';
import { addDays } from '../../../../src/domain/local-date.js';

const BASE = '2025-01-01';
const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays(BASE, n));

const ledger = fc
  .array(
    fc.record({
      currency: fc.constantFrom('CNY', 'USD', 'EUR'),
      amount: fc.integer({ min: 1, max: 5_000_000_000 }),
      issued: day,
      terms: fc.integer({ min: 0, max: 120 }),
      // Receipts as fractions of the amount, dated after issue.
      paid: fc.array(
        fc.record({ share: fc.integer({ min: 1, max: 60 }), after: fc.integer({ min: 0, max: 400 }) }),
        {
          maxLength: 4,
        },
      ),
    }),
    { maxLength: 60 },
  )
  .map((rows) => {
    const items: LedgerItem[] = [];
    const receipts: LedgerReceipt[] = [];
    rows.forEach((r, i) => {
      items.push({
        id: i + 1,
        customerId: (i % 7) + 1,
        collectorId: null,
        kind: 'invoice',
        currency: r.currency,
        amount: r.amount,
        issuedOn: r.issued,
        dueOn: addDays(r.issued, r.terms),
      });
      let left = r.amount;
      for (const p of r.paid) {
        const amount = Math.min(left, Math.floor((r.amount * p.share) / 100));
        if (amount <= 0) continue;
        left -= amount;
        receipts.push({ itemId: i + 1, amount, on: addDays(r.issued, p.after) });
      }
    });
    return { items, receipts };
  });

describe('aging buckets over random ledgers', () => {
  it('sum to the open total of each currency on any date', () => {
    fc.assert(
      fc.property(ledger, day, ({ items, receipts }, asOf) => {
        const byItem = receiptsByItem(receipts);
        const totals = bucketTotals(openItemsAsOf(items, byItem, asOf));
        for (const t of totals) {
          const bucketSum = AGING_BUCKETS.reduce((n, b) => n + t.buckets[b], 0);
          expect(bucketSum).toBe(t.open);
          const replayed = items
            .filter((i) => i.currency === t.currency)
            .reduce((n, i) => n + outstandingAsOf(i, byItem.get(i.id) ?? [], asOf), 0);
          expect(t.open).toBe(replayed);
          expect(t.open - t.buckets.not_due).toBe(t.overdue);
        }
        // A currency with nothing open has no line at all, never a line of zeros.
        expect(totals.every((t) => t.open > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
