import { COMMAND_NAMES, type CommandName } from '../domain/command/types.js';
import type { CommandErrorCode } from '../domain/errors.js';

const EXAMPLES: Record<string, string> = {
  promise: '`promise INV-1042 50000 12/1 finance scheduled it`',
  repay: '`repay INV-1042 30000 12/15 30000 1/15 40000 2/15 agreed with their CFO`',
  followup: '`followup INV-1042 phone waiting for their approval next mon`',
  dispute: '`dispute INV-1042 two pallets arrived damaged @li.lei`',
  resolve: '`resolve INV-1042 pay` or `resolve INV-1042 credit 5000 CN-2026-118`',
  paid: '`paid INV-1042 50000 11/20 ref 2026112012345`',
  ar: '`ar INV-1042` or `ar "Pacific Logistics"`',
  overdue: '`overdue mine`, `overdue team`',
  plan: '`plan`',
  result: '`result`',
  leave: '`leave 12/1 12/5 delegate @wang.fang`',
  report: '`report weekly 2026-W47`, `report aging 2026-11`, `report kpi`, `report forecast`',
  setup: '`setup east`, `setup east reports`, `setup all reports`',
  customer: '`customer C001 hold`, `customer "Pacific Logistics" legal`, `customer C001 active`',
  writeoff: '`writeoff INV-1042 all customer bankrupt evidence court notice (2026) 12`',
  reassign: '`reassign @li.lei @wang.fang` or `reassign @li.lei @wang.fang C001 "Pacific Logistics"`',
  confirm: '`confirm C001`, `confirm C001 confirmed 11/28`, `confirm C001 disputed 48000 11/28`',
  help: '`help promise`',
};

const HELP_ON: Record<string, string> = {
  promise: '`promise <invoice or customer> <amount> <date> [note]`: the customer promised to pay.',
  repay:
    '`repay <invoice or customer> <amount> <date> [<amount> <date> …] [note]`: a repayment plan of up to 12 instalments, dates rising, not above the outstanding; the repayment agreement (.docx) follows in the thread.',
  followup:
    '`followup <invoice or customer> <method> [no_contact] [reason <code>] <note> [next <date>]`: how you chased them.',
  dispute:
    '`dispute <invoice> <note> [@colleague …]`: the customer disputes the invoice; you own the dispute and the colleagues you @mention are brought in.',
  resolve:
    '`resolve <invoice> pay [note]` or `resolve <invoice> credit <amount> <reference> [note]`: a manager or finance settles a dispute: the customer will pay (back to the chase), or a credit note lowers the outstanding.',
  paid: '`paid <invoice> <amount> <date> [ref <bank ref>] [bank <bank>]`: the customer says they paid; finance checks.',
  ar: "`ar <customer or invoice>`: the customer's balance by aging, credit, promises, follow-ups and next step.",
  overdue: '`overdue [mine | team | @person]`: overdue items in priority order.',
  setup:
    "`setup <team> [reports]`: makes this chat the team's collection chat, or with `reports` its report chat; `setup all reports` makes it every team's report chat (finance admins only).",
  report:
    '`report [weekly | aging | kpi | forecast] [2026-W47 | 2026-11]`: the weekly overdue report, the monthly aging analysis, collector KPIs or the cash forecast, privately; managers and finance can post it to the chat.',
  customer:
    '`customer <customer> hold | legal | active`: credit hold, hand to legal, or back to normal collection (finance admins only).',
  writeoff:
    '`writeoff <invoice> <amount | all> <reason> evidence <reference>`: finance proposes writing off (核销) an item or part of it; a second person with finance or manager rights approves.',
  plan: "`plan`: opens this week's collection plan form (the Monday check-in).",
  result: "`result`: opens this week's results form (the Friday check-in).",
  leave:
    '`leave <from> [to] <to> [delegate @person]`: no prompts while you are away and the delegate covers your items; managers and finance record one for someone else with `leave @person …`.',
  reassign:
    "`reassign @from @to [customer …]`: a manager hands a collector's items (all, or the named customers') and their open commitments to a successor, who gets a hand-over summary.",
  confirm:
    '`confirm <customer> [confirmed [date] | disputed <their amount> [date]]`: without a reply, writes the balance confirmation (对账函) of every open item with a reply slip into the team chat; with one, records what the customer answered and when.',
  help: '`help [command]`: what I understand.',
};

