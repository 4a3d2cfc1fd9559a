import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../src/domain/calendar.js';
import { achievementBp, checkInWeek, formatPercent } from '../../../src/domain/week.js';

const weekdays = createCalendar({ kind: 'weekdays' });
const working = (d: string) => weekdays.isWorkingDay(d);

describe('check-in week', () => {
  it('plans on Monday and reports on Friday in an ordinary week, whatever day is asked about', () => {
    for (const day of ['2026-11-23', '2026-11-25', '2026-11-29'])
      expect(checkInWeek(day, working)).toEqual({
        weekStart: '2026-11-23',
        weekEnd: '2026-11-29',
        planDay: '2026-11-23',
        resultDay: '2026-11-27',
      });
  });

  it('moves to the first and last working days when Monday and Friday are holidays', () => {
    const holidays = new Set(['2026-11-23', '2026-11-27']);
    expect(checkInWeek('2026-11-24', (d) => working(d) && !holidays.has(d))).toMatchObject({
      planDay: '2026-11-24',
      resultDay: '2026-11-26',
    });
  });

  it('has no check-in in a week without working days, and a Saturday made a working day counts', () => {
    expect(checkInWeek('2026-10-05', () => false)).toBeNull();
    expect(checkInWeek('2026-10-05', (d) => d === '2026-10-10')).toMatchObject({
      planDay: '2026-10-10',
      resultDay: '2026-10-10',
    });
  });
});

describe('achievement', () => {
  it('is collected over planned in basis points, rounded, and shown to one decimal', () => {
    expect(achievementBp(7_000_000, 3_000_000)).toBe(4286);
    expect(formatPercent(4286)).toBe('42.9%');
    expect(achievementBp(100, 150)).toBe(15_000);
    expect(formatPercent(15_000)).toBe('150.0%');
    expect(achievementBp(0, 10)).toBeNull();
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(0)).toBe('0.0%');
  });
});
