import { describe, expect, it } from 'vitest';
import { isoWeekOf, periodAsOf, previousPeriod, readPeriod } from '../../../../src/domain/kpi/index.js';

describe('report periods', () => {
  const today = '2026-12-01';

  it('reads ISO weeks and months', () => {
    expect(readPeriod('2026-W47', today)).toEqual({
      ok: true,
      period: { kind: 'week', label: '2026-W47', start: '2026-11-16', end: '2026-11-22' },
    });
    expect(readPeriod('2026w5', today)).toMatchObject({
      ok: true,
      period: { label: '2026-W05', start: '2026-01-26' },
    });
    expect(readPeriod('2026-11', today)).toEqual({
      ok: true,
      period: { kind: 'month', label: '2026-11', start: '2026-11-01', end: '2026-11-30' },
    });
    expect(readPeriod('2026年2月', today)).toMatchObject({ ok: true, period: { end: '2026-02-28' } });
  });

  it('knows which years have a week 53', () => {
    // 2026 begins on a Thursday, so it has 53 ISO weeks; 2025 has 52.
    expect(readPeriod('2026-W53', '2027-01-10')).toMatchObject({ ok: true, period: { start: '2026-12-28' } });
    expect(readPeriod('2025-W53', today)).toEqual({ ok: false, error: 'period_invalid' });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
  });

  it('refuses what cannot be read and what has not begun', () => {
    for (const text of ['2026-13', '2026-W0', 'november', '11', '2026-11-05'])
      expect(readPeriod(text, today)).toEqual({ ok: false, error: 'period_invalid' });
    expect(readPeriod('2027-01', today)).toEqual({ ok: false, error: 'period_future' });
    expect(readPeriod('2026-W50', today)).toEqual({ ok: false, error: 'period_future' });
  });

  it('a running period is read as of today, and steps back to the one before', () => {
    const week = readPeriod('2026-W49', '2026-12-02');
    if (!week.ok) throw new Error('expected a week');
    expect(periodAsOf(week.period, '2026-12-02')).toBe('2026-12-02');
    expect(previousPeriod(week.period).label).toBe('2026-W48');
    const month = readPeriod('2026-01', today);
    if (!month.ok) throw new Error('expected a month');
    expect(previousPeriod(month.period)).toMatchObject({ label: '2025-12', end: '2025-12-31' });
  });
});
