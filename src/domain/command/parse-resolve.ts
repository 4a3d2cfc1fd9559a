/**
 * Settling a dispute (解决争议): the customer will pay, or a credit note for an amount with its reference.
 */
import { type Args, fail, type Read, readAmount, readTarget } from './args.js';
import { rawText } from './tokenize.js';
import type { Command } from './types.js';
import { RESOLUTION_WORDS } from './vocabulary.js';

/** resolve <invoice> pay [note] | resolve <invoice> credit <amount> <reference> [note] */
export function parseResolve(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  const word = args.tokens[target.next];
  if (word === undefined) return fail('argument_missing', args.command, 'outcome');
  const kind = word.quoted ? undefined : RESOLUTION_WORDS.get(word.key);
  if (kind === undefined) return fail('resolution_unknown', args.command, 'outcome', word.text);
  const value = (resolution: Extract<Command, { kind: 'resolve' }>['resolution'], from: number) => ({
    ok: true as const,
    value: {
      kind: 'resolve' as const,
      target: target.value,
      resolution,
      note: rawText(args.text, args.tokens.slice(from)),
    },
    next: args.tokens.length,
  });
  if (kind === 'will_pay') return value({ kind }, target.next + 1);
  const amount = readAmount(args, target.next + 1);
  if (!amount.ok) return amount;
  const reference = args.tokens[amount.next];
  if (reference === undefined) return fail('argument_missing', args.command, 'ref');
  return value({ kind, amount: amount.value, reference: reference.text }, amount.next + 1);
}
