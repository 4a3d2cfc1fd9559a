/**
 * Reading amounts the way collectors type them: 50000, 50,000.00, ¥5万, 5w, 1.2万, 3k, RMB 8000,
 * ５万元. The arithmetic is done on the digit string in BigInt, so 1.2万 is exactly 1200000 fen.
 */
import { CURRENCIES } from './currency.js';
import type { AmountErrorCode } from './errors.js';
import { normalizeInput } from './normalize-text.js';

/** The result of reading an amount. */
export type ParseAmountResult =
  | { ok: true; minor: number; currency: string | null }
  | { ok: false; code: AmountErrorCode; input: string };

/** How to read an amount. */
export interface ParseAmountOptions {
  /** Minor digits of the currency the amount is in; default 2 (fen, cents). */
  minorDigits?: number;
}

// Powers of ten the Chinese and shorthand multipliers stand for.
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, w: 4, 亿: 8, 千: 3, k: 3 };

// Words and signs that name a currency, matched after lower-casing.
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map<string, string>([
  ['¥', 'CNY'],
  ['rmb', 'CNY'],
  ['元', 'CNY'],
  ['块', 'CNY'],
  ['块钱', 'CNY'],
  ['us$', 'USD'],
  ...CURRENCIES.flatMap((c): [string, string][] => [
    [c.code.toLowerCase(), c.code],
    [c.symbol.toLowerCase(), c.code],
  ]),
]);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so 'hk$' is tried before '$'.
const CURRENCY_ALTERNATION = [...CURRENCY_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// Thousands separators must group by three (so "1,2" is never read as twelve); one multiplier
// at most (so 5万万 is refused rather than guessed).
const AMOUNT = new RegExp(
  `^(-)?\\s*(${CURRENCY_ALTERNATION})?\\s*(-)?\\s*` +
    '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)' +
    `\\s*(万|亿|千|w|k)?\\s*(${CURRENCY_ALTERNATION})?$`,
);

// No real amount has more digits; refusing longer strings keeps BigInt work bounded.
const MAX_DIGITS = 40;

/** Reads a typed amount into integer minor units, or says precisely why it cannot. */
export function parseAmount(text: string, options: ParseAmountOptions = {}): ParseAmountResult {
  const input = text;
  const fail = (code: AmountErrorCode): ParseAmountResult => ({ ok: false, code, input });
  const normalized = normalizeInput(text).toLowerCase();
  if (normalized === '') return fail('amount_empty');
  const m = AMOUNT.exec(normalized);
  if (!m) return fail('amount_invalid');
  const [, minusBefore, prefix, minusAfter, number = '', multiplier, suffix] = m;
  if (minusBefore !== undefined || minusAfter !== undefined) return fail('amount_negative');

  const prefixCurrency = prefix === undefined ? null : (CURRENCY_WORDS.get(prefix) ?? null);
  const suffixCurrency = suffix === undefined ? null : (CURRENCY_WORDS.get(suffix) ?? null);
  // "$5元" names two currencies; guessing one of them could book the wrong money.
  if (prefixCurrency !== null && suffixCurrency !== null && prefixCurrency !== suffixCurrency) {
    return fail('amount_invalid');
  }
  const currency = prefixCurrency ?? suffixCurrency;

  const [whole = '', fraction = ''] = number.replace(/,/g, '').split('.');
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits.length > MAX_DIGITS) return fail('amount_too_large');
  const value = BigInt(digits === '' ? '0' : digits);
  const scale = (multiplier === undefined ? 0 : (MULTIPLIERS[multiplier] ?? 0)) + (options.minorDigits ?? 2);

  // value × 10^scale / 10^fraction.length must be a whole number of minor units.
  const shift = scale - fraction.length;
  let minor: bigint;
  if (shift >= 0) {
    minor = value * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    if (value % divisor !== 0n) return fail('amount_too_precise');
    minor = value / divisor;
  }

  if (minor === 0n) return fail('amount_zero');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return fail('amount_too_large');
  return { ok: true, minor: Number(minor), currency };
}
