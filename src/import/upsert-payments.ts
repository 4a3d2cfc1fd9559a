import { replaceProvisionalPayments } from '../db/repositories/claim-payments.repository.js';
import { allocatePayments } from './allocate-payments.js';
import type { KindStore } from './kind-store.js';
import { explainLedgerReceipts } from './ledger-receipts.js';
import {
  type Check,
  customerChecks,
  customerLookup,
  duplicateCheck,
  duplicateJoin,
  runChecks,
} from './resolve-sql.js';
import { STAGE } from './stage.js';
import { currencyNeededCheck } from './upsert-receivables.js';
import { upsertFromStage } from './upsert-sql.js';

/** The item a payment names: by invoice number within its customer, the invoice before its retention. */
function lookups(present: ReadonlySet<string>) {
  const customer = customerLookup(present);
  const invoice = present.has('invoice_no')
    ? `LEFT JOIN (
        SELECT DISTINCT ON (customer_id, invoice_no) id, customer_id, invoice_no, currency FROM receivables
        WHERE invoice_no IN (SELECT invoice_no FROM ${STAGE} WHERE invoice_no IS NOT NULL)
        ORDER BY customer_id, invoice_no, (kind <> 'invoice'), due_on, id) inv
      ON inv.customer_id = c.id AND inv.invoice_no = s.invoice_no`
    : '';
  return { customer, joins: `${customer.joins} ${invoice}` };
}

/**
 * Payments are inserted once: one already present by external id is left unchanged. New
 * payments replace the provisional payments they stand for (same customer and reference), and
 * are then allocated to open items, lowering their outstanding balance.
 */
export const paymentStore: KindStore = {
  async check(db, present) {
    const { customer, joins } = lookups(present);
    const key = present.has('external_id') ? 'external_id' : 'reference';
    const checks: Check[] = [
      duplicateCheck('external_id', key, 'external id'),
      ...customerChecks(present, customer),
      currencyNeededCheck('amount'),
    ];
    if (present.has('invoice_no')) {
      checks.push(
        {
          when: 's.invoice_no IS NOT NULL AND c.id IS NOT NULL AND inv.id IS NULL',
          field: 'invoice_no',
          value: 's.invoice_no',
          reason: 'unknown invoice for this customer',
        },
        {
          when: 'inv.id IS NOT NULL AND inv.currency <> COALESCE(s.currency, c.credit_currency)',
          field: 'currency',
          value: 'COALESCE(s.currency, c.credit_currency)',
          reason: 'the invoice is in {x}: a payment is allocated in the invoice currency only',
          extra: 'inv.currency',
        },
      );
    }
    return runChecks(db, `${joins} ${duplicateJoin('external_id')}`, checks);
  },

  async write(db, ctx) {
    const { joins } = lookups(ctx.present);
    const counts = await upsertFromStage(
      db,
      {
        table: 'payments',
        conflict: 'external_id',
        joins,
        importId: true,
        updatedAt: false,
        insertOnly: true,
        columns: [
          { name: 'external_id', value: 's.external_id' },
          { name: 'customer_id', value: 'c.id' },
          { name: 'receivable_id', value: ctx.present.has('invoice_no') ? 'inv.id' : 'NULL::int' },
          { name: 'currency', value: 'COALESCE(s.currency, c.credit_currency)' },
          { name: 'amount', value: 's.amount' },
          { name: 'received_on', value: 's.received_on' },
          { name: 'bank', value: 's.bank' },
          { name: 'reference', value: 's.reference' },
        ],
      },
      ctx,
    );
    // A bank payment standing for a payment finance confirmed provisionally takes its place first.
    const provisionalReplaced = await replaceProvisionalPayments(db, ctx.importId, ctx.now);
    // A bank payment the ERP's balance already reflected takes its ledger receipt's place.
    const ledgerExplained = await explainLedgerReceipts(db, ctx.importId, ctx.now);
    const allocation = await allocatePayments(db, ctx.importId, ctx.now);
    return { ...counts, details: { ...allocation, provisionalReplaced, ledgerExplained } };
  },
};
