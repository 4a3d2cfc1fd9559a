/**
 * Words for days and weekdays in Chinese and English, as used in date phrases.
 */

/** Weekday index counted from Monday (0) to Sunday (6), the way Chinese weeks are counted. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Chinese weekday characters after 周/星期/礼拜 (日, 天 and 七 all mean Sunday). */
export const ZH_WEEKDAYS: Readonly<Record<string, WeekdayIndex>> = {
  一: 0,
  二: 1,
  三: 2,
  四: 3,
  五: 4,
  六: 5,
  日: 6,
  天: 6,
  七: 6,
  '1': 0,
  '2': 1,
  '3': 2,
  '4': 3,
  '5': 4,
  '6': 5,
  '7': 6,
};

/** English weekday names and their usual abbreviations. */
export const EN_WEEKDAYS: Readonly<Record<string, WeekdayIndex>> = {
  mon: 0,
  monday: 0,
  tue: 1,
  tues: 1,
  tuesday: 1,
  wed: 2,
  wednesday: 2,
  thu: 3,
  thur: 3,
  thurs: 3,
  thursday: 3,
  fri: 4,
  friday: 4,
  sat: 5,
  saturday: 5,
  sun: 6,
  sunday: 6,
};

/** Days relative to today named by a single word. */
export const RELATIVE_DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0,
  今天: 0,
  今日: 0,
  tomorrow: 1,
  明天: 1,
  明日: 1,
  后天: 2,
  大后天: 3,
  yesterday: -1,
  昨天: -1,
  昨日: -1,
  前天: -2,
};

/** Which week a weekday phrase points at, relative to the current week. */
export type WeekShift = 'coming' | 'this' | 'next' | 'last';

/** Prefixes before a weekday that pick the week (bare weekday = the coming one). */
export const WEEK_PREFIXES: Readonly<Record<string, WeekShift>> = {
  '': 'coming',
  本: 'this',
  这: 'this',
  这个: 'this',
  this: 'this',
  下: 'next',
  下个: 'next',
  next: 'next',
  上: 'last',
  上个: 'last',
  last: 'last',
};

/** Units of a relative offset ("+3d", "2周后", "in 2 weeks"). */
export type OffsetUnit = 'day' | 'week' | 'month';

/** Unit words for offsets, Chinese and English. */
export const OFFSET_UNITS: Readonly<Record<string, OffsetUnit>> = {
  d: 'day',
  day: 'day',
  days: 'day',
  天: 'day',
  日: 'day',
  w: 'week',
  week: 'week',
  weeks: 'week',
  周: 'week',
  星期: 'week',
  个星期: 'week',
  礼拜: 'week',
  个礼拜: 'week',
  m: 'month',
  month: 'month',
  months: 'month',
  月: 'month',
  个月: 'month',
};

/** Looks a word up in one of the tables above; inherited names like "constructor" never match. */
export function lookupWord<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}
