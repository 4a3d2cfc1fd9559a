import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDatePhrase } from '../../../src/domain/date-phrase.js';
import { DATE_ERROR_CODES } from '../../../src/domain/errors.js';

// Wednesday 25 November 2026.
const today = '2026-11-25';
const read = (text: string, on = today): string => {
  const r = parseDatePhrase(text, on);
  return r.ok ? r.date : r.code;
};

describe('absolute dates', () => {
  it.each([
    ['2026-12-01', '2026-12-01'],
    ['2026/12/1', '2026-12-01'],
    ['2026.12.1', '2026-12-01'],
    ['2026年12月1日', '2026-12-01'],
    ['2026年12月1号', '2026-12-01'],
    ['２０２６－１２－０１', '2026-12-01'],
    ['2025-03-01', '2025-03-01'],
  ])('%s → %s', (text, date) => {
    expect(read(text)).toBe(date);
  });
});

describe('month and day without a year', () => {
  it.each([
    ['12-01', '2026-12-01'],
    ['12/1', '2026-12-01'],
    ['12月1日', '2026-12-01'],
    ['12月1号', '2026-12-01'],
    ['12月1', '2026-12-01'],
    ['１２月１日', '2026-12-01'],
    ['11/25', '2026-11-25'],
  ])('%s → %s', (text, date) => {
    expect(read(text)).toBe(date);
  });

  it('means the next occurrence, so 1/5 in December is next January', () => {
    expect(read('1/5', '2026-12-20')).toBe('2027-01-05');
  });

  it('refuses a month-day that has just passed, naming next year, instead of moving it a year ahead', () => {
    expect(parseDatePhrase('11月20日', '2026-12-01')).toEqual({
      ok: false,
      code: 'date_passed',
      input: '11月20日',
      suggestion: '2027-11-20',
    });
    expect(parseDatePhrase('11/24', '2026-11-25')).toMatchObject({ ok: false, suggestion: '2027-11-24' });
    // Looking back (a payment already made) the same words are simply this year's day.
    expect(parseDatePhrase('11月20日', '2026-12-01', { direction: 'backward' })).toEqual({
      ok: true,
      date: '2026-11-20',
    });
  });

  it('waits for the next leap year for 29 February', () => {
    expect(read('2月29日')).toBe('2028-02-29');
  });

  it('reads a day of the month alone as its next occurrence', () => {
    expect(read('30号')).toBe('2026-11-30');
    expect(read('15号')).toBe('2026-12-15');
    expect(read('31日')).toBe('2026-12-31');
  });
});

describe('relative days', () => {
  it.each([
    ['今天', '2026-11-25'],
    ['today', '2026-11-25'],
    ['明天', '2026-11-26'],
    ['Tomorrow', '2026-11-26'],
    ['后天', '2026-11-27'],
    ['大后天', '2026-11-28'],
    ['昨天', '2026-11-24'],
    ['yesterday', '2026-11-24'],
    ['+3d', '2026-11-28'],
    ['+2w', '2026-12-09'],
    ['+1m', '2026-12-25'],
    ['3天后', '2026-11-28'],
    ['2周后', '2026-12-09'],
    ['1个月后', '2026-12-25'],
    ['in 3 days', '2026-11-28'],
    ['月底', '2026-11-30'],
    ['下月底', '2026-12-31'],
  ])('%s → %s', (text, date) => {
    expect(read(text)).toBe(date);
  });
});

describe('weekdays', () => {
  it.each([
    ['周五', '2026-11-27'],
    ['星期五', '2026-11-27'],
    ['礼拜五', '2026-11-27'],
    ['fri', '2026-11-27'],
    ['Friday', '2026-11-27'],
    ['周三', '2026-11-25'],
    ['周一', '2026-11-30'],
    ['周日', '2026-11-29'],
    ['星期天', '2026-11-29'],
  ])('a bare weekday is the next such day, today included: %s → %s', (text, date) => {
    expect(read(text)).toBe(date);
  });

  it.each([
    ['下周五', '2026-12-04'],
    ['下周一', '2026-11-30'],
    ['下个星期三', '2026-12-02'],
    ['next fri', '2026-12-04'],
    ['next Monday', '2026-11-30'],
    ['本周一', '2026-11-23'],
    ['这周五', '2026-11-27'],
    ['this fri', '2026-11-27'],
    ['上周五', '2026-11-20'],
    ['last fri', '2026-11-20'],
  ])('next/this/last pick a Monday-to-Sunday week: %s → %s', (text, date) => {
    expect(read(text)).toBe(date);
  });

  it('reads 下周日 as the Sunday ending next week, also when asked on a Sunday', () => {
    expect(read('下周日')).toBe('2026-12-06');
    expect(read('下周一', '2026-11-29')).toBe('2026-11-30');
  });
});

describe('errors', () => {
  it.each([
    ['', 'date_empty'],
    ['  ', 'date_empty'],
    ['2月30日', 'date_nonexistent'],
    ['2026-02-29', 'date_nonexistent'],
    ['13/1', 'date_nonexistent'],
    ['32号', 'date_nonexistent'],
    ['1850-01-01', 'date_out_of_range'],
    ['soon', 'date_unrecognised'],
    ['下周', 'date_unrecognised'],
    ['周八', 'date_unrecognised'],
    ['constructor', 'date_unrecognised'],
    ['5万', 'date_unrecognised'],
  ])('%j → %s', (text, code) => {
    expect(read(text)).toBe(code);
  });

  it('keeps the original input for the error message', () => {
    expect(parseDatePhrase('2月30日', today)).toEqual({
      ok: false,
      code: 'date_nonexistent',
      input: '2月30日',
    });
  });
});

describe('properties', () => {
  it('never throws, and answers a valid date or a known code', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^[+0-9年月日号周天后下本上/\-. a-z]{0,12}$/),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseDatePhrase(t, today);
        if (r.ok) expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(DATE_ERROR_CODES).toContain(r.code);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads back any ISO date as itself', () => {
    const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(read(iso)).toBe(iso);
      }),
    );
  });
});

describe('far offsets', () => {
  it('refuse dates beyond the supported years', () => {
    expect(read('+99999m')).toBe('date_out_of_range');
    expect(read('+99999d')).toBe('date_out_of_range');
    expect(read('+2000m')).toBe('2193-07-25');
  });
});

describe('looking backward, for payments already made', () => {
  const back = (text: string): string => {
    const r = parseDatePhrase(text, today, { direction: 'backward' });
    return r.ok ? r.date : r.code;
  };

  it.each([
    ['11/20', '2026-11-20'],
    ['12/1', '2025-12-01'],
    ['11月25日', '2026-11-25'],
    ['2月29日', '2024-02-29'],
    ['25号', '2026-11-25'],
    ['30号', '2026-10-30'],
    ['周五', '2026-11-20'],
    ['周三', '2026-11-25'],
    ['fri', '2026-11-20'],
  ])('%s → %s', (text, date) => {
    expect(back(text)).toBe(date);
  });

  it('leaves explicit and relative dates alone', () => {
    expect(back('2026-12-01')).toBe('2026-12-01');
    expect(back('下周五')).toBe('2026-12-04');
    expect(back('昨天')).toBe('2026-11-24');
  });
});
