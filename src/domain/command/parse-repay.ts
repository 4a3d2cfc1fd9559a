/**
 * The repayment plan command (还款计划 / 分期): instalments as amount-date pairs after the target.
 */
import { MAX_INSTALMENTS } from '../commitment.js';
import { compareLocalDate } from '../local-date.js';
import { type Args, fail, notBeforeToday, type Read, readAmount, readDate, readTarget } from './args.js';
import { rawText } from './tokenize.js';
import type { Command, InstalmentArg } from './types.js';

/** repay <invoice or customer> [<amount> <date> …] [note]; the target alone opens the form. */
export function parseRepay(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  const instalments: InstalmentArg[] = [];
  let at = target.next;
  // The target alone asks for the repayment plan form.
  if (args.tokens[at] === undefined)
    return { ok: true, value: { kind: 'repay', target: target.value, instalments, note: null }, next: at };
  // The first pair must read; after it, the first word that is not an amount starts the note.
  for (;;) {
    const amount = readAmount(args, at);
    if (!amount.ok) {
      if (instalments.length === 0) return amount;
      break;
    }
    const date = readDate(args, amount.next, 'date', 'forward');
    if (!date.ok) return date;
    const past = notBeforeToday(args, date.value, 'date');
    if (past !== null) return past;
    const previous = instalments[instalments.length - 1];
    if (previous && compareLocalDate(date.value.date, previous.date) <= 0)
      return fail('plan_dates_not_rising', args.command, 'date', date.value.text);
    instalments.push({ amount: amount.value, date: date.value.date });
    if (instalments.length > MAX_INSTALMENTS)
      return fail('plan_too_many', args.command, 'amount', amount.value.text);
    at = date.next;
  }
  return {
    ok: true,
    value: {
      kind: 'repay',
      target: target.value,
      instalments,
      note: rawText(args.text, args.tokens.slice(at)),
    },
    next: args.tokens.length,
  };
}
