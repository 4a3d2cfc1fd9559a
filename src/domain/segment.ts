/**
 * Collection segments by aging × amount, which decide how much effort an item gets:
 * short & small are reminders only; long & large get the key, escalating process.
 */

/** The four segments of the aging × amount grid. */
export type Segment = 'reminder' | 'key_follow_up' | 'standard' | 'key_escalating';

/** The segments in display order. */
export const SEGMENTS: readonly Segment[] = ['reminder', 'key_follow_up', 'standard', 'key_escalating'];

/** A team's segment thresholds. */
export interface SegmentSettings {
  /** Outstanding at or above this (minor units) is "large". */
  largeAmount: number;
  /** At most this many days overdue is "short"; defaults to 60. */
  shortMaxDays?: number;
}

/** Default limit of "short" aging, in days overdue. */
export const DEFAULT_SHORT_MAX_DAYS = 60;

/** The segment of an item from its days overdue and outstanding amount (minor units). */
export function segmentOf(daysOverdue: number, outstanding: number, settings: SegmentSettings): Segment {
  const short = daysOverdue <= (settings.shortMaxDays ?? DEFAULT_SHORT_MAX_DAYS);
  const large = outstanding >= settings.largeAmount;
  if (short) return large ? 'key_follow_up' : 'reminder';
  return large ? 'key_escalating' : 'standard';
}
