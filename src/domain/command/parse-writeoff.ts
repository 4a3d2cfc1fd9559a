/**
 * writeoff <invoice> <amount | all> <reason> evidence <reference>: finance proposes writing off
 * (核销) an item or part of it; a second person approves.
 */
import { type Args, fail, type Read, readAmount, readTarget } from './args.js';
import { rawText } from './tokenize.js';
import type { AmountArg, Command } from './types.js';
import { EVIDENCE_WORDS, WHOLE_WORDS } from './vocabulary.js';

/** Reads the item, the amount (or the whole outstanding), the reason and the evidence. */
export function parseWriteOff(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  const word = args.tokens[target.next];
  if (word === undefined) return fail('argument_missing', args.command, 'amount');
  let amount: AmountArg | null = null;
  let next = target.next + 1;
  if (!WHOLE_WORDS.has(word.key)) {
    const read = readAmount(args, target.next);
    if (!read.ok) return read;
    amount = read.value;
    next = read.next;
  }
  const rest = args.tokens.slice(next);
  const at = rest.findIndex((t) => !t.quoted && EVIDENCE_WORDS.has(t.key));
  const reason = rawText(args.text, at < 0 ? rest : rest.slice(0, at));
  if (reason === null || reason === '') return fail('argument_missing', args.command, 'reason');
  const evidence = at < 0 ? null : rawText(args.text, rest.slice(at + 1));
  if (evidence === null || evidence === '') return fail('argument_missing', args.command, 'evidence');
  return {
    ok: true,
    value: { kind: 'writeoff', target: target.value, amount, reason, evidence },
    next: args.tokens.length,
  };
}
