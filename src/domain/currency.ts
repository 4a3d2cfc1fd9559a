/**
 * Currencies the bot knows by name: how many minor units they have and how they are written.
 * Any other ISO code still works, with two minor digits and its code as the prefix.
 */

/** What the bot knows about a currency. */
export interface CurrencyInfo {
  code: string;
  /** Digits after the decimal point (JPY 0, most others 2). */
  minorDigits: number;
  /** Prefix shown before amounts. */
  symbol: string;
}

/** The currencies with a known symbol. */
export const CURRENCIES: readonly CurrencyInfo[] = [
  { code: 'CNY', minorDigits: 2, symbol: '¥' },
  { code: 'USD', minorDigits: 2, symbol: '$' },
  { code: 'EUR', minorDigits: 2, symbol: '€' },
  { code: 'HKD', minorDigits: 2, symbol: 'HK$' },
  { code: 'GBP', minorDigits: 2, symbol: '£' },
  // The bot is used mostly by Chinese teams, so plain ¥ means yuan and the yen is spelled out.
  { code: 'JPY', minorDigits: 0, symbol: 'JP¥' },
  { code: 'KRW', minorDigits: 0, symbol: '₩' },
  { code: 'SGD', minorDigits: 2, symbol: 'S$' },
  { code: 'TWD', minorDigits: 2, symbol: 'NT$' },
  { code: 'AUD', minorDigits: 2, symbol: 'A$' },
  { code: 'CAD', minorDigits: 2, symbol: 'C$' },
];

const byCode = new Map(CURRENCIES.map((c) => [c.code, c]));

/** Default minor digits for a currency the table does not list. */
export const DEFAULT_MINOR_DIGITS = 2;

/** Digits after the decimal point for a currency code (2 when unknown). */
export function minorDigits(currency: string): number {
  return byCode.get(currency.toUpperCase())?.minorDigits ?? DEFAULT_MINOR_DIGITS;
}

/** The symbol of a currency, or null when the bot only knows it by its code. */
export function currencySymbol(currency: string): string | null {
  return byCode.get(currency.toUpperCase())?.symbol ?? null;
}
