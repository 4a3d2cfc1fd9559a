import { CURRENCIES } from '../domain/currency.js';
import { formatAmount } from '../domain/money-format.js';
import type { KindStore } from './kind-store.js';
import { applyLedgerBalances } from './ledger-receipts.js';
import {
  type Check,
  customerChecks,
  customerLookup,
  duplicateCheck,
  duplicateJoin,
  lookupChecks,
  personLookup,
  runChecks,
} from './resolve-sql.js';
import { upsertFromStage } from './upsert-sql.js';

/** Currencies whose minor unit is not a hundredth: an amount read without knowing one is wrong. */
const ODD_DIGITS = CURRENCIES.filter((c) => c.minorDigits !== 2)
  .map((c) => `'${c.code}'`)
  .join(', ');

/** When the row names no currency, the amount was read as hundredths; refuse if the customer's is not. */
export function currencyNeededCheck(field: string): Check {
  return {
    when: `s.currency IS NULL AND s.amount IS NOT NULL AND c.credit_currency IN (${ODD_DIGITS})`,
    field,
    value: 's.amount',
    reason: 'currency needed: the customer is billed in {x}',
    extra: 'c.credit_currency',
  };
}

function lookups(present: ReadonlySet<string>) {
  const customer = customerLookup(present);
  const collector = personLookup('collector', 'pc');
  const joins = `${customer.joins} ${present.has('collector') ? collector.joins : ''}`;
  return { customer, collector, joins };
}

/** Receivables: upsert by external id; an amount change moves the outstanding balance by as much. */
export const receivableStore: KindStore = {
  async check(db, present) {
    const { customer, collector, joins } = lookups(present);
    const key = present.has('external_id') ? 'external_id' : 'invoice_no';
    const checks: Check[] = [
      duplicateCheck('external_id', key, 'external id'),
      ...customerChecks(present, customer),
      currencyNeededCheck('amount'),
      {
        when: 'ex.id IS NOT NULL AND s.amount IS NOT NULL AND s.amount < ex.amount - ex.outstanding',
        field: 'amount',
        value: 's.amount',
        reason: '',
        extra: "(ex.amount - ex.outstanding) || ' ' || ex.currency",
        describe: (value, extra) => {
          const [paid = '0', currency = 'CNY'] = extra.split(' ');
          return {
            value: formatAmount(Number(value), currency),
            reason: `amount is below the ${formatAmount(Number(paid), currency)} already paid against this item`,
          };
        },
      },
    ];
    if (present.has('balance') || present.has('paid')) {
      // Only ledger receipts can be given back: payments from the bank stay what they are.
      checks.push({
        when: `ex.id IS NOT NULL AND s.balance IS NOT NULL AND s.amount IS NOT NULL
          AND s.balance > s.amount - (ex.amount - ex.outstanding - COALESCE(
            (SELECT sum(pa.amount) FROM payment_allocations pa JOIN payments p ON p.id = pa.payment_id
             WHERE pa.receivable_id = ex.id AND p.source = 'ledger'), 0))`,
        field: present.has('balance') ? 'balance' : 'paid',
        value: present.has('balance') ? 's.balance' : 's.amount - s.balance',
        reason: '',
        extra: 'COALESCE(s.currency, c.credit_currency)',
        describe: (value, currency) => ({
          value: formatAmount(Number(value), currency || 'CNY'),
          reason:
            'the open balance is more than what is left after the payments already recorded against this item',
        }),
      });
    }
    if (present.has('collector')) {
      checks.push(...lookupChecks(collector, 'collector', 'collector', 'use their email'));
    }
    return runChecks(
      db,
      `${joins} ${duplicateJoin('external_id')} LEFT JOIN receivables ex ON ex.external_id = s.external_id`,
      checks,
    );
  },

  async write(db, ctx) {
    const { collector, joins } = lookups(ctx.present);
    const has = (field: string) => ctx.present.has(field);
    const newBalance = 'receivables.outstanding + (EXCLUDED.amount - receivables.amount)';
    const counts = await upsertFromStage(
      db,
      {
        table: 'receivables',
        conflict: 'external_id',
        joins,
        importId: true,
        updatedAt: true,
        columns: [
          { name: 'external_id', value: 's.external_id' },
          { name: 'customer_id', value: 'c.id' },
          { name: 'team_id', value: 'c.team_id' },
          {
            name: 'collector_id',
            value: has('collector') ? `COALESCE(${collector.id}, c.owner_id)` : 'c.owner_id',
            keep: !has('collector'),
          },
          { name: 'invoice_no', value: 's.invoice_no' },
          { name: 'contract_no', value: 's.contract_no', keep: !has('contract_no') },
          { name: 'kind', value: "COALESCE(s.kind, 'invoice')", keep: !has('kind') },
          { name: 'currency', value: 'COALESCE(s.currency, c.credit_currency)' },
          { name: 'amount', value: 's.amount' },
          { name: 'outstanding', value: 's.amount', keep: true },
          { name: 'issued_on', value: 's.issued_on', keep: !has('issued_on') },
          { name: 'due_on', value: 'COALESCE(s.due_on, s.issued_on + c.payment_terms_days)' },
        ],
        alsoSet: [
          `outstanding = ${newBalance}`,
          `status = CASE WHEN receivables.status IN ('open', 'paid')
            THEN CASE WHEN ${newBalance} = 0 THEN 'paid' ELSE 'open' END ELSE receivables.status END`,
        ],
      },
      ctx,
    );
    if (!has('balance') && !has('paid')) return counts;
    const ledger = await applyLedgerBalances(db, ctx.importId, ctx.now);
    return { ...counts, details: ledger };
  },
};
