import type { LocalDate } from './local-date.js';

/** Wall-clock time 'HH:MM' (24-hour). */
export type LocalTime = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

function wallClock(instant: Date, timeZone: string): { date: LocalDate; time: LocalTime; seconds: number } {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    seconds: Number(get('second')),
  };
}

/** The wall-clock time an instant shows in a timezone, as 'HH:MM'. */
export function localTimeIn(instant: Date, timeZone: string): LocalTime {
  return wallClock(instant, timeZone).time;
}

/** The instant at which a timezone's clocks show `date` `time` (the earlier one across a DST fold). */
export function instantAt(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const target = Date.parse(`${date}T${time}:00Z`);
  // Start from the wall time read as UTC and correct by the zone's offset; twice covers DST edges.
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const shown = wallClock(new Date(guess), timeZone);
    const shownMs = Date.parse(`${shown.date}T${shown.time}:00Z`) + shown.seconds * 1000;
    guess += target - shownMs;
  }
  return new Date(guess);
}
