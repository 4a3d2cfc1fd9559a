/** The kinds of cover an overdue item can be under, as the collector's part counts them. */
export type CoverKind = 'promise' | 'delay' | 'instalment' | 'on_time' | 'next_action' | 'disputed' | 'claim';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English wording for a collector's morning: the grouped overdue part and what is counted. */
export const morningEn = {
  needsAnswer: (count: number) => `Needs an answer today: ${plural(count, 'item', 'items')}`,
  nothingNeeded: 'Nothing needs an answer today.',
  customerLine: (customer: string, count: number, total: string) =>
    `**${customer}** · ${plural(count, 'invoice', 'invoices')} · **${total}**`,
  covered: {
    promise: (n: number) => `${n} promised`,
    delay: (n: number) => plural(n, 'agreed delay', 'agreed delays'),
    instalment: (n: number) => plural(n, 'repayment plan', 'repayment plans'),
    on_time: (n: number) => `${n} confirmed on time`,
    next_action: (n: number) => plural(n, 'next action ahead', 'next actions ahead'),
    disputed: (n: number) => `${n} disputed`,
    claim: (n: number) => `${n} "paid", awaiting finance`,
  } satisfies Record<CoverKind, (n: number) => string>,
  coveredIntro: 'Under a live commitment, not asked today:',
  coveredTitle: (count: number) => `Under a live commitment: ${plural(count, 'item', 'items')}`,
  noneCovered: 'No item of this list is under a live commitment any more.',
  buttons: {
    customerPromise: 'Customer promise…',
    customerFile: 'Customer file',
    seeCovered: 'See them',
  },
  customerPromiseTitle: 'Customer promise',
  customerPromiseHint: (customer: string, outstanding: string) =>
    `${customer} owes ${outstanding} in all; the promise is kept from all their receipts by the date.`,
  today: {
    title: (date: string) => `Today · ${date}`,
    summary: (count: number) =>
      count > 0
        ? `${plural(count, 'item needs', 'items need')} an answer in today's overdue list.`
        : "Nothing in today's overdue list needs an answer.",
    nextActions: (n: number) => `**Next actions due** (${n})`,
    dueToday: (n: number) => `**Promises and instalments due today** (${n})`,
    delaysEnding: (n: number) => `**Delays ending today** (${n})`,
    disputes: (n: number) => `**Disputes waiting on you** (${n})`,
    disputeAge: (days: number, note: string) => `disputed for ${plural(days, 'day', 'days')}: ${note}`,
    nothing: 'No next action, promise, instalment, delay or dispute is due today.',
  },
};
