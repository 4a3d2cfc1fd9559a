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

/**
 * report [weekly | aging | kpi | forecast] [period] [team]; the weekly overdue report when nothing is
 * said. A word starting with four digits is the period, anything after it (or instead) the team.
 */
export function parseReport(args: Args): Read<Command> {
  const [word, second, third] = args.tokens;
  const base = { kind: 'report' as const, period: null, team: null };
  if (word === undefined) return done({ ...base, report: 'weekly' }, args);
  const extra = noMoreAfter(args, 3);
  if (extra !== null) return extra;
  const report = word.quoted ? undefined : REPORT_WORDS.get(word.key);
  if (report === undefined) return fail('report_kind_unknown', args.command, 'kind', word.text);
  const isPeriod = second !== undefined && /^\d{4}/.test(second.text);
  if (third !== undefined && !isPeriod)
    return fail('argument_unexpected', args.command, undefined, third.text);
  return done(
    {
      ...base,
      report,
      period: isPeriod ? second.text : null,
      team: (isPeriod ? third?.text : second?.text) ?? null,
    },
    args,
  );
}

const REPORT_CHAT_WORDS = new Set(['reports', 'report', '报表', '报表群']);
const ALL_TEAMS_WORDS = new Set(['all', 'every', '全部', '所有', '所有团队']);

/**
 * setup <team> [reports]: the rest of the line names the team; a last word "reports" (报表) makes
 * the chat the team's report chat, and `setup all reports` (绑定 全部 报表) the report chat of every team.
 */
export function parseSetup(args: Args): Read<Command> {
  const last = args.tokens[args.tokens.length - 1];
  const reports = last !== undefined && !last.quoted && REPORT_CHAT_WORDS.has(last.key);
  const teamTokens = reports ? args.tokens.slice(0, -1) : args.tokens;
  const only = teamTokens.length === 1 ? teamTokens[0] : undefined;
  const team = only?.quoted ? only.text.trim() : rawText(args.text, teamTokens);
  if (team === null || team === '') return fail('argument_missing', args.command, 'team');
  if (!reports) return done({ kind: 'setup', team }, args);
  const all = only !== undefined && !only.quoted && ALL_TEAMS_WORDS.has(only.key);
  return done({ kind: 'setup', team: all ? null : team, purpose: 'reports' }, args);
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
