/**
 * Reading the dates collectors type: 2026-12-01, 12/1, 12月1日, 明天, 下周五, fri, next fri,
 * +3d, 3天后, 月底. Dates are resolved against `today` in the team's timezone.
 */
import {
  EN_WEEKDAYS,
  lookupWord,
  OFFSET_UNITS,
  type OffsetUnit,
  RELATIVE_DAY_WORDS,
  WEEK_PREFIXES,
  type WeekdayIndex,
  ZH_WEEKDAYS,
} from './date-words.js';
import type { DateErrorCode } from './errors.js';
import {
  addDays,
  addMonths,
  compareLocalDate,
  dayOfWeek,
  diffDays,
  endOfMonth,
  type LocalDate,
  localDateFromParts,
  localDateParts,
  startOfMonth,
  startOfWeek,
} from './local-date.js';
import { normalizeInput } from './normalize-text.js';

/** The result of reading a date phrase. */
export type ParseDateResult =
  | { ok: true; date: LocalDate }
  | { ok: false; code: DateErrorCode; input: string; suggestion?: LocalDate };

/** Which side of today a date that names no year or week lies on; promises look forward. */
export type DateDirection = 'forward' | 'backward';

/** How to read a date phrase. */
export interface ParseDateOptions {
  /** 'forward' (default): "12/1", "15号", "周五" are the next such day; 'backward': the last one. */
  direction?: DateDirection;
}

// Dates outside these years are typos (2062 for 2026 cannot be caught, 20266 can).
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const FULL_DATE =
  /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)$/;
const MONTH_DAY = /^(\d{1,2})\s*(?:[-/.]\s*(\d{1,2})|月\s*(\d{1,2})\s*[日号]?)$/;
const DAY_ONLY = /^(\d{1,2})\s*[日号]$/;
const ZH_WEEKDAY = /^(本|这个|这|下个|下|上个|上)?(?:周|星期|礼拜)([一二三四五六日天七1-7])$/;
const EN_WEEKDAY = /^(?:(this|next|last)\s+)?([a-z]+)\.?$/;
const PLUS_OFFSET = /^\+\s*(\d{1,5})\s*(d|w|m|days?|weeks?|months?|天|日|周|个?星期|个?礼拜|个?月)$/;
const ZH_OFFSET = /^(\d{1,5})\s*(天|日|周|个?星期|个?礼拜|个?月)\s*(?:后|以后|之后)$/;
const EN_OFFSET = /^in\s+(\d{1,5})\s*(days?|weeks?|months?)$/;
const MONTH_END = /^(本|这个|下个?)?(?:月底|月末)$/;

type Step = { ok: true; date: LocalDate } | { ok: false; code: DateErrorCode; suggestion?: LocalDate };

const inRange = (date: LocalDate): boolean => {
  // A far offset ("+99999m") yields a five-digit year, which the width check rejects first.
  if (date.length !== 10) return false;
  const { year } = localDateParts(date);
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

function fullDate(year: number, month: number, day: number): Step {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, code: 'date_out_of_range' };
  const date = localDateFromParts(year, month, day);
  return date === null ? { ok: false, code: 'date_nonexistent' } : { ok: true, date };
}

// The words that name a day without saying which one ("1/5", "15号", "周五") are resolved
// towards the future for promises and towards the past for payments already made.
const isOnSide = (date: LocalDate, today: LocalDate, direction: DateDirection): boolean =>
  direction === 'forward' ? compareLocalDate(date, today) >= 0 : compareLocalDate(date, today) <= 0;

// A month and day without a year: their nearest occurrence on the requested side of today, so
// "1/5" said in December is next January; 29 February waits for a leap year.
function monthDay(month: number, day: number, today: LocalDate, direction: DateDirection): Step {
  const { year } = localDateParts(today);
  if (localDateFromParts(2000, month, day) === null) return { ok: false, code: 'date_nonexistent' };
  // Looking forward, a day that passed recently ("11月20日" on 1 December) is a mistake, not next
  // year: refused, naming next year's date, whenever it lies nearer behind than ahead.
  const thisYear = localDateFromParts(year, month, day);
  const nextYear = localDateFromParts(year + 1, month, day);
  if (
    direction === 'forward' &&
    thisYear !== null &&
    nextYear !== null &&
    compareLocalDate(thisYear, today) < 0
  )
    if (diffDays(today, thisYear) <= diffDays(nextYear, today))
      return { ok: false, code: 'date_passed', suggestion: nextYear };
  const step = direction === 'forward' ? 1 : -1;
  for (let i = 0; i <= 8; i += 1) {
    const date = localDateFromParts(year + i * step, month, day);
    if (date !== null && isOnSide(date, today, direction)) return { ok: true, date };
  }
  return { ok: false, code: 'date_out_of_range' };
}

