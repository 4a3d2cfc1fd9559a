/**
 * customer <customer> hold | legal | active: finance marks a customer on credit hold (停止供货),
 * handed to legal (法务), or back to normal collection.
 */
import { type Args, fail, type Read } from './args.js';
import { rawText } from './tokenize.js';
import type { Command, CustomerStatusWord } from './types.js';
import { CUSTOMER_STATUS_WORDS } from './vocabulary.js';

/** Reads the status from the last word and the customer from everything before it. */
export function parseCustomer(args: Args): Read<Command> {
  const last = args.tokens[args.tokens.length - 1];
  if (last === undefined) return fail('argument_missing', args.command, 'target');
  const status: CustomerStatusWord | undefined = last.quoted
    ? undefined
    : CUSTOMER_STATUS_WORDS.get(last.key);
  if (status === undefined) {
    return args.tokens.length === 1
      ? fail('argument_missing', args.command, 'status')
      : fail('status_unknown', args.command, 'status', last.text);
  }
  const before = args.tokens.slice(0, -1);
  const only = before.length === 1 ? before[0] : undefined;
  const text = only?.quoted ? only.text.trim() : rawText(args.text, before);
  if (text === null || text === '') return fail('argument_missing', args.command, 'target');
  return {
    ok: true,
    value: { kind: 'customer', target: { text, quoted: only?.quoted ?? false }, status },
    next: args.tokens.length,
  };
}
