import { readAmount, readCurrency, readDate } from './cells.js';
import type { RowReader, RowValidator } from './row-reader.js';
import type { StageValue } from './types.js';
import { requireOne } from './validate-receivables.js';

/** Payments received: the external id defaults to the bank reference. */
export const paymentRows: RowValidator = {
  columns: [
    { name: 'external_id', type: 'text' },
    { name: 'customer_code', type: 'text' },
    { name: 'customer_name', type: 'text' },
    { name: 'invoice_no', type: 'text' },
    { name: 'currency', type: 'text' },
    { name: 'amount', type: 'bigint' },
    { name: 'received_on', type: 'date' },
    { name: 'bank', type: 'text' },
    { name: 'reference', type: 'text' },
  ],
  validate(row: RowReader): StageValue[] {
    const reference = row.text('reference');
    requireOne(row, ['external_id', 'reference']);
    requireOne(row, ['customer_code', 'customer_name']);
    let currency = row.read('currency', readCurrency);
    const amount = row.read('amount', (text) => readAmount(text, currency), true);
    currency ??= amount?.currency ?? null;
    return [
      row.text('external_id') ?? reference,
      row.text('customer_code'),
      row.text('customer_name'),
      row.text('invoice_no'),
      currency,
      amount?.minor ?? null,
      row.read('received_on', readDate, true),
      row.text('bank'),
      reference,
    ];
  },
};