const ARGUMENTS: Record<string, string> = {
  target: 'an invoice number or a customer',
  amount: 'an amount',
  date: 'a date',
  method: 'how you followed up (phone, wechat, email, sms, visit, letter, lawyer_letter)',
  note: 'a note',
  scope: 'mine, team or @person',
  from: 'a first day',
  to: 'a last day',
  team: 'a team',
  status: 'a status: hold, legal or active',
  reason: 'a reason',
  outcome: 'how it is settled: pay or credit',
  ref: 'a reference (the credit note number)',
  evidence: 'evidence after the word evidence (court ruling, bankruptcy notice, agreement)',
  predecessor: 'the person handing over, as @name',
  successor: 'the person taking over, as @name',
};

/** One line of `help` per command; every command has one. */
const SUMMARIES: Record<CommandName, string> = {
  promise: 'a promise to pay',
  repay: 'a repayment plan in instalments',
  followup: 'a follow-up',
  dispute: 'a disputed invoice',
  resolve: 'settle a dispute (managers, finance)',
  paid: 'the customer says they paid',
  ar: "a customer's balance, promises and follow-ups",
  overdue: 'overdue items',
  plan: "this week's collection plan (Monday's check-in form)",
  result: "this week's results (Friday's check-in form)",
  leave: 'time away; no prompts meanwhile and a colleague covers your items',
  report: 'reports and KPIs',
  setup: 'bind this chat to a team (finance admins)',
  customer: 'credit hold, legal or back to normal (finance admins)',
  writeoff: 'propose a write-off (finance; a second person approves)',
  reassign: "hand a collector's items to a successor (managers)",
  confirm: "a balance confirmation (对账函) and the customer's reply",
  help: 'this list; `help promise` explains one command',
};

