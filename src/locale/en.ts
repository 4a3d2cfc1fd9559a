import type { AgingBucket } from '../domain/aging.js';
import type { LadderStep } from '../domain/ladder.js';
import type { RiskClass } from '../domain/risk.js';
import { balanceEn } from './balance-en.js';
import { claimsEn } from './claims-en.js';
import { commandsEn } from './commands-en.js';
import { commitmentsEn } from './commitments-en.js';
import { creditEn } from './credit-en.js';
import { customersEn } from './customers-en.js';
import { disputesEn } from './disputes-en.js';
import { handOverEn } from './hand-over-en.js';
import { importsEn } from './imports-en.js';
import { lettersEn } from './letters-en.js';
import { lookupsEn } from './lookups-en.js';
import { morningEn } from './morning-en.js';
import { promisesEn } from './promises-en.js';
import { repaymentEn } from './repayment-en.js';
import { reportsEn } from './reports-en.js';
import { reviewEn } from './review-en.js';
import { riskSignalEn } from './risk-signal-en.js';
import { sandboxEn } from './sandbox-en.js';
import { weeklyEn } from './weekly-en.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English wording of everything Duebot says. */
export const en = {
  weekday: (day: number) => WEEKDAYS[day] ?? '',
  dayKind: (working: boolean): string => (working ? 'working day' : 'non-working day'),
  preDue: (days: number) => `Pre-due (next ${days} days)`,
  overdueTotal: 'Overdue',
  nothingOpen: 'nothing open',
  items: (count: number) => plural(count, 'item', 'items'),
  bucket: (bucket: AgingBucket): string =>
    ({
      not_due: 'not due',
      d1_30: '1–30 days',
      d31_60: '31–60 days',
      d61_90: '61–90 days',
      d91_180: '91–180 days',
      d181_365: '181–365 days',
      over_365: 'over 365 days',
    })[bucket],
  risk: (risk: RiskClass): string =>
    ({
      not_due: 'not due',
      in_collection: 'in collection',
      doubtful: 'doubtful',
      bad: 'bad debt',
      dead: 'dead debt',
    })[risk],
  step: (step: LadderStep): string =>
    ({
      pre_due_reminder: 'pre-due reminder',
      contact: 'phone / IM / e-mail',
      formal_letter: 'formal collection letter',
      lawyer_letter: "lawyer's letter, legal review",
      litigation: 'task force: litigation or agency',
    })[step],

  lists: {
    overdueTitle: (team: string, date: string) => `Overdue list · ${team} · ${date}`,
    overdueIntro: (count: number) =>
      `${plural(count, 'item is', 'items are')} overdue. Each collector: answer every item by the deadline with a promise, a follow-up, a dispute or "already paid". The full list is attached.`,
    predueTitle: (team: string, date: string) => `Pre-due warnings · ${team} · ${date}`,
    predueIntro: (count: number, days: number) =>
      `${plural(count, 'item falls', 'items fall')} due within ${days} days. Confirm "on time" or ask for a delay.`,
    nothingOverdue: 'Nothing is overdue today.',
    nothingPreDue: 'Nothing falls due in the warning window.',
    collectorHeader: (who: string, count: number, amount: string) =>
      `${who} · ${plural(count, 'item', 'items')} · ${amount}`,
    unassigned: 'Unassigned',
    columnBucket: 'Aging',
    columnItems: 'Items',
    columnAmount: 'Outstanding',
    /** Column headers of the overdue workbook's collector sheets. */
    workbookColumns: {
      customer: 'Customer',
      invoice: 'Invoice',
      contract: 'Contract',
      currency: 'Currency',
      outstanding: 'Outstanding',
      due: 'Due',
      daysOverdue: 'Days overdue',
      aging: 'Aging',
      risk: 'Risk',
      hold: 'Credit hold',
      lastPromise: 'Last promise',
      nextStep: 'Next step',
    },
    daysOverdue: (n: number) => `${plural(n, 'day', 'days')} overdue`,
    dueIn: (n: number) => (n === 0 ? 'due today' : `due in ${plural(n, 'day', 'days')}`),
    firm: (days: number) =>
      `Due within ${plural(days, 'day', 'days')}: confirm the payment with the customer today.`,
    cooperative: 'Due soon: a friendly reminder to the customer is due.',
    retention: 'retention money',
    disputed: '⚠ disputed',
    claimPending: 'customer says paid: awaiting finance',
    promisedUntil: (date: string) => `promised for ${date}`,
    lastPromise: (amount: string, date: string, status: string) =>
      `last promise ${amount} for ${date} (${status})`,
    lastFollowUp: (method: string, date: string, note: string) =>
      `last follow-up ${date} ${method}${note ? `: ${note}` : ''}`,
    /** Entries of an item's history that are not contact methods. */
    recordKind: (code: string): string | undefined =>
      (({ dispute: 'dispute', note: 'note' }) as Record<string, string>)[code],
    nextStep: (step: string) => `next: ${step}`,
    answered: (who: string, time: string, what: string) => `✓ ${who} ${time}: ${what}`,
    workbookName: (team: string, date: string) => `overdue-${team}-${date}.xlsx`,
    workbookTitle: (date: string) => `Full overdue list ${date}`,
    itemClosed: '✓ settled',
    summarySheet: 'Summary',
  },
  buttons: {
    promise: 'Promise…',
    followUp: 'Follow-up…',
    dispute: 'Dispute…',
    paid: 'Already paid…',
    onTime: 'On time',
    delay: 'Delay…',
    approve: 'Approve',
    reject: 'Reject',
  },
  promiseStatus: (status: string): string =>
    ({ open: 'open', kept: 'kept', partially_kept: 'partly kept', broken: 'broken', cancelled: 'cancelled' })[
      status
    ] ?? status,
  outcome: { contacted: 'Reached them', no_contact: 'Could not reach them' },
  forms: {
    promiseTitle: 'Log a promise to pay',
    followUpTitle: 'Log a follow-up',
    disputeTitle: 'Record a dispute',
    paidTitle: 'Customer says already paid',
    delayTitle: 'Ask for a later date',
    submit: 'Save',
    itemIntro: (customer: string, invoice: string, outstanding: string, due: string) =>
      `${customer} · ${invoice} · ${outstanding} outstanding · due ${due}`,
    amount: 'Amount',
    amountHint: 'e.g. 50000, 50,000.00, 3k',
    promisedDate: 'Promised date',
    dateHint: 'e.g. 2026-12-01, 12/1, tomorrow, fri, next fri, +3d',
    note: 'Note',
    method: 'How',
    outcome: 'Result',
    reason: 'Reason for not paying',
    nextAction: 'Next follow-up on',
    paidDate: 'Paid on',
    bank: 'Bank',
    reference: 'Bank reference',
    newDate: 'New expected date',
  },
  errors: {
    amount: (input: string) => `I couldn't read '${input}' as an amount: try 50000 or 50,000.00.`,
    amountCurrency: (currency: string) => `This item is in ${currency}: give the amount in ${currency}.`,
    delayNotLater: (due: string) => `The new date must be after the due date ${due}.`,
    amountZero: 'The amount must be more than zero.',
    amountTooPrecise: (input: string) => `'${input}' has more decimals than the currency allows.`,
    amountTooLarge: (input: string) => `'${input}' is larger than any amount Duebot can keep exactly.`,
    amountOverOutstanding: (balance: string) => `That is more than the ${balance} still outstanding.`,
    date: (input: string) => `I couldn't read '${input}' as a date: try 2026-12-01, 12/1 or next fri.`,
    dateNonexistent: (input: string) => `'${input}' is not a real date.`,
    dateInPast: (date: string) => `${date} is in the past: a promise needs today or a later date.`,
    datePassed: (input: string, nextYear: string) =>
      `${input} has passed — write ${nextYear} if you mean next year.`,
    dateInFuture: (date: string) => `${date} is in the future: a payment cannot have been made then.`,
    required: 'Please fill this in.',
    choose: 'Please choose one.',
    notInRoster: "I don't know you yet: ask finance to add your e-mail to the roster.",
    notAllowed: 'Only the collector of this item, their manager or finance can answer it.',
    managerOnly: "Only the collector's manager or finance can decide on this.",
    itemChanged: (why: string) => `This item changed since the list was posted: ${why}. Nothing was saved.`,
    itemPaid: 'it has been paid',
    itemReassigned: (who: string) => `it is now with ${who}`,
    itemGone: 'it no longer exists',
    alreadyDecided: 'This request was already decided.',
    unknownAction: 'That button is no longer in use.',
    internal: 'Something went wrong on our side; nothing was saved. Please try again.',
  },
  done: {
    promised: (amount: string, date: string) => `promised ${amount} for ${date}`,
    followedUp: (method: string, outcome: string) => `followed up by ${method} (${outcome})`,
    disputed: (reason: string) => `disputed: ${reason}`,
    claimedPaid: (amount: string, date: string) =>
      `customer says ${amount} was paid on ${date}; finance will confirm`,
    onTime: 'will pay on time',
    delayAccepted: (date: string) => `delayed to ${date}`,
    delayPending: (date: string) => `asked to delay to ${date}: waiting for the manager`,
    delayApproved: (date: string, who: string) => `delay to ${date} approved by ${who}`,
    delayRejected: (date: string, who: string) =>
      `delay to ${date} rejected by ${who}: the original due date stands`,
    saved: 'Saved.',
    /** A confirmation naming the item and what was saved about it. */
    savedOn: (customer: string, invoice: string, what: string) =>
      `Saved for ${customer} · ${invoice}: ${what}.`,
    nextOn: (date: string) => `, next follow-up ${date}`,
    already: (answer: string) =>
      `Already saved: this was sent twice and is not recorded again. The first time: ${answer}`,
  },
  approvals: {
    request: (
      who: string,
      customer: string,
      invoice: string,
      amount: string,
      due: string,
      date: string,
      limit: string,
      reason: string,
    ) =>
      `${who} asks to move ${customer} ${invoice} (${amount}, due ${due}) to ${date}, beyond the ${limit} limit. Reason: ${reason}`,
    /** An approval card once decided: what it was about and who decided what. */
    decidedCard: (customer: string, invoice: string, decision: string) =>
      `${customer} ${invoice}: ${decision}`,
    decided: (decision: string, who: string) => `${decision} by ${who}.`,
  },
  deadline: {
    title: (time: string, date: string) => `${time} check · ${date}`,
    waiting: (who: string, count: number) =>
      `${who}: ${plural(count, 'item', 'items')} still without an answer today`,
    allAnswered: 'Every overdue item has an answer today. ✓',
    managerSummary: (date: string) => `Not answered by the deadline on ${date}:`,
    managerLine: (who: string, count: number) => `${who}: ${plural(count, 'item', 'items')}`,
  },
  commands: commandsEn,
  credit: creditEn,
  review: reviewEn,
  balance: balanceEn,
  riskSignal: riskSignalEn,
  handOver: handOverEn,
  lookups: lookupsEn,
  claims: claimsEn,
  customers: customersEn,
  imports: importsEn,
  letters: lettersEn,
  promises: promisesEn,
  commitments: commitmentsEn,
  morning: morningEn,
  repayment: repaymentEn,
  disputes: disputesEn,
  reports: reportsEn,
  sandbox: sandboxEn,
  weekly: weeklyEn,
  paidClaimNotice: (
    who: string,
    customer: string,
    invoice: string,
    amount: string,
    date: string,
    ref: string,
    bank: string,
  ) =>
    `${who} reports that ${customer} paid ${amount} on ${date} for ${invoice}${bank ? ` into ${bank}` : ''}${ref ? ` (ref ${ref})` : ''}. Please check the bank statement.`,
};
