/**
 * Reading typed arguments (target, amount, date, person) from a command's words, each with
 * the error that names the command, the argument and the word that did not read.
 */
import { type DateDirection, parseDatePhrase } from '../date-phrase.js';
import { compareLocalDate, type LocalDate } from '../local-date.js';
import { parseAmount } from '../money-parse.js';
import { normalizeInput } from '../normalize-text.js';
import type { Token } from './tokenize.js';
import type { AmountArg, ArgumentName, CommandError, CommandName, PersonRef, Target } from './types.js';

/** A value read from the words at some position, and the position after it. */
export type Read<T> = { ok: true; value: T; next: number } | { ok: false; error: CommandError };

/** The words of one command after its keyword. */
export interface Args {
  command: CommandName;
  /** The whole message, for cutting notes out verbatim. */
  text: string;
  tokens: readonly Token[];
  today: LocalDate;
}

/** An error value naming the command and, when known, the argument and the word. */
export function fail(
  code: CommandError['code'],
  command: CommandName,
  argument?: ArgumentName,
  token?: string,
): { ok: false; error: CommandError } {
  const params: CommandError['params'] = { command };
  if (argument !== undefined) params.argument = argument;
  if (token !== undefined) params.token = token;
  return { ok: false, error: { code, params } };
}

/** Reads an invoice number or customer name; a quoted one may contain spaces. */
export function readTarget(args: Args, at: number): Read<Target> {
  const t = args.tokens[at];
  if (t === undefined || t.text.trim() === '') return fail('argument_missing', args.command, 'target');
  // Invoice numbers typed with a full-width IME (ＩＮＶ－１０４２) are folded to ASCII; quoted
  // names are kept exactly as typed.
  const text = t.quoted ? t.text.trim() : normalizeInput(t.text);
  return { ok: true, value: { text, quoted: t.quoted }, next: at + 1 };
}

/** Fails when a date lies before today (promises and next contacts look forward). */
export function notBeforeToday(
  args: Args,
  date: DateArg,
  argument: ArgumentName,
): ReturnType<typeof fail> | null {
  return compareLocalDate(date.date, args.today) < 0
    ? fail('date_in_past', args.command, argument, date.text)
    : null;
}

/** Fails when a date lies after today (a payment cannot have been made tomorrow). */
export function notAfterToday(
  args: Args,
  date: DateArg,
  argument: ArgumentName,
): ReturnType<typeof fail> | null {
  return compareLocalDate(date.date, args.today) > 0
    ? fail('date_in_future', args.command, argument, date.text)
    : null;
}

const hasDigit = (s: string): boolean => /\d/.test(s);

/** Reads an amount, also when a currency or unit is typed apart from the number ("RMB 8000", "5 万"). */
export function readAmount(args: Args, at: number): Read<AmountArg> {
  const first = args.tokens[at];
  if (first === undefined) return fail('argument_missing', args.command, 'amount');
  const second = args.tokens[at + 1];
  // Two words are joined only when one of them has no digits, so "5万 12/1" never merges.
  if (
    second !== undefined &&
    !first.quoted &&
    !second.quoted &&
    (!hasDigit(first.text) || !hasDigit(second.text))
  ) {
    const joined = `${first.text} ${second.text}`;
    const r = parseAmount(joined);
    if (r.ok)
      return { ok: true, value: { minor: r.minor, text: joined, currency: r.currency }, next: at + 2 };
  }
  const r = parseAmount(first.text);
  if (!r.ok) return fail(r.code, args.command, 'amount', first.text);
  return { ok: true, value: { minor: r.minor, text: first.text, currency: r.currency }, next: at + 1 };
}

// Date phrases that run over several words begin with one of these ("next fri", "in 3 days").
const DATE_LEADS: ReadonlyMap<string, number> = new Map([
  ['next', 2],
  ['this', 2],
  ['last', 2],
  ['in', 3],
]);

/** A date argument and the words it was read from. */
export interface DateArg {
  date: LocalDate;
  text: string;
}

/** Reads a date phrase of one word, or of two or three when it starts with next/this/last/in. */
export function readDate(
  args: Args,
  at: number,
  argument: ArgumentName = 'date',
  direction: DateDirection = 'forward',
): Read<DateArg> {
  const first = args.tokens[at];
  if (first === undefined) return fail('argument_missing', args.command, argument);
  const span = DATE_LEADS.get(first.key) ?? 1;
  const words = args.tokens.slice(at, at + span);
  if (span > 1 && words.length === span && words.every((w) => !w.quoted)) {
    const text = words.map((w) => w.text).join(' ');
    const r = parseDatePhrase(text, args.today, { direction });
    if (r.ok) return { ok: true, value: { date: r.date, text }, next: at + span };
  }
  const r = parseDatePhrase(first.text, args.today, { direction });
  if (!r.ok) {
    const failed = fail(r.code, args.command, argument, first.text);
    if (r.suggestion) failed.error.params.suggestion = r.suggestion;
    return failed;
  }
  return { ok: true, value: { date: r.date, text: first.text }, next: at + 1 };
}

/** Whether a word could be an attempt at a date (digits, +N, 周/月/日 …), not ordinary prose. */
export function looksLikeDate(word: string): boolean {
  return /[0-9０-９+]|[月日号周天]|星期|礼拜|明|后/.test(word);
}

/** Reads an @mention in any platform's form: @alice, @张三, <@U123>, <@U123|alice>, @_user_1. */
export function mentionOf(token: Token | undefined): PersonRef | null {
  if (token === undefined || token.quoted) return null;
  const slack = /^<@([A-Za-z0-9]+)(?:\|[^>]*)?>$/.exec(token.text);
  if (slack?.[1] !== undefined) return { handle: slack[1], raw: token.text };
  const plain = /^[@＠](.+)$/.exec(token.text);
  if (plain?.[1] !== undefined) return { handle: plain[1], raw: token.text };
  return null;
}

/** Whether a word is any kind of @mention. */
export function isMention(token: Token | undefined): boolean {
  return mentionOf(token) !== null;
}
