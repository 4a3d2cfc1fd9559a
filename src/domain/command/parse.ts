/**
 * One grammar for every surface (Slack slash commands, Lark @bot messages, the sandbox):
 * "/promise INV-1042 5万 12月1日 财务已排款" and "@Duebot 承诺 INV-1042 5万 12月1日" read the same.
 */
import { type Args, isMention, type Read } from './args.js';
import { parseConfirm } from './parse-confirm.js';
import { parseCustomer } from './parse-customer.js';
import { parseDispute, parseFollowUp } from './parse-followup.js';
import { parseLeave } from './parse-leave.js';
import { parsePaid, parsePromise } from './parse-money.js';
import {
  parseAr,
  parseHelp,
  parseOverdue,
  parsePlan,
  parseReport,
  parseResult,
  parseSetup,
} from './parse-other.js';
import { parseReassign } from './parse-reassign.js';
import { parseRepay } from './parse-repay.js';
import { parseResolve } from './parse-resolve.js';
import { parseWriteOff } from './parse-writeoff.js';
import { type Token, tokenize } from './tokenize.js';
import type {
  Command,
  CommandErrorParams,
  CommandLanguage,
  CommandName,
  ParseCommandOptions,
  ParseCommandResult,
} from './types.js';
import { BOT_NAMES, commandFromWord } from './vocabulary.js';

const PARSERS: Readonly<Record<CommandName, (args: Args) => Read<Command>>> = {
  promise: parsePromise,
  repay: parseRepay,
  followup: parseFollowUp,
  dispute: parseDispute,
  resolve: parseResolve,
  paid: parsePaid,
  ar: parseAr,
  overdue: parseOverdue,
  plan: parsePlan,
  result: parseResult,
  leave: parseLeave,
  report: parseReport,
  setup: parseSetup,
  customer: parseCustomer,
  writeoff: parseWriteOff,
  reassign: parseReassign,
  confirm: parseConfirm,
  help: parseHelp,
};

// Drops what comes before the command word: @mentions of the bot (Lark puts them first), a
// leading slash, and the bot's own name as in "/duebot promise …".
function skipPreamble(tokens: readonly Token[]): number {
  let i = 0;
  while (isMention(tokens[i])) i += 1;
  const first = tokens[i];
  if (
    first !== undefined &&
    !first.quoted &&
    (first.key === '/' || BOT_NAMES.has(first.key.replace(/^\//, '')))
  ) {
    i += 1;
  }
  return i;
}

// Chinese characters in an unreadable message say which language to answer in.
const guessLanguage = (text: string): CommandLanguage | null => (/[\u4e00-\u9fff]/.test(text) ? 'zh' : null);

/** The longest text read as a command; a longer one is refused before it is read at all. */
export const MAX_COMMAND_CHARS = 2000;

/** Reads a chat command into a typed command, or a coded error naming the command, argument and word. */
export function parseCommand(text: string, options: ParseCommandOptions): ParseCommandResult {
  if (text.length > MAX_COMMAND_CHARS) {
    const params: CommandErrorParams = { token: String(text.length), limit: MAX_COMMAND_CHARS };
    return {
      ok: false,
      error: { code: 'command_too_long', params },
      language: guessLanguage(text.slice(0, 200)),
    };
  }
  const tokenized = tokenize(text);
  const tokens = tokenized.tokens;
  const start = skipPreamble(tokens);
  const word = tokens[start];
  const keyword = word === undefined || word.quoted ? null : commandFromWord(word.key.replace(/^\//, ''));
  if (!tokenized.ok) {
    const params: CommandErrorParams = { token: tokenized.unclosed };
    if (keyword !== null) params.command = keyword.command;
    return {
      ok: false,
      error: { code: 'quote_unclosed', params },
      language: keyword?.language ?? guessLanguage(text),
    };
  }
  if (word === undefined) return { ok: false, error: { code: 'command_empty', params: {} }, language: null };
  if (keyword === null) {
    return {
      ok: false,
      error: { code: 'command_unknown', params: { token: word.text } },
      language: guessLanguage(text),
    };
  }
  const args: Args = {
    command: keyword.command,
    text,
    tokens: tokens.slice(start + 1),
    today: options.today,
  };
  const read = PARSERS[keyword.command](args);
  if (!read.ok)
    return { ok: false, error: read.error, language: keyword.language, typed: word.text.replace(/^\//, '') };
  return { ok: true, command: read.value, language: keyword.language };
}
