import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../src/domain/calendar.js';
import {
  cnDayStatus,
  cnHolidayName,
  cnHolidayYears,
  hasCnHolidayData,
} from '../../../src/domain/cn-holidays.js';

describe('official Chinese schedule', () => {
  it('covers 2025 and 2026 but not 2030', () => {
    expect(hasCnHolidayData(2025)).toBe(true);
    expect(hasCnHolidayData(2026)).toBe(true);
    expect(hasCnHolidayData(2030)).toBe(false);
    expect(cnHolidayYears()).toContain(2004);
  });

  it('names holidays and adjusted working days', () => {
    expect(cnDayStatus('2025-10-01')).toBe('holiday');
    expect(cnDayStatus('2025-09-28')).toBe('adjusted_working_day');
    expect(cnDayStatus('2025-10-09')).toBe('regular');
    expect(cnHolidayName('2026-02-17')).toEqual({ en: 'Spring Festival', zh: '春节' });
    expect(cnHolidayName('2026-03-03')).toBeNull();
  });
});

describe('Chinese calendar', () => {
  const cal = createCalendar({ kind: 'cn' });

  it('gives National Day week 2025 off (1–8 October)', () => {
    for (let d = 1; d <= 8; d += 1) {
      expect(cal.isWorkingDay(`2025-10-0${d}`)).toBe(false);
    }
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
  });

  it('works the 调休 weekend days around National Day 2025', () => {
    expect(cal.isWorkingDay('2025-09-28')).toBe(true); // Sunday
    expect(cal.isWorkingDay('2025-10-11')).toBe(true); // Saturday
    expect(cal.isWorkingDay('2025-10-12')).toBe(false); // ordinary Sunday
  });

  it('gives Spring Festival 2026 off (15–23 February) and works 14 and 28 February', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday
    for (const d of ['15', '16', '17', '18', '19', '20', '21', '22', '23']) {
      expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    }
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // Saturday
  });

  it('skips the holiday to the next working day', () => {
    expect(cal.nextWorkingDay('2025-09-30')).toBe('2025-10-09');
    expect(cal.nextWorkingDay('2025-10-03')).toBe('2025-10-09');
    expect(cal.nextWorkingDay('2025-10-09', true)).toBe('2025-10-09');
    expect(cal.nextWorkingDay('2025-10-04', true)).toBe('2025-10-09');
    expect(cal.previousWorkingDay('2025-10-09')).toBe('2025-09-30');
    expect(cal.previousWorkingDay('2025-10-09', true)).toBe('2025-10-09');
  });

  it('counts working days across the holiday', () => {
    // 29 and 30 September, then 9 and 10 October.
    expect(cal.workingDaysBetween('2025-09-28', '2025-10-10')).toBe(4);
    expect(cal.workingDaysBetween('2025-10-10', '2025-09-28')).toBe(-4);
    expect(cal.workingDaysBetween('2025-10-10', '2025-10-10')).toBe(0);
    expect(cal.addWorkingDays('2025-09-28', 4)).toBe('2025-10-10');
    expect(cal.addWorkingDays('2025-10-09', -1)).toBe('2025-09-30');
    expect(cal.addWorkingDays('2025-10-05', 0)).toBe('2025-10-05');
  });

  it('addWorkingDays then workingDaysBetween gives back n', () => {
    for (let n = 0; n < 40; n += 1) {
      expect(cal.workingDaysBetween('2026-01-20', cal.addWorkingDays('2026-01-20', n))).toBe(n);
    }
  });
});

describe('team overrides', () => {
  it('win over holidays, adjusted days and weekends', () => {
    const cal = createCalendar({
      overrides: [
        { date: '2025-10-08', working: true },
        { date: '2025-09-28', working: false },
        { date: '2026-11-28', working: true },
        { date: '2026-11-27', working: false },
      ],
    });
    expect(cal.isWorkingDay('2025-10-08')).toBe(true);
    expect(cal.isWorkingDay('2025-09-28')).toBe(false);
    expect(cal.isWorkingDay('2026-11-28')).toBe(true);
    expect(cal.isWorkingDay('2026-11-27')).toBe(false);
    expect(cal.nextWorkingDay('2026-11-26')).toBe('2026-11-28');
  });
});

describe('years without official data', () => {
  it('fall back to Monday–Friday and report each year once', () => {
    const years: number[] = [];
    const cal = createCalendar({ kind: 'cn', onFallback: (y) => years.push(y) });
    expect(cal.isWorkingDay('2030-10-01')).toBe(true); // a Tuesday; no schedule known
    expect(cal.isWorkingDay('2030-10-05')).toBe(false); // Saturday
    cal.workingDaysBetween('2030-01-01', '2031-03-01');
    expect(years).toEqual([2030, 2031]);
  });

  it('reports again for a new calendar instance', () => {
    const years: number[] = [];
    createCalendar({ onFallback: (y) => years.push(y) }).isWorkingDay('2030-01-02');
    createCalendar({ onFallback: (y) => years.push(y) }).isWorkingDay('2030-01-02');
    expect(years).toEqual([2030, 2030]);
  });

  it('do not report when the year is covered or an override decides', () => {
    const years: number[] = [];
    const cal = createCalendar({
      overrides: [{ date: '2030-01-02', working: false }],
      onFallback: (y) => years.push(y),
    });
    cal.isWorkingDay('2026-06-01');
    expect(cal.isWorkingDay('2030-01-02')).toBe(false);
    expect(years).toEqual([]);
  });
});

describe('weekdays calendar', () => {
  it('ignores Chinese holidays and never reports a fallback', () => {
    const years: number[] = [];
    const cal = createCalendar({ kind: 'weekdays', onFallback: (y) => years.push(y) });
    expect(cal.kind).toBe('weekdays');
    expect(cal.isWorkingDay('2025-10-01')).toBe(true);
    expect(cal.isWorkingDay('2025-09-28')).toBe(false);
    expect(cal.isWorkingDay('2030-01-02')).toBe(true);
    expect(cal.nextWorkingDay('2026-11-27')).toBe('2026-11-30');
    expect(years).toEqual([]);
  });

  it('still honours team overrides', () => {
    const cal = createCalendar({ kind: 'weekdays', overrides: [{ date: '2026-12-25', working: false }] });
    expect(cal.isWorkingDay('2026-12-25')).toBe(false);
  });
});
