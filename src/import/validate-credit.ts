import {
  type Cell,
  RATINGS,
  readAmount,
  readCurrency,
  readDays,
  readEmail,
  readInteger,
  readWord,
} from './cells.js';
import type { RowReader, RowValidator } from './row-reader.js';
import type { StageValue } from './types.js';
import { requireOne } from './validate-receivables.js';

/** How people write a contact's role. */
export const CONTACT_ROLE_WORDS = {
  决策人: 'decision_maker',
  负责人: 'decision_maker',
  老板: 'decision_maker',
  'decision-maker': 'decision_maker',
  decision_maker: 'decision_maker',
  decisionmaker: 'decision_maker',
  财务: 'finance',
  财务联系人: 'finance',
  finance: 'finance',
  采购: 'purchasing',
  purchasing: 'purchasing',
  法务: 'legal',
  legal: 'legal',
  其他: 'other',
  联系人: 'other',
  other: 'other',
} as const;

const YES_NO = {
  是: 'yes',
  否: 'no',
  允许: 'yes',
  不允许: 'no',
  yes: 'yes',
  no: 'no',
  y: 'yes',
  n: 'no',
} as const;

/** Contacts: several per customer, matched by customer and name. */
export const contactRows: RowValidator = {
  columns: [
    { name: 'customer_code', type: 'text' },
    { name: 'customer_name', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'role', type: 'text' },
    { name: 'phone', type: 'text' },
    { name: 'email', type: 'text' },
  ],
  validate(row: RowReader): StageValue[] {
    requireOne(row, ['customer_code', 'customer_name']);
    return [
      row.text('customer_code'),
      row.text('customer_name'),
      row.required('name'),
      row.read('role', (text) => readWord(text, CONTACT_ROLE_WORDS, 'contact role')),
      row.text('phone'),
      row.read('email', readEmail),
    ];
  },
};

const readMonths = (text: string): Cell<number> => {
  const n = readInteger(text);
  return n.ok && (n.value < 1 || n.value > 120) ? { ok: false, reason: 'months must be 1–120' } : n;
};

/** The rating policy: per team and rating, the longest terms, default limit, extension and review interval. */
export const ratingRows: RowValidator = {
  columns: [
    { name: 'team_ref', type: 'text' },
    { name: 'rating', type: 'text' },
    { name: 'max_terms_days', type: 'int' },
    { name: 'default_limit', type: 'bigint' },
    { name: 'currency', type: 'text' },
    { name: 'extension_allowed', type: 'text' },
    { name: 'review_months', type: 'int' },
  ],
  validate(row: RowReader): StageValue[] {
    let currency = row.read('currency', readCurrency);
    const limit = row.read('default_limit', (text) => readAmount(text, currency, { allowZero: true }), true);
    currency ??= limit?.currency ?? null;
    return [
      row.required('team'),
      row.read('rating', (text) => readWord(text, RATINGS, 'credit rating'), true),
      row.read('max_terms_days', readDays, true),
      limit?.minor ?? null,
      currency,
      row.read('extension_allowed', (text) => readWord(text, YES_NO, 'yes or no')),
      row.read('review_months', readMonths, true),
    ];
  },
};
