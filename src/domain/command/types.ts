/**
 * The typed commands people give the bot, and the errors the grammar reports.
 */
import type { CommandErrorCode } from '../errors.js';
import type { LocalDate } from '../local-date.js';
import type { FollowUpMethod } from './methods.js';
import type { ReasonCode } from './reasons.js';

/** Every command the grammar knows. */
export type CommandName =
  | 'promise'
  | 'repay'
  | 'followup'
  | 'dispute'
  | 'resolve'
  | 'paid'
  | 'ar'
  | 'overdue'
  | 'plan'
  | 'result'
  | 'leave'
  | 'report'
  | 'setup'
  | 'customer'
  | 'writeoff'
  | 'reassign'
  | 'confirm'
  | 'help';

/** The commands in the order help lists them. */
export const COMMAND_NAMES: readonly CommandName[] = [
  'promise',
  'repay',
  'followup',
  'dispute',
  'resolve',
  'paid',
  'ar',
  'overdue',
  'plan',
  'result',
  'leave',
  'report',
  'setup',
  'customer',
  'writeoff',
  'reassign',
  'confirm',
  'help',
];

/** The arguments an error can point at. */
export type ArgumentName =
  | 'target'
  | 'amount'
  | 'date'
  | 'method'
  | 'outcome'
  | 'reason'
  | 'note'
  | 'next'
  | 'ref'
  | 'bank'
  | 'scope'
  | 'from'
  | 'to'
  | 'delegate'
  | 'predecessor'
  | 'successor'
  | 'kind'
  | 'team'
  | 'status'
  | 'evidence'
  | 'topic';

/** The language of the keyword the user typed, so the reply can answer in kind. */
export type CommandLanguage = 'en' | 'zh';

/** An invoice number or a customer name, as typed; the app decides which it is. */
export interface Target {
  text: string;
  /** Typed in quotes ("Acme Ltd", 「华为」): certainly a customer name, never an invoice number. */
  quoted: boolean;
}

/** A person mentioned in the command (@alice, Slack <@U123>, Lark @_user_1). */
export interface PersonRef {
  /** The name or platform id without the @ and brackets. */
  handle: string;
  /** The token exactly as typed. */
  raw: string;
}

/** An amount argument in minor units, with the text so it can be re-read in another currency. */
export interface AmountArg {
  /** Minor units assuming two decimals (fen, cents). */
  minor: number;
  text: string;
  /** Currency named in the text (¥, $, RMB, 元 …), if any. */
  currency: string | null;
}

/** One instalment of a repayment plan as typed: an amount by a date. */
export interface InstalmentArg {
  amount: AmountArg;
  date: LocalDate;
}

/** Whether the collector reached the customer on a follow-up. */
export type ContactOutcome = 'contacted' | 'no_contact';

/** Whose overdue list to show. */
export type OverdueScope = { kind: 'mine' } | { kind: 'team' } | { kind: 'person'; person: PersonRef };

/** The reports a user can ask for. */
export type ReportKind = 'weekly' | 'aging' | 'kpi' | 'forecast';

/** The collection status finance can give a customer by command. */
export type CustomerStatusWord = 'credit_hold' | 'legal' | 'active';

/** A command read from chat, one variant per command. */
export type Command =
  | { kind: 'promise'; target: Target; amount: AmountArg; date: LocalDate; note: string | null }
  /** A repayment plan (还款计划): up to twelve instalments, dates rising; none typed opens the form. */
  | { kind: 'repay'; target: Target; instalments: InstalmentArg[]; note: string | null }
  | {
      kind: 'followup';
      target: Target;
      method: FollowUpMethod;
      outcome: ContactOutcome;
      reason: ReasonCode | null;
      note: string | null;
      nextDate: LocalDate | null;
    }
  /** A disputed invoice; colleagues @mentioned in the note are brought in to help. */
  | { kind: 'dispute'; target: Target; note: string; helpers: PersonRef[] }
  /** A manager or finance settles a dispute: the customer will pay, or a credit note for an amount. */
  | {
      kind: 'resolve';
      target: Target;
      resolution: { kind: 'will_pay' } | { kind: 'credit_note'; amount: AmountArg; reference: string };
      note: string | null;
    }
  | {
      kind: 'paid';
      target: Target;
      amount: AmountArg;
      date: LocalDate;
      ref: string | null;
      bank: string | null;
      note: string | null;
    }
  | { kind: 'ar'; target: Target }
  | { kind: 'overdue'; scope: OverdueScope }
  | { kind: 'plan' }
  | { kind: 'result' }
  | {
      kind: 'leave';
      from: LocalDate;
      to: LocalDate;
      delegate: PersonRef | null;
      /** Who is away when it is not the person typing (managers and finance only). */
      person?: PersonRef;
    }
  | {
      kind: 'report';
      report: ReportKind;
      /** The period as typed (2026-W47, 2026-11); the app reads it against today and the kind. */
      period: string | null;
      /** A team code or name, for finance asking outside a team's chat. */
      team: string | null;
    }
  | { kind: 'setup'; team: string; purpose?: undefined }
  /** A report chat: of one team, or (team null) of every team. */
  | { kind: 'setup'; team: string | null; purpose: 'reports' }
  | { kind: 'customer'; target: Target; status: CustomerStatusWord }
  /** A write-off proposal; a null amount writes off the whole outstanding. */
  | { kind: 'writeoff'; target: Target; amount: AmountArg | null; reason: string; evidence: string }
  /** A hand-over (交接): the items of `from` (all, or of the named customers) go to `to`. */
  | { kind: 'reassign'; from: PersonRef; to: PersonRef; customers: Target[] }
  /** A balance confirmation (对账函) to send, or (with `reply`) the customer's answer to the last one. */
  | {
      kind: 'confirm';
      target: Target;
      reply: { kind: 'confirmed' | 'disputed'; amount: AmountArg | null; on: LocalDate } | null;
    }
  | { kind: 'help'; topic: CommandName | null };

/** What the locale catalogue needs to word an error: which command, which argument, what was typed. */
export interface CommandErrorParams {
  command?: CommandName;
  /** The command word exactly as the person typed it (跟进, followup), to name it back to them. */
  typed?: string;
  argument?: ArgumentName;
  /** The offending text exactly as typed (the unknown word, the bad amount …). */
  token?: string;
  /** The date the text probably meant (next year's, for a month-day that has just passed). */
  suggestion?: string;
  /** The most a value may be (characters of a command). */
  limit?: number;
}

/** A grammar error: a stable code and its parameters. */
export interface CommandError {
  code: CommandErrorCode;
  params: CommandErrorParams;
}

/** The result of reading a command. */
export type ParseCommandResult =
  | { ok: true; command: Command; language: CommandLanguage }
  | {
      ok: false;
      error: CommandError;
      language: CommandLanguage | null;
      /** The command word as typed, when the command was recognised. */
      typed?: string;
    };

/** What reading a command needs to know. */
export interface ParseCommandOptions {
  /** Today in the team's timezone, for relative dates. */
  today: LocalDate;
}
