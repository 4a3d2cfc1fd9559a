/**
 * The two commands that carry money: promise (承诺) and paid (已付).
 */
import type { DateDirection } from '../date-phrase.js';
import {
  type Args,
  type DateArg,
  fail,
  notAfterToday,
  notBeforeToday,
  type Read,
  readAmount,
  readDate,
  readTarget,
} from './args.js';
import { rawText, type Token } from './tokenize.js';
import type { AmountArg, Command } from './types.js';
import { BANK_WORDS, REF_WORDS } from './vocabulary.js';

interface AmountAndDate {
  amount: AmountArg;
  date: DateArg;
}

// Amount then date, as documented; the other order is accepted too because people type
// "12月1日 5万" as often as "5万 12月1日". Errors always describe the documented order.
function readAmountAndDate(args: Args, at: number, direction: DateDirection): Read<AmountAndDate> {
  const amount = readAmount(args, at);
  if (amount.ok) {
    const date = readDate(args, amount.next, 'date', direction);
    if (!date.ok) return date;
    return { ok: true, value: { amount: amount.value, date: date.value }, next: date.next };
  }
  const swappedDate = readDate(args, at, 'date', direction);
  if (!swappedDate.ok) return amount;
  // The word was a date, so the amount is what is missing or wrong ("promise INV-1 12/1").
  const swappedAmount = readAmount(args, swappedDate.next);
  if (!swappedAmount.ok) return swappedAmount;
  return {
    ok: true,
    value: { amount: swappedAmount.value, date: swappedDate.value },
    next: swappedAmount.next,
  };
}

/** promise <invoice or customer> <amount> <date> [note] */
export function parsePromise(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  const money = readAmountAndDate(args, target.next, 'forward');
  if (!money.ok) return money;
  const past = notBeforeToday(args, money.value.date, 'date');
  if (past !== null) return past;
  const note = rawText(args.text, args.tokens.slice(money.next));
  return {
    ok: true,
    value: {
      kind: 'promise',
      target: target.value,
      amount: money.value.amount,
      date: money.value.date.date,
      note,
    },
    next: args.tokens.length,
  };
}

interface PaymentDetails {
  ref: string | null;
  bank: string | null;
}

type Details = { ok: true; details: PaymentDetails; rest: Token[] } | ReturnType<typeof fail>;

// Takes "ref X" / "bank X" pairs off the front and the back of the remaining words, so a word
// like "bank" in the middle of a free-text note is left alone.
function takeDetails(args: Args, words: readonly Token[]): Details {
  const details: PaymentDetails = { ref: null, bank: null };
  const rest = [...words];
  const isKeyword = (t: Token | undefined): t is Token =>
    t !== undefined && !t.quoted && (REF_WORDS.has(t.key) || BANK_WORDS.has(t.key));
  const store = (keyword: Token, value: Token): void => {
    if (REF_WORDS.has(keyword.key)) details.ref = value.text;
    else details.bank = value.text;
  };
  const missing = (keyword: Token) =>
    fail('argument_missing', args.command, REF_WORDS.has(keyword.key) ? 'ref' : 'bank');

  while (isKeyword(rest[0])) {
    const [keyword, value] = rest;
    if (value === undefined) return missing(keyword);
    store(keyword, value);
    rest.splice(0, 2);
  }
  while (isKeyword(rest[rest.length - 2])) {
    const [keyword, value] = rest.slice(-2);
    if (keyword === undefined || value === undefined) break;
    store(keyword, value);
    rest.splice(rest.length - 2, 2);
  }
  // A trailing "ref" with nothing after it is a reference the user forgot to type.
  const last = rest[rest.length - 1];
  if (isKeyword(last)) return missing(last);
  return { ok: true, details, rest };
}

/** paid <invoice> <amount> <date> [ref <bank ref>] [bank <bank>] [note] */
export function parsePaid(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  // A payment has already happened, so "11/20" or "周五" mean the most recent such day.
  const money = readAmountAndDate(args, target.next, 'backward');
  if (!money.ok) return money;
  const future = notAfterToday(args, money.value.date, 'date');
  if (future !== null) return future;
  const details = takeDetails(args, args.tokens.slice(money.next));
  if (!details.ok) return details;
  return {
    ok: true,
    value: {
      kind: 'paid',
      target: target.value,
      amount: money.value.amount,
      date: money.value.date.date,
      ...details.details,
      note: rawText(args.text, details.rest),
    },
    next: args.tokens.length,
  };
}
