/**
 * Writing amounts for people: 50,000.00, ¥50,000.00, HK$1,200.50, JP¥5,000, XYZ 10.00.
 */
import { currencySymbol, minorDigits } from './currency.js';

/** 'plain': 50,000.00 · 'symbol': ¥50,000.00 (code prefix when no symbol) · 'code': CNY 50,000.00. */
export type AmountStyle = 'plain' | 'symbol' | 'code';

/** Formats integer minor units of a currency with thousands separators and its minor digits. */
export function formatAmount(minor: number, currency: string, style: AmountStyle = 'plain'): string {
  if (!Number.isSafeInteger(minor)) {
    // A fractional or unsafe amount means a float slipped in upstream; printing it would hide that.
    throw new RangeError(`Amount must be a safe integer of minor units: ${minor}`);
  }
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const abs = BigInt(Math.abs(minor));
  const unit = 10n ** BigInt(digits);
  const whole = (abs / unit).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits > 0 ? `.${(abs % unit).toString().padStart(digits, '0')}` : '';
  const number = `${whole}${fraction}`;
  const code = currency.toUpperCase();
  const symbol = currencySymbol(code);
  const body =
    style === 'plain'
      ? number
      : style === 'symbol' && symbol !== null
        ? `${symbol}${number}`
        : `${code} ${number}`;
  return negative ? `-${body}` : body;
}
