/**
 * Logging contact with a customer: followup (跟进) and dispute (争议).
 */
import type { LocalDate } from '../local-date.js';
import {
  type Args,
  fail,
  isMention,
  looksLikeDate,
  mentionOf,
  notBeforeToday,
  type Read,
  readDate,
  readTarget,
} from './args.js';
import { followUpMethodFromWord } from './methods.js';
import { type ReasonCode, reasonFromWord } from './reasons.js';
import { rawText, type Token } from './tokenize.js';
import type { Command, ContactOutcome } from './types.js';
import { NEXT_WORDS, OUTCOME_WORDS, REASON_WORDS } from './vocabulary.js';

// The longest date phrase after "next" ("in 3 days"); more words than this after the last
// "next" means the word belongs to the note ("… said they will pay next month once approved").
const MAX_DATE_WORDS = 3;

type NextClause = { ok: true; date: LocalDate | null; noteEnd: number } | ReturnType<typeof fail>;

// Finds a trailing "next <date>" / "下次 <date>". A date that does not read is an error only
// when it looks like an attempted date ("next 12/32"); "call again next time" stays a note.
// The earliest "next" in the last few words wins, so "next next fri" means next week's Friday.
function readNextClause(args: Args, from: number): NextClause {
  const tokens = args.tokens;
  let error: ReturnType<typeof fail> | null = null;
  for (let k = Math.max(from, tokens.length - 1 - MAX_DATE_WORDS); k < tokens.length - 1; k += 1) {
    const keyword = tokens[k];
    if (keyword === undefined || keyword.quoted || !NEXT_WORDS.has(keyword.key)) continue;
    const date = readDate(args, k + 1, 'next');
    if (date.ok && date.next === tokens.length) {
      return notBeforeToday(args, date.value, 'next') ?? { ok: true, date: date.value.date, noteEnd: k };
    }
    if (!date.ok && looksLikeDate(tokens[k + 1]?.text ?? '')) error = date;
  }
  if (error !== null) return error;
  const last = tokens[tokens.length - 1];
  if (last !== undefined && !last.quoted && NEXT_WORDS.has(last.key) && tokens.length - 1 >= from) {
    return fail('argument_missing', args.command, 'next');
  }
  return { ok: true, date: null, noteEnd: tokens.length };
}

interface Modifiers {
  outcome: ContactOutcome;
  reason: ReasonCode | null;
}

// Optional words right after the method: an outcome ("no_contact", "未接通") and "reason <code>".
function readModifiers(args: Args, at: number): Read<Modifiers> {
  let outcome: ContactOutcome = 'contacted';
  let reason: ReasonCode | null = null;
  let i = at;
  for (;;) {
    const t: Token | undefined = args.tokens[i];
    if (t === undefined || t.quoted) break;
    const o = OUTCOME_WORDS.get(t.key);
    if (o !== undefined) {
      outcome = o;
      i += 1;
      continue;
    }
    if (!REASON_WORDS.has(t.key)) break;
    const word = args.tokens[i + 1];
    if (word === undefined) return fail('argument_missing', args.command, 'reason');
    const code = reasonFromWord(word.quoted ? word.text : word.key);
    if (code === null) return fail('reason_unknown', args.command, 'reason', word.text);
    reason = code;
    i += 2;
  }
  return { ok: true, value: { outcome, reason }, next: i };
}

/** followup <invoice or customer> <method> [no_contact] [reason <code>] <note> [next <date>] */
export function parseFollowUp(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  const methodToken = args.tokens[target.next];
  if (methodToken === undefined) return fail('argument_missing', args.command, 'method');
  const method = methodToken.quoted ? null : followUpMethodFromWord(methodToken.key);
  if (method === null) return fail('method_unknown', args.command, 'method', methodToken.text);
  const modifiers = readModifiers(args, target.next + 1);
  if (!modifiers.ok) return modifiers;
  const clause = readNextClause(args, modifiers.next);
  if (!clause.ok) return clause;
  const note = rawText(args.text, args.tokens.slice(modifiers.next, clause.noteEnd));
  // A call nobody answered needs no note; anything else should say what was agreed.
  if (note === null && modifiers.value.outcome === 'contacted')
    return fail('argument_missing', args.command, 'note');
  return {
    ok: true,
    value: {
      kind: 'followup',
      target: target.value,
      method,
      outcome: modifiers.value.outcome,
      reason: modifiers.value.reason,
      note,
      nextDate: clause.date,
    },
    next: args.tokens.length,
  };
}

/** dispute <invoice> <note> [@colleague …]: the people mentioned anywhere in the note are brought in. */
export function parseDispute(args: Args): Read<Command> {
  const target = readTarget(args, 0);
  if (!target.ok) return target;
  const rest = args.tokens.slice(target.next);
  const note = rawText(args.text, rest);
  if (note === null || rest.every(isMention)) return fail('argument_missing', args.command, 'note');
  const helpers = rest.flatMap((t) => mentionOf(t) ?? []);
  return {
    ok: true,
    value: { kind: 'dispute', target: target.value, note, helpers },
    next: args.tokens.length,
  };
}