// A day of the month alone ("15号"): its nearest occurrence on the requested side of today.
function dayOfMonth(day: number, today: LocalDate, direction: DateDirection): Step {
  if (day < 1 || day > 31) return { ok: false, code: 'date_nonexistent' };
  const first = startOfMonth(today);
  const step = direction === 'forward' ? 1 : -1;
  for (let i = 0; i < 12; i += 1) {
    const p = localDateParts(addMonths(first, i * step));
    const date = localDateFromParts(p.year, p.month, day);
    if (date !== null && isOnSide(date, today, direction)) return { ok: true, date };
  }
  return { ok: false, code: 'date_nonexistent' };
}

// A bare weekday is the nearest such day on the requested side, today included;
// this/next/last pick a Monday-to-Sunday week whatever the direction.
function weekday(index: WeekdayIndex, prefix: string, today: LocalDate, direction: DateDirection): LocalDate {
  const shift = lookupWord(WEEK_PREFIXES, prefix) ?? 'coming';
  const monday = startOfWeek(today);
  if (shift === 'this') return addDays(monday, index);
  if (shift === 'next') return addDays(monday, 7 + index);
  if (shift === 'last') return addDays(monday, index - 7);
  const todayIndex = (dayOfWeek(today) + 6) % 7;
  return direction === 'forward'
    ? addDays(today, (index - todayIndex + 7) % 7)
    : addDays(today, -((todayIndex - index + 7) % 7));
}

function offset(amount: number, unit: OffsetUnit, today: LocalDate): LocalDate {
  if (unit === 'day') return addDays(today, amount);
  if (unit === 'week') return addDays(today, amount * 7);
  return addMonths(today, amount);
}

function unitOf(word: string): OffsetUnit | undefined {
  return lookupWord(OFFSET_UNITS, word) ?? lookupWord(OFFSET_UNITS, word.replace(/s$/, ''));
}

function read(text: string, today: LocalDate, direction: DateDirection): Step | null {
  let m = FULL_DATE.exec(text);
  if (m) return fullDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  m = MONTH_DAY.exec(text);
  if (m) return monthDay(Number(m[1]), Number(m[2] ?? m[3]), today, direction);
  m = DAY_ONLY.exec(text);
  if (m) return dayOfMonth(Number(m[1]), today, direction);

  const relative = lookupWord(RELATIVE_DAY_WORDS, text);
  if (relative !== undefined) return { ok: true, date: addDays(today, relative) };

  m = ZH_WEEKDAY.exec(text);
  const zhIndex = m ? lookupWord(ZH_WEEKDAYS, m[2] ?? '') : undefined;
  if (m && zhIndex !== undefined) return { ok: true, date: weekday(zhIndex, m[1] ?? '', today, direction) };
  m = EN_WEEKDAY.exec(text);
  const enIndex = m ? lookupWord(EN_WEEKDAYS, m[2] ?? '') : undefined;
  if (m && enIndex !== undefined) return { ok: true, date: weekday(enIndex, m[1] ?? '', today, direction) };

  m = PLUS_OFFSET.exec(text) ?? ZH_OFFSET.exec(text) ?? EN_OFFSET.exec(text);
  const unit = m ? unitOf(m[2] ?? '') : undefined;
  if (m && unit !== undefined) return { ok: true, date: offset(Number(m[1]), unit, today) };

  m = MONTH_END.exec(text);
  if (m) return { ok: true, date: endOfMonth(m[1]?.startsWith('下') ? addMonths(today, 1) : today) };
  return null;
}

/** Reads a date phrase relative to `today`, or says precisely why it cannot. */
export function parseDatePhrase(
  text: string,
  today: LocalDate,
  options: ParseDateOptions = {},
): ParseDateResult {
  const input = text;
  const normalized = normalizeInput(text).toLowerCase().replace(/\s+/g, ' ');
  if (normalized === '') return { ok: false, code: 'date_empty', input };
  const step = read(normalized, today, options.direction ?? 'forward');
  if (step === null) return { ok: false, code: 'date_unrecognised', input };
  if (!step.ok)
    return step.suggestion
      ? { ok: false, code: step.code, input, suggestion: step.suggestion }
      : { ok: false, code: step.code, input };
  if (!inRange(step.date)) return { ok: false, code: 'date_out_of_range', input };
  return { ok: true, date: step.date };
}
