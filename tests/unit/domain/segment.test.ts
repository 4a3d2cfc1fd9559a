import { describe, expect, it } from 'vitest';
import { SEGMENTS, segmentOf } from '../../../src/domain/segment.js';

const settings = { largeAmount: 10_000_000 }; // ¥100,000

describe('segmentOf', () => {
  it('sends short, small items to reminders only', () => {
    expect(segmentOf(20, 500_000, settings)).toBe('reminder');
  });

  it('puts short, large items into key follow-up', () => {
    expect(segmentOf(20, 10_000_000, settings)).toBe('key_follow_up');
  });

  it('runs long, small items through the standard process', () => {
    expect(segmentOf(61, 500_000, settings)).toBe('standard');
  });

  it('escalates long, large items', () => {
    expect(segmentOf(61, 20_000_000, settings)).toBe('key_escalating');
  });

  it('counts 60 days as short by default and honours a team limit', () => {
    expect(segmentOf(60, 500_000, settings)).toBe('reminder');
    expect(segmentOf(31, 500_000, { ...settings, shortMaxDays: 30 })).toBe('standard');
  });

  it('lists the four segments', () => {
    expect(SEGMENTS).toHaveLength(4);
  });
});