/** English wording for commands: examples, help and every grammar error. */
export const commandsEn = {
  example: (command: string) => EXAMPLES[command] ?? EXAMPLES.help ?? '',
  help: [
    '**What I understand** (in English or 中文):',
    ...COMMAND_NAMES.map((c) =>
      c === 'help' ? `• help: ${SUMMARIES.help}` : `• ${c}: ${SUMMARIES[c]}, ${EXAMPLES[c]}`,
    ),
    'Amounts: 50000, 50,000.00, 3k, $50,000. Dates: 2026-12-01, 12/1, tomorrow, fri, next fri, +3d.',
  ].join('\n'),
  helpOn: (command: string) => {
    const example = EXAMPLES[command];
    return `${HELP_ON[command] ?? `\`${command}\``}${example ? `\nExample: ${example}` : ''}`;
  },
  error: (
    code: CommandErrorCode,
    p: {
      command?: string;
      typed?: string;
      argument?: string;
      token?: string;
      suggestion?: string;
      limit?: number;
    },
  ): string => {
    const token = p.token ?? '';
    const example = p.command ? ` Example: ${EXAMPLES[p.command] ?? ''}` : '';
    switch (code) {
      case 'command_empty':
        return `Type a command, e.g. ${EXAMPLES.promise}. \`help\` lists them all.`;
      case 'command_unknown':
        return `I don't know the command '${token}'. \`help\` lists what I understand.`;
      case 'argument_missing':
        return `\`${p.typed ?? p.command}\` needs ${ARGUMENTS[p.argument ?? ''] ?? p.argument}.${example}`;
      case 'argument_unexpected':
        return `I didn't expect '${token}' there.${example}`;
      case 'command_too_long':
        return `That message is too long to be a command: ${Number(token).toLocaleString('en')} characters, a command has at most ${(p.limit ?? 0).toLocaleString('en')}. Example: ${EXAMPLES.promise}`;
      case 'quote_unclosed':
        return `A quote is not closed: ${token}`;
      case 'method_unknown':
        return `'${token}' is not a follow-up method: use phone, wechat, email, sms, visit, letter or lawyer_letter.${example}`;
      case 'reason_unknown':
        return `'${token}' is not a reason I know: funds_tight, quality_dispute, awaiting_downstream, invoice_not_received, approval_in_progress, reorganisation, claims_paid, deliberate_delay, other.`;
      case 'scope_invalid':
        return `'${token}' is not something I can list: use mine, team or @person.`;
      case 'plan_too_many':
        return `A repayment plan has at most 12 instalments; '${token}' would be the 13th.${example}`;
      case 'plan_dates_not_rising':
        return `'${token}' is not after the instalment before it: each instalment falls due after the last.${example}`;
      case 'resolution_unknown':
        return `'${token}' is not how a dispute is settled: use pay (the customer will pay) or credit <amount> <reference>.${example}`;
      case 'status_unknown':
        return `'${token}' is not a customer status: use hold, legal or active.${example}`;
      case 'report_kind_unknown':
        return `'${token}' is not a report: weekly, aging, kpi or forecast.${example}`;
      case 'mention_expected':
        return `'${token}' should be a person, written as @name.${example}`;
      case 'leave_range_inverted':
        return `The last day of leave comes before the first.${example}`;
      case 'date_in_past':
        return `'${token}' is in the past: a promise needs today or a later date.${example}`;
      case 'date_in_future':
        return `'${token}' is in the future: a payment cannot have been made then.${example}`;
      case 'amount_zero':
        return `The amount must be more than zero.${example}`;
      case 'amount_negative':
        return `'${token}' is negative: give the amount without a minus sign.${example}`;
      case 'amount_too_precise':
        return `'${token}' has more decimals than the currency allows.${example}`;
      case 'amount_too_large':
        return `'${token}' is larger than any amount Duebot can keep exactly.${example}`;
      case 'amount_empty':
      case 'amount_invalid':
        return `I couldn't read '${token}' as an amount: try 50000 or 50,000.00.${example}`;
      case 'date_nonexistent':
        return `'${token}' is not a real date.${example}`;
      case 'date_passed':
        return `${token} has passed — write ${p.suggestion ?? ''} if you mean next year.${example}`;
      default:
        return `I couldn't read '${token}' as a date: try 2026-12-01, 12/1 or next fri.${example}`;
    }
  },
  whichItem: (target: string, count: number) => `'${target}' matches ${count} open items. Which one?`,
  whichCustomer: (target: string, count: number) => `'${target}' matches ${count} customers. Which one?`,
  itemChoice: (invoice: string, customer: string, amount: string, due: string) =>
    `${invoice} · ${customer} · ${amount} · due ${due}`,
  andMore: (count: number) => `…and ${count} more`,
  nameTheInvoice: 'Type the command again with the invoice number or the full customer name.',
  pickGone: 'That choice is no longer open to you: nothing was saved. Type the command again.',
  noMatch: (target: string) =>
    `I found no open item for '${target}' that you can answer. Check the invoice number or customer name.`,
  noCustomer: (target: string) => `I found no customer or invoice '${target}' that you can look up.`,
  noPerson: (who: string) => `I don't know ${who}: use their name or e-mail as on the roster.`,
  settled: (invoice: string) => `${invoice} is already settled: nothing was saved.`,
  notYours: (invoice: string) =>
    `${invoice} is not yours to answer: only its collector, their manager or finance can. Nothing was saved.`,
  setupAdminOnly: 'Only finance admins can bind a chat to a team.',
  setupNeedsChat: 'Type `setup <team>` in the group chat you want to bind.',
  setupNoTeam: (team: string, codes: string[]) => `There is no team '${team}'. Teams: ${codes.join(', ')}.`,
  setupAlready: (team: string) => `This chat is already the collection chat of ${team}.`,
  setupMoved: (from: string, to: string) => `✓ This chat moved from ${from} to ${to}.`,
  setupBound: (team: string) => `✓ This chat is now the collection chat of ${team}.`,
  setupPeople: (found: number, missing: readonly string[]) =>
    [
      found > 0 ? `Found ${found} more people of the team here by their e-mail.` : '',
      missing.length > 0
        ? `Not found by e-mail: ${missing.join(', ')}. They are recognised when they first write to me; or correct their e-mail in the roster and run setup again.`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  allTeams: 'All teams',
  listHeader: (who: string, count: number) => `${who}: ${count} overdue ${count === 1 ? 'item' : 'items'}`,
};
