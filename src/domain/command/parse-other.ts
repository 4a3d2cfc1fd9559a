/**
 * The commands that look things up or open forms: ar, overdue, plan, result, report, setup, help.
 */
import { type Args, fail, mentionOf, type Read } from './args.js';
import { rawText } from './tokenize.js';
import type { Command } from './types.js';
import { commandFromWord, REPORT_WORDS, SCOPE_WORDS } from './vocabulary.js';

const done = (command: Command, args: Args): Read<Command> => ({
  ok: true,
  value: command,
  next: args.tokens.length,
});

// Refuses words after a command that takes none, rather than silently ignoring them.
function noMoreAfter(args: Args, at: number): ReturnType<typeof fail> | null {
  const extra = args.tokens[at];
  return extra === undefined ? null : fail('argument_unexpected', args.command, undefined, extra.text);
}

/** ar <customer or invoice>: the rest of the line, so unquoted names with spaces work too. */
export function parseAr(args: Args): Read<Command> {
  const only = args.tokens.length === 1 ? args.tokens[0] : undefined;
  const text = only?.quoted ? only.text.trim() : rawText(args.text, args.tokens);
  if (text === null || text === '') return fail('argument_missing', args.command, 'target');
  return done({ kind: 'ar', target: { text, quoted: only?.quoted ?? false } }, args);
}

/** overdue [mine | team | @person]; mine when nothing is said. */
export function parseOverdue(args: Args): Read<Command> {
  const word = args.tokens[0];
  if (word === undefined) return done({ kind: 'overdue', scope: { kind: 'mine' } }, args);
  const extra = noMoreAfter(args, 1);
  if (extra !== null) return extra;
  const person = mentionOf(word);
  if (person !== null) return done({ kind: 'overdue', scope: { kind: 'person', person } }, args);
  const scope = word.quoted ? undefined : SCOPE_WORDS.get(word.key);
  if (scope === undefined) return fail('scope_invalid', args.command, 'scope', word.text);
  return done({ kind: 'overdue', scope: { kind: scope } }, args);
}

/** plan: opens the Monday plan form. */
export function parsePlan(args: Args): Read<Command> {
  return noMoreAfter(args, 0) ?? done({ kind: 'plan' }, args);
}

/** result: opens the Friday result form. */
export function parseResult(args: Args): Read<Command> {
  return noMoreAfter(args, 0) ?? done({ kind: 'result' }, args);
}

/** report [weekly | aging | kpi]; the weekly overdue report when nothing is said. */
export function parseReport(args: Args): Read<Command> {
  const word = args.tokens[0];
  if (word === undefined) return done({ kind: 'report', report: 'weekly' }, args);
  const extra = noMoreAfter(args, 1);
  if (extra !== null) return extra;
  const report = word.quoted ? undefined : REPORT_WORDS.get(word.key);
  if (report === undefined) return fail('report_kind_unknown', args.command, 'kind', word.text);
  return done({ kind: 'report', report }, args);
}

/** setup <team>: the rest of the line names the team. */
export function parseSetup(args: Args): Read<Command> {
  const only = args.tokens.length === 1 ? args.tokens[0] : undefined;
  const team = only?.quoted ? only.text.trim() : rawText(args.text, args.tokens);
  if (team === null || team === '') return fail('argument_missing', args.command, 'team');
  return done({ kind: 'setup', team }, args);
}

/** help [command]: general help, or help on one command. */
export function parseHelp(args: Args): Read<Command> {
  const word = args.tokens[0];
  if (word === undefined) return done({ kind: 'help', topic: null }, args);
  const extra = noMoreAfter(args, 1);
  if (extra !== null) return extra;
  const topic = word.quoted ? null : commandFromWord(word.key.replace(/^\//, ''));
  if (topic === null) return fail('command_unknown', args.command, 'topic', word.text);
  return done({ kind: 'help', topic: topic.command }, args);
}
