import { describe, expect, it } from 'vitest';
import {
  RATINGS,
  ROLE_WORDS,
  readAmount,
  readCurrency,
  readDate,
  readDays,
  readEmail,
  readTime,
  readWord,
} from '../../../src/import/cells.js';

const value = <T>(cell: { ok: true; value: T } | { ok: false; reason: string }) =>
  cell.ok ? cell.value : cell.reason;

describe('cell readers', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    ['2026/12/1', '2026-12-01'],
    ['2026.12.01', '2026-12-01'],
    ['2026年12月1日', '2026-12-01'],
    ['20261201', '2026-12-01'],
    ['2026-12-01 00:00:00', '2026-12-01'],
    ['２０２６－１２－０１', '2026-12-01'],
  ])('reads the date %s', (text, date) => {
    expect(value(readDate(text))).toBe(date);
  });

  it.each([
    ['12/1', 'date invalid: use a full date such as 2026-12-01'],
    ['明天', 'date invalid: use a full date such as 2026-12-01'],
    ['2026-02-30', 'date invalid: no such day'],
    ['2026-13-01', 'date invalid: no such day'],
    ['9999-01-01', 'date invalid: year out of range'],
  ])('refuses the date %s', (text, reason) => {
    expect(readDate(text)).toEqual({ ok: false, reason });
  });

  it('reads currencies as ISO codes', () => {
    expect(value(readCurrency('cny'))).toBe('CNY');
    expect(value(readCurrency('人民币'))).toBe('CNY');
    expect(value(readCurrency('RMB'))).toBe('CNY');
    expect(value(readCurrency('美元'))).toBe('USD');
    expect(readCurrency('RMBX')).toEqual({ ok: false, reason: 'currency not 3 letters (e.g. CNY, USD)' });
  });

  it('reads amounts into minor units with the domain parser', () => {
    expect(value(readAmount('1,234.56', 'CNY'))).toEqual({ minor: 123_456, currency: 'CNY' });
    expect(value(readAmount('5万', null))).toEqual({ minor: 5_000_000, currency: null });
    expect(value(readAmount('¥1.2万', null))).toEqual({ minor: 1_200_000, currency: 'CNY' });
    expect(value(readAmount('JP¥5000', null))).toEqual({ minor: 5000, currency: 'JPY' });
    expect(value(readAmount('5000', 'JPY'))).toEqual({ minor: 5000, currency: 'JPY' });
    expect(value(readAmount('0', 'CNY', { allowZero: true }))).toEqual({ minor: 0, currency: 'CNY' });
    expect(value(readAmount('5万x', 'CNY'))).toMatch(/^amount not readable/);
    expect(value(readAmount('0', 'CNY'))).toBe('amount must be more than zero');
    expect(value(readAmount('-5', 'CNY'))).toBe('amount must not be negative');
    expect(value(readAmount('1.234', 'CNY'))).toBe('amount has more decimals than the currency has');
    expect(value(readAmount('$100', 'CNY'))).toBe("amount is marked USD but the row's currency is CNY");
  });

  it('reads days, times, emails and vocabularies', () => {
    expect(value(readDays('30天'))).toBe(30);
    expect(value(readDays('Net 45'))).toBe(45);
    expect(value(readDays('月结60天'))).toBe(60);
    expect(value(readDays('三十天'))).toMatch(/^not a number of days/);
    expect(value(readTime('9:00'))).toBe('09:00');
    expect(value(readEmail(' Li.Na@Huaxin-Group.CN '))).toBe('li.na@huaxin-group.cn');
    expect(value(readEmail('li.na'))).toBe('not an email address');
    expect(value(readWord('主管', ROLE_WORDS, 'role'))).toBe('manager');
    expect(value(readWord('财务', ROLE_WORDS, 'role'))).toBe('admin');
    expect(value(readWord('Collector', ROLE_WORDS, 'role'))).toBe('collector');
    expect(value(readWord('c级', RATINGS, 'rating'))).toBe('C');
    expect(value(readWord('boss', ROLE_WORDS, 'role'))).toBe(
      'unknown role (expected collector, manager, admin)',
    );
  });
});
