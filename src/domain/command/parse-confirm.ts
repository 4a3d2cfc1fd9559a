/**
 * confirm (对账) <customer> [confirmed [date] | disputed <amount> [date]]: sends the balance
 * confirmation (对账函), or records the customer's reply to the last one.
 */
import type { LocalDate } from '../local-date.js';
import { type Args, fail, notAfterToday, type Read, readAmount, readDate, readTarget } from './args.js';
import type { AmountArg, Command } from './types.js';
import { CONFIRM_REPLY_WORDS } from './vocabulary.js';

/** Reads the customer, then the reply word with its amount and date, when there is one. */
export function parseConfirm(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  const word = args.tokens[target.next];
  if (word === undefined)
    return { ok: true, value: { kind: 'confirm', target: target.value, reply: null }, next: target.next };
  const reply = word.quoted ? undefined : CONFIRM_REPLY_WORDS.get(word.key);
  if (reply === undefined) return fail('argument_unexpected', args.command, undefined, word.text);
  let next = target.next + 1;
  let amount: AmountArg | null = null;
  if (reply === 'disputed') {
    const read = readAmount(args, next);
    if (!read.ok) return read;
    amount = read.value;
    next = read.next;
  }
  let on: LocalDate = args.today;
  if (args.tokens[next] !== undefined) {
    const date = readDate(args, next, 'date', 'backward');
    if (!date.ok) return date;
    const future = notAfterToday(args, date.value, 'date');
    if (future) return future;
    on = date.value.date;
    next = date.next;
  }
  const extra = args.tokens[next];
  if (extra !== undefined) return fail('argument_unexpected', args.command, undefined, extra.text);
  return {
    ok: true,
    value: { kind: 'confirm', target: target.value, reply: { kind: reply, amount, on } },
    next,
  };
}
