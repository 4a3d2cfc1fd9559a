import { RECEIVABLE_KIND_WORDS, readAmount, readCurrency, readDate, readEmail, readWord } from './cells.js';
import type { RowReader, RowValidator } from './row-reader.js';
import type { StageValue } from './types.js';

/** Who collects: an email, or a person's name to be matched to exactly one person. */
export function readPersonRef(row: RowReader, field: string): { email: string | null; name: string | null } {
  const text = row.text(field);
  if (text === null) return { email: null, name: null };
  if (!text.includes('@')) return { email: null, name: text };
  return { email: row.read(field, readEmail), name: null };
}

/** Reports a missing value for a group of alternative fields against the one the file has. */
export function requireOne(row: RowReader, fields: readonly string[]): void {
  if (fields.some((field) => row.text(field) !== null)) return;
  row.issue(fields.find((field) => row.has(field)) ?? fields[0] ?? '', '', 'missing required field');
}

/**
 * What is still open on the item, when the file says: its balance column, else the amount less
 * the paid column; null when the file has neither (the ledger's own balance stands).
 */
function openBalance(row: RowReader, currency: string | null, amount: number | null): number | null {
  const zeroOk = (text: string) => readAmount(text, currency, { allowZero: true });
  const balance = row.read('balance', zeroOk);
  const paid = balance === null ? row.read('paid', zeroOk) : null;
  if (amount === null) return null;
  if (balance !== null) {
    if (balance.minor <= amount) return balance.minor;
    row.issue('balance', row.text('balance') ?? '', 'the open balance is more than the invoice amount');
    return null;
  }
  if (paid === null) return null;
  if (paid.minor <= amount) return amount - paid.minor;
  row.issue('paid', row.text('paid') ?? '', 'the amount received is more than the invoice amount');
  return null;
}

/**
 * Receivables: one row per invoice or retention item. The external id defaults to the invoice
 * number; the due date, when absent, is worked out from the customer's payment terms.
 */
export const receivableRows: RowValidator = {
  columns: [
    { name: 'external_id', type: 'text' },
    { name: 'invoice_no', type: 'text' },
    { name: 'customer_code', type: 'text' },
    { name: 'customer_name', type: 'text' },
    { name: 'contract_no', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'currency', type: 'text' },
    { name: 'amount', type: 'bigint' },
    { name: 'issued_on', type: 'date' },
    { name: 'due_on', type: 'date' },
    { name: 'collector_email', type: 'text' },
    { name: 'collector_name', type: 'text' },
    { name: 'balance', type: 'bigint' },
  ],
  validate(row: RowReader): StageValue[] {
    const invoiceNo = row.text('invoice_no');
    const externalId = row.text('external_id') ?? invoiceNo;
    requireOne(row, ['invoice_no', 'external_id']);
    requireOne(row, ['customer_code', 'customer_name']);
    let currency = row.read('currency', readCurrency);
    const amount = row.read('amount', (text) => readAmount(text, currency), true);
    currency ??= amount?.currency ?? null;
    const issuedOn = row.read('issued_on', readDate);
    const dueOn = row.read('due_on', readDate);
    if (
      dueOn === null &&
      issuedOn === null &&
      row.text('due_on') === null &&
      row.text('issued_on') === null
    ) {
      requireOne(row, ['due_on', 'issued_on']);
    }
    if (dueOn !== null && issuedOn !== null && dueOn < issuedOn) {
      row.issue('due_on', row.text('due_on') ?? '', 'due date is before the issue date');
    }
    const balance = openBalance(row, currency, amount?.minor ?? null);
    const kind = row.read('kind', (text) => readWord(text, RECEIVABLE_KIND_WORDS, 'kind'));
    const collector = readPersonRef(row, 'collector');
    return [
      externalId,
      invoiceNo ?? externalId,
      row.text('customer_code'),
      row.text('customer_name'),
      row.text('contract_no'),
      kind,
      currency,
      amount?.minor ?? null,
      issuedOn,
      dueOn,
      collector.email,
      collector.name,
      balance,
    ];
  },
};
