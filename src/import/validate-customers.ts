import { percentToPpm } from '../domain/interest.js';
import type { Cell } from './cells.js';
import {
  INTEREST_BASIS_WORDS,
  RATINGS,
  readAmount,
  readCurrency,
  readDays,
  readEmail,
  readWord,
} from './cells.js';
import type { RowReader, RowValidator } from './row-reader.js';
import type { StageValue } from './types.js';
import { readPersonRef } from './validate-receivables.js';

function readRate(text: string): Cell<number> {
  const ppm = percentToPpm(text);
  return ppm === null
    ? { ok: false, reason: 'not a rate in percent (like 6% or 0.05)' }
    : { ok: true, value: ppm };
}

/** Customers: credit terms, owner, contacts and overdue interest; the team is found by code or name. */
export const customerRows: RowValidator = {
  columns: [
    { name: 'external_id', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'team_ref', type: 'text' },
    { name: 'owner_email', type: 'text' },
    { name: 'owner_name', type: 'text' },
    { name: 'rating', type: 'text' },
    { name: 'credit_limit', type: 'bigint' },
    { name: 'currency', type: 'text' },
    { name: 'payment_terms', type: 'int' },
    { name: 'contact_name', type: 'text' },
    { name: 'contact_phone', type: 'text' },
    { name: 'contact_email', type: 'text' },
    { name: 'address', type: 'text' },
    { name: 'interest_ppm', type: 'int' },
    { name: 'interest_basis', type: 'text' },
  ],
  validate(row: RowReader): StageValue[] {
    let currency = row.read('currency', readCurrency);
    const limit = row.read('credit_limit', (text) => readAmount(text, currency, { allowZero: true }));
    currency ??= limit?.currency ?? null;
    const owner = readPersonRef(row, 'owner');
    const rate = row.read('interest_rate', readRate);
    const basis = row.read('interest_basis', (text) =>
      readWord(text, INTEREST_BASIS_WORDS, 'interest basis (annual or daily)'),
    );
    return [
      row.required('external_id'),
      row.required('name'),
      row.text('team'),
      owner.email,
      owner.name,
      row.read('rating', (text) => readWord(text, RATINGS, 'credit rating')),
      limit?.minor ?? null,
      currency,
      row.read('payment_terms', readDays),
      row.text('contact_name'),
      row.text('contact_phone'),
      row.read('contact_email', readEmail),
      row.text('address'),
      rate,
      // A rate without a basis is a yearly one, as contracts usually state it.
      rate === null ? null : (basis ?? 'annual'),
    ];
  },
};
