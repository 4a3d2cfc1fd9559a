import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateIn } from '../../../src/domain/local-date.js';
import { instantAt, localTimeIn } from '../../../src/domain/local-time.js';

/**
 * What a clock in `zone` shows at `ms`, straight from Intl: unlike dayjs's timezone plugin, it does
 * not go through the machine's own timezone, whose DST gaps would shift a wall-clock hour.
 */
function clockIn(ms: number, zone: string): { date: string; time: string } {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` };
}

describe('wall-clock time in a team timezone', () => {
  it('reads 09:00 in Shanghai from 01:00 UTC', () => {
    expect(localTimeIn(new Date('2026-11-23T01:00:00Z'), 'Asia/Shanghai')).toBe('09:00');
    expect(localTimeIn(new Date('2026-11-23T10:00:00Z'), 'Asia/Shanghai')).toBe('18:00');
  });

  it('finds the instant of 18:00 on a team date', () => {
    expect(instantAt('2026-11-23', '18:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(instantAt('2026-11-23', '00:00', 'Asia/Singapore').toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('handles a timezone with daylight saving time', () => {
    expect(instantAt('2026-07-01', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(instantAt('2026-12-01', '09:00', 'Europe/Berlin').toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('shows every instant with the date and time the team clocks show, across DST changes', () => {
    // 2034-03-12 02:00 in Kolkata falls in Los Angeles's DST gap: the team's clock still shows 02:00.
    expect(localTimeIn(new Date('2034-03-11T20:30:00Z'), 'Asia/Kolkata')).toBe('02:00');
    const zones = fc.constantFrom(
      'Asia/Shanghai',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'UTC',
    );
    const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(instants, zones, (ms, zone) => {
        const shown = clockIn(ms, zone);
        expect(localDateIn(new Date(ms), zone)).toBe(shown.date);
        expect(localTimeIn(new Date(ms), zone)).toBe(shown.time);
      }),
      { numRuns: 2000 },
    );
  });
});
