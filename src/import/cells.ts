/**
 * Reading single spreadsheet cells: dates, currencies, amounts, counts, emails and the small
 * vocabularies (roles, kinds, locales). Pure functions; each failure says why in a person's words.
 */
import { minorDigits } from '../domain/currency.js';
import { parseDatePhrase } from '../domain/date-phrase.js';
import type { AmountErrorCode } from '../domain/errors.js';
import { addDays } from '../domain/local-date.js';
import { parseAmount } from '../domain/money-parse.js';
import { normalizeInput } from '../domain/normalize-text.js';

export type Cell<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(reason: string): Cell<T> => ({ ok: false, reason });

const CACHE_LIMIT = 10_000;

/**
 * Remembers a reader's answers: a file repeats its dates, currencies and collectors on every
 * row, and a cell's meaning never depends on anything but its text.
 */
function remembered<T>(read: (text: string) => Cell<T>): (text: string) => Cell<T> {
  const cache = new Map<string, Cell<T>>();
  return (text) => {
    let cell = cache.get(text);
    if (cell === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cell = read(text);
      cache.set(text, cell);
    }
    return cell;
  };
}

// Only dates that carry their year: an import must not guess which December "12/1" means.
const WITH_YEAR = /^\d{4}\s*[-/.年]/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TIME_SUFFIX = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

// A bare Excel serial day number (cell formatted as a number): 1954 to 2099 only, so an amount is never taken for one.
const EXCEL_SERIAL = /^(\d{5})(\.\d+)?$/;
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 73_050;

/**
 * A calendar date written with its year: 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日,
 * 20261201, or an Excel serial day number such as 46329 (days since 1899-12-30).
 */
export const readDate = remembered(function readDate(text: string): Cell<string> {
  let s = normalizeInput(text).replace(TIME_SUFFIX, '').trim();
  const serial = EXCEL_SERIAL.exec(s);
  if (serial) {
    const days = Number(serial[1]);
    if (days < SERIAL_MIN || days > SERIAL_MAX)
      return fail('date invalid: use a full date such as 2026-12-01');
    return ok(addDays('1899-12-30', days));
  }
  const compact = COMPACT.exec(s);
  if (compact) s = `${compact[1]}-${compact[2]}-${compact[3]}`;
  if (!WITH_YEAR.test(s)) return fail('date invalid: use a full date such as 2026-12-01');
  const result = parseDatePhrase(s, '2000-01-01');
  if (result.ok) return ok(result.date);
  if (result.code === 'date_nonexistent') return fail('date invalid: no such day');
  if (result.code === 'date_out_of_range') return fail('date invalid: year out of range');
  return fail('date invalid: use a full date such as 2026-12-01');
});

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  rmb: 'CNY',
  元: 'CNY',
  '¥': 'CNY',
  美元: 'USD',
  美金: 'USD',
  $: 'USD',
  港币: 'HKD',
  港元: 'HKD',
  欧元: 'EUR',
  日元: 'JPY',
  英镑: 'GBP',
};

/** An ISO 4217 code (any case) or a common Chinese name of one: 人民币, RMB → CNY. */
export const readCurrency = remembered((text: string): Cell<string> => {
  const s = normalizeInput(text);
  const word = CURRENCY_WORDS[s.toLowerCase()];
  if (word) return ok(word);
  if (/^[A-Za-z]{3}$/.test(s)) return ok(s.toUpperCase());
  return fail('currency not 3 letters (e.g. CNY, USD)');
});

const AMOUNT_REASONS: Readonly<Record<AmountErrorCode, string>> = {
  amount_empty: 'amount missing',
  amount_invalid: 'amount not readable — write it like 50000, 50,000.00 or 5万',
  amount_zero: 'amount must be more than zero',
  amount_negative: 'amount must not be negative',
  amount_too_precise: 'amount has more decimals than the currency has',
  amount_too_large: 'amount too large',
};

/**
 * An amount in integer minor units of `currency` (2 digits when the currency is not known yet).
 * A currency mark in the cell (¥, $, RMB) must agree with the currency the row names.
 */
