import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCIES, currencySymbol, minorDigits } from '../../../src/domain/currency.js';
import { AMOUNT_ERROR_CODES } from '../../../src/domain/errors.js';
import { formatAmount } from '../../../src/domain/money-format.js';
import { parseAmount } from '../../../src/domain/money-parse.js';

const minorOf = (text: string, digits?: number): number | string => {
  const r = parseAmount(text, digits === undefined ? {} : { minorDigits: digits });
  return r.ok ? r.minor : r.code;
};

describe('parseAmount accepts what collectors type', () => {
  it.each([
    ['50000', 5_000_000],
    ['50,000.00', 5_000_000],
    ['1,234,567.8', 123_456_780],
    ['¥5万', 5_000_000],
    ['￥5万', 5_000_000],
    ['5w', 5_000_000],
    ['5W', 5_000_000],
    ['1.2万', 1_200_000],
    ['1.234万', 1_234_000],
    ['1.23456万', 1_234_560],
    ['3k', 300_000],
    ['3K', 300_000],
    ['2千', 200_000],
    ['1.5亿', 15_000_000_000],
    ['$12.50', 1_250],
    ['RMB 8000', 800_000],
    ['rmb8000', 800_000],
    ['８０００', 800_000],
    ['５万元', 5_000_000],
    ['200块', 20_000],
    ['5万 元', 5_000_000],
    ['  0.5万  ', 500_000],
    ['.5', 50],
    ['100 USD', 10_000],
    ['HK$1,200.50', 120_050],
    ['€99.99', 9_999],
  ])('%s → %i fen', (text, minor) => {
    expect(minorOf(text)).toBe(minor);
  });

  it('reports the currency the text names, if any', () => {
    expect(parseAmount('¥5万')).toMatchObject({ ok: true, currency: 'CNY' });
    expect(parseAmount('5万元')).toMatchObject({ ok: true, currency: 'CNY' });
    expect(parseAmount('$5')).toMatchObject({ ok: true, currency: 'USD' });
    expect(parseAmount('HK$5')).toMatchObject({ ok: true, currency: 'HKD' });
    expect(parseAmount('5000')).toMatchObject({ ok: true, currency: null });
  });

  it('reads amounts in currencies without minor units', () => {
    expect(minorOf('5000', 0)).toBe(5000);
    expect(minorOf('1.5万', 0)).toBe(15000);
    expect(minorOf('5000.5', 0)).toBe('amount_too_precise');
  });
});

describe('parseAmount refuses with a specific code', () => {
  it.each([
    ['', 'amount_empty'],
    ['   ', 'amount_empty'],
    ['0', 'amount_zero'],
    ['0.00万', 'amount_zero'],
    ['-5', 'amount_negative'],
    ['¥-5万', 'amount_negative'],
    ['−500', 'amount_negative'],
    ['0.001', 'amount_too_precise'],
    ['1.2345678万', 'amount_too_precise'],
    ['5万x', 'amount_invalid'],
    ['5万万', 'amount_invalid'],
    ['1,2', 'amount_invalid'],
    ['5,0000', 'amount_invalid'],
    ['5.', 'amount_invalid'],
    ['abc', 'amount_invalid'],
    ['$5元', 'amount_invalid'],
    ['5²', 'amount_invalid'],
    ['1e5', 'amount_invalid'],
    ['90071992547409.92', 'amount_too_large'],
    ['1亿亿', 'amount_invalid'],
    ['9'.repeat(60), 'amount_too_large'],
  ])('%j → %s', (text, expected) => {
    expect(minorOf(text)).toBe(expected);
  });

  it('keeps the original input for the error message', () => {
    expect(parseAmount('5万x')).toEqual({ ok: false, code: 'amount_invalid', input: '5万x' });
  });

  it('accepts the largest safe amount exactly', () => {
    expect(minorOf('90,071,992,547,409.91')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('formatAmount', () => {
  it('groups thousands and shows the currency’s minor digits', () => {
    expect(formatAmount(5_000_000, 'CNY')).toBe('50,000.00');
    expect(formatAmount(5, 'USD')).toBe('0.05');
    expect(formatAmount(123_456, 'JPY')).toBe('123,456');
    expect(formatAmount(0, 'CNY')).toBe('0.00');
  });

  it('prefixes the symbol, or the code when the currency has none', () => {
    expect(formatAmount(5_000_000, 'CNY', 'symbol')).toBe('¥50,000.00');
    expect(formatAmount(120_050, 'HKD', 'symbol')).toBe('HK$1,200.50');
    expect(formatAmount(100, 'EUR', 'symbol')).toBe('€1.00');
    expect(formatAmount(100, 'USD', 'symbol')).toBe('$1.00');
    expect(formatAmount(5000, 'JPY', 'symbol')).toBe('JP¥5,000');
    expect(formatAmount(100, 'XYZ', 'symbol')).toBe('XYZ 1.00');
    expect(formatAmount(100, 'CNY', 'code')).toBe('CNY 1.00');
  });

  it('shows credit balances with a minus sign', () => {
    expect(formatAmount(-120_050, 'HKD', 'symbol')).toBe('-HK$1,200.50');
  });

  it('refuses floats: a fraction of a fen means a bug upstream', () => {
    expect(() => formatAmount(10.5, 'CNY')).toThrow(RangeError);
  });

  it('knows minor digits and symbols per currency', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('cny')).toBe(2);
    expect(minorDigits('XYZ')).toBe(2);
    expect(currencySymbol('XYZ')).toBeNull();
  });
});

describe('properties', () => {
  const safeMinor = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
  const currency = fc.constantFrom(...CURRENCIES.map((c) => c.code));
  const style = fc.constantFrom('plain' as const, 'symbol' as const, 'code' as const);

  it('formatAmount then parseAmount gives back the same minor units', () => {
    fc.assert(
      fc.property(safeMinor, currency, style, (minor, code, s) => {
        const parsed = parseAmount(formatAmount(minor, code, s), { minorDigits: minorDigits(code) });
        expect(parsed.ok && parsed.minor).toBe(minor);
      }),
      { numRuns: 10_000 },
    );
  });

  it('parseAmount never throws and always answers ok or a known code', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[-¥$￥,.0-9０-９万亿千wkWK元块 ]{0,20}$/),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseAmount(t);
        if (r.ok) expect(Number.isSafeInteger(r.minor) && r.minor > 0).toBe(true);
        else {
          expect(AMOUNT_ERROR_CODES).toContain(r.code);
          expect(r.input).toBe(t);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
