import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareLocalDate,
  dayOfWeek,
  daysInMonth,
  diffDays,
  endOfMonth,
  endOfWeek,
  isValidLocalDate,
  isValidTimeZone,
  localDateFromParts,
  localDateIn,
  localDateParts,
  maxLocalDate,
  minLocalDate,
  startOfMonth,
  startOfWeek,
} from '../../../src/domain/local-date.js';

describe('isValidLocalDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isValidLocalDate('2026-12-01')).toBe(true);
    expect(isValidLocalDate('2028-02-29')).toBe(true);
  });

  it('refuses days that do not exist and other spellings', () => {
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2026-13-01')).toBe(false);
    expect(isValidLocalDate('2026-12-1')).toBe(false);
    expect(isValidLocalDate('2026/12/01')).toBe(false);
    expect(isValidLocalDate('')).toBe(false);
  });
});

describe('localDateFromParts', () => {
  it('builds a padded date or null for a missing day', () => {
    expect(localDateFromParts(2026, 3, 5)).toBe('2026-03-05');
    expect(localDateFromParts(2026, 2, 30)).toBeNull();
    expect(localDateFromParts(2026, 0, 1)).toBeNull();
    expect(localDateFromParts(2026, 1.5, 1)).toBeNull();
  });

  it('splits back into the same parts', () => {
    expect(localDateParts('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5 });
  });
});

describe('day arithmetic', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('diffDays(a, b) is a − b in days', () => {
    expect(diffDays('2026-12-01', '2026-11-01')).toBe(30);
    expect(diffDays('2026-11-01', '2026-12-01')).toBe(-30);
    expect(diffDays('2025-01-01', '2024-01-01')).toBe(366);
  });

  it('addDays and diffDays agree for any date and offset', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1900, max: 2199 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => localDateFromParts(y, m, d) ?? '2000-01-01');
    fc.assert(
      fc.property(date, fc.integer({ min: -100000, max: 100000 }), (d, n) => {
        const later = addDays(d, n);
        expect(isValidLocalDate(later)).toBe(true);
        expect(diffDays(later, d)).toBe(n);
      }),
    );
  });

  it('compares, and picks the earlier and later date', () => {
    expect(compareLocalDate('2026-01-02', '2026-01-10')).toBeLessThan(0);
    expect(compareLocalDate('2026-01-10', '2026-01-10')).toBe(0);
    expect(minLocalDate('2026-01-02', '2026-01-10')).toBe('2026-01-02');
    expect(maxLocalDate('2026-01-02', '2026-01-10')).toBe('2026-01-10');
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('knows month lengths', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
  });
});

describe('weeks and months', () => {
  it('numbers weekdays from Sunday = 0', () => {
    expect(dayOfWeek('2026-11-22')).toBe(0);
    expect(dayOfWeek('2026-11-23')).toBe(1);
    expect(dayOfWeek('2026-11-28')).toBe(6);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('starts the work week on Monday, also when asked on Sunday', () => {
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-27')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(endOfWeek('2026-11-25')).toBe('2026-11-29');
  });

  it('finds the first and last day of a month', () => {
    expect(startOfMonth('2026-02-17')).toBe('2026-02-01');
    expect(endOfMonth('2026-02-17')).toBe('2026-02-28');
    expect(endOfMonth('2026-12-03')).toBe('2026-12-31');
  });
});

describe('localDateIn', () => {
  const instant = new Date('2026-11-30T17:30:00Z');

  it('reads the calendar date in the team timezone', () => {
    expect(localDateIn(instant, 'Asia/Shanghai')).toBe('2026-12-01');
    expect(localDateIn(instant, 'UTC')).toBe('2026-11-30');
    expect(localDateIn(instant, 'America/Los_Angeles')).toBe('2026-11-30');
  });

  it('tells valid IANA zones from invalid ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