export function readAmount(
  text: string,
  currency: string | null,
  options: { allowZero?: boolean } = {},
): Cell<{ minor: number; currency: string | null }> {
  const result = parseAmount(text, { minorDigits: minorDigits(currency ?? 'CNY') });
  if (!result.ok) {
    if (result.code === 'amount_zero' && options.allowZero) return ok({ minor: 0, currency });
    return fail(AMOUNT_REASONS[result.code]);
  }
  if (currency !== null && result.currency !== null && result.currency !== currency) {
    return fail(`amount is marked ${result.currency} but the row's currency is ${currency}`);
  }
  if (currency === null && result.currency !== null && minorDigits(result.currency) !== 2) {
    // Read again with the right number of minor digits (¥ is yuan, but JP¥ has none).
    return readAmount(text, result.currency, options);
  }
  return ok({ minor: result.minor, currency: currency ?? result.currency });
}

/** A whole number of days: 30, 30天, 30 days, Net 30, 月结30天. */
export function readDays(text: string): Cell<number> {
  const m = /^(?:net\s*|月结\s*)?(\d{1,4})\s*(?:天|日|days?|d)?$/i.exec(normalizeInput(text));
  if (!m) return fail('not a number of days (e.g. 30 or 30天)');
  return ok(Number(m[1]));
}

/** A whole number (team settings such as warning days). */
export function readInteger(text: string): Cell<number> {
  const s = normalizeInput(text);
  if (!/^\d{1,9}$/.test(s)) return fail('not a whole number');
  return ok(Number(s));
}

/** A time of day as HH:MM; 9:00 and 9：00 become 09:00. */
export function readTime(text: string): Cell<string> {
  const m = /^(\d{1,2})[:：.](\d{2})$/.exec(normalizeInput(text));
  if (!m) return fail('not a time such as 09:00');
  return ok(`${(m[1] ?? '').padStart(2, '0')}:${m[2]}`);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address, lower-cased (people are known by it). */
export const readEmail = remembered((text: string): Cell<string> => {
  const s = normalizeInput(text).toLowerCase();
  return EMAIL.test(s) ? ok(s) : fail('not an email address');
});

/** Looks a word up in a vocabulary after folding case, width and spaces. */
export function readWord<T>(text: string, words: Readonly<Record<string, T>>, what: string): Cell<T> {
  const key = normalizeInput(text)
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  const value = words[key];
  if (value !== undefined) return ok(value);
  return fail(`unknown ${what} (expected ${[...new Set(Object.values(words))].join(', ')})`);
}

export const ROLE_WORDS = {
  collector: 'collector',
  收款责任人: 'collector',
  收款员: 'collector',
  催收员: 'collector',
  业务员: 'collector',
  manager: 'manager',
  主管: 'manager',
  经理: 'manager',
  admin: 'admin',
  财务: 'admin',
  管理员: 'admin',
  finance: 'admin',
} as const;

/** Whether an overdue-interest rate is per year or per day. */
export const INTEREST_BASIS_WORDS = {
  annual: 'annual',
  year: 'annual',
  yearly: 'annual',
  年: 'annual',
  年利率: 'annual',
  按年: 'annual',
  daily: 'daily',
  day: 'daily',
  日: 'daily',
  日利率: 'daily',
  按日: 'daily',
} as const;

/** Whether a roster person still works here: 在职 / 离职, active / left. */
export const EMPLOYMENT_WORDS = {
  active: 'active',
  在职: 'active',
  在岗: 'active',
  left: 'left',
  离职: 'left',
  已离职: 'left',
  inactive: 'left',
} as const;

export const RECEIVABLE_KIND_WORDS = {
  invoice: 'invoice',
  发票: 'invoice',
  应收: 'invoice',
  货款: 'invoice',
  应收账款: 'invoice',
  retention: 'retention',
  质保金: 'retention',
  质量保证金: 'retention',
  保证金: 'retention',
  other: 'other',
  其他: 'other',
} as const;

export const LOCALE_WORDS = {
  zhcn: 'zh-CN',
  zh: 'zh-CN',
  中文: 'zh-CN',
  简体中文: 'zh-CN',
  en: 'en',
  enus: 'en',
  engb: 'en',
  english: 'en',
  英文: 'en',
} as const;

export const CALENDAR_WORDS = {
  cn: 'cn',
  china: 'cn',
  中国: 'cn',
  法定节假日: 'cn',
  weekdays: 'weekdays',
  monfri: 'weekdays',
  周一至周五: 'weekdays',
} as const;

export const RATINGS = { a: 'A', b: 'B', c: 'C', d: 'D', a级: 'A', b级: 'B', c级: 'C', d级: 'D' } as const;
