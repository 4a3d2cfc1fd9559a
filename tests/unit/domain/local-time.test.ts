import { describe, expect, it } from 'vitest';
import { instantAt, localTimeIn } from '../../../src/domain/local-time.js';

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
});
