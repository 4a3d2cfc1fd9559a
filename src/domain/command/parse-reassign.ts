/**
 * reassign (交接) @from @to [customer …]: a manager hands a collector's items to a successor.
 */
import { type Args, fail, mentionOf, type Read, readTarget } from './args.js';
import type { Command, Target } from './types.js';

/** Reads who hands over, who takes over, and optionally which customers (all of them otherwise). */
export function parseReassign(args: Args): Read<Command> {
  const [first, second] = args.tokens;
  if (first === undefined) return fail('argument_missing', args.command, 'predecessor');
  const from = mentionOf(first);
  if (from === null) return fail('mention_expected', args.command, 'predecessor', first.text);
  if (second === undefined) return fail('argument_missing', args.command, 'successor');
  const to = mentionOf(second);
  if (to === null) return fail('mention_expected', args.command, 'successor', second.text);
  const customers: Target[] = [];
  for (let i = 2; i < args.tokens.length; i += 1) {
    const target = readTarget(args, i);
    if (!target.ok) return target;
    customers.push(target.value);
  }
  return { ok: true, value: { kind: 'reassign', from, to, customers }, next: args.tokens.length };
}
