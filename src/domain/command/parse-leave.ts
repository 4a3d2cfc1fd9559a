/**
 * leave (请假): no prompts while away, and a delegate covers the collector's items.
 */
import { compareLocalDate } from '../local-date.js';
import { type Args, fail, isMention, mentionOf, type Read, readDate } from './args.js';
import { rawText } from './tokenize.js';
import type { Command, PersonRef } from './types.js';
import { DELEGATE_WORDS, RANGE_WORDS } from './vocabulary.js';

/**
 * leave [@person] <from> [to] <to> [delegate @person]; a single date is a one-day leave. A leading
 * mention records the leave for someone else (the app lets managers and finance do that).
 */
export function parseLeave(args: Args): Read<Command> {
  const person = mentionOf(args.tokens[0]);
  const from = readDate(args, person ? 1 : 0, 'from');
  if (!from.ok) return from;
  let i = from.next;
  let to = from.value.date;
  const separator = args.tokens[i];
  const hasSeparator = separator !== undefined && !separator.quoted && RANGE_WORDS.has(separator.key);
  if (hasSeparator) i += 1;
  const next = args.tokens[i];
  const startsDelegate = next !== undefined && (DELEGATE_WORDS.has(next.key) || isMention(next));
  const toStart = i;
  if (hasSeparator || (next !== undefined && !startsDelegate)) {
    const end = readDate(args, i, 'to');
    if (!end.ok) return end;
    to = end.value.date;
    i = end.next;
  }
  if (compareLocalDate(to, from.value.date) < 0) {
    return fail(
      'leave_range_inverted',
      args.command,
      'to',
      rawText(args.text, args.tokens.slice(toStart, i)) ?? '',
    );
  }

  let delegate: PersonRef | null = null;
  const keyword = args.tokens[i];
  if (keyword !== undefined && !keyword.quoted && DELEGATE_WORDS.has(keyword.key)) {
    const who = args.tokens[i + 1];
    if (who === undefined) return fail('argument_missing', args.command, 'delegate');
    delegate = mentionOf(who);
    if (delegate === null) return fail('mention_expected', args.command, 'delegate', who.text);
    i += 2;
  } else if (isMention(keyword)) {
    delegate = mentionOf(keyword);
    i += 1;
  }
  const extra = args.tokens[i];
  if (extra !== undefined) return fail('argument_unexpected', args.command, undefined, extra.text);
  const leave = { kind: 'leave' as const, from: from.value.date, to, delegate };
  return { ok: true, value: person ? { ...leave, person } : leave, next: i };
}
