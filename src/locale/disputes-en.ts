/** What a dispute message names. */
export interface DisputeFacts {
  customer: string;
  invoice: string;
  owner: string;
  note: string;
}

/** English wording for disputes: opened, colleagues brought in, settled, and the manager told. */
export const disputesEn = {
  opened: (f: DisputeFacts, helpers: string) =>
    `⚑ Dispute on ${f.customer} ${f.invoice}, owned by ${f.owner}: ${f.note}${helpers ? `\nBrought in: ${helpers}` : ''}\nA manager or finance settles it: \`resolve ${f.invoice} pay\` or \`resolve ${f.invoice} credit <amount> <reference>\`.`,
  saved: (helpers: number) =>
    helpers > 0
      ? `dispute recorded; ${helpers} ${helpers === 1 ? 'colleague was' : 'colleagues were'} brought in, in the item's thread.`
      : 'dispute recorded; you own it until a manager or finance settles it. @mention a colleague to bring them in.',
  buttons: { pay: 'Customer will pay', credit: 'Credit note…' },
  creditTitle: 'Settle with a credit note',
  creditIntro: (invoice: string, outstanding: string) =>
    `${invoice}: ${outstanding} outstanding. The credit note's amount lowers it; its number is kept with the dispute.`,
  creditAmount: 'Credit note amount',
  creditReference: 'Credit note number',
  story: {
    title: 'Open disputes:',
    line: (invoice: string, days: number, owner: string, helpers: number, note: string) =>
      `• ${invoice}: open ${days} ${days === 1 ? 'day' : 'days'}, owned by ${owner}${helpers > 0 ? `, ${helpers} helping` : ''}: ${note}`,
  },
  noRights: 'Only a manager of the team or finance can settle a dispute. Nothing was changed.',
  noneOpen: (invoice: string) => `${invoice} has no open dispute. Nothing was changed.`,
  willPay: (f: DisputeFacts, by: string) =>
    `✓ Dispute on ${f.customer} ${f.invoice} settled by ${by}: the customer will pay. Back to the chase, ${f.owner}.`,
  credited: (f: DisputeFacts, by: string, amount: string, reference: string, left: string) =>
    `✓ Dispute on ${f.customer} ${f.invoice} settled by ${by}: credit note ${reference} for ${amount}; ${left} still outstanding. ${f.owner}`,
  resolvedWillPay: (invoice: string) =>
    `dispute on ${invoice} settled: the customer will pay, the item is back in the chase.`,
  resolvedCredit: (invoice: string, amount: string, left: string) =>
    `dispute on ${invoice} settled with a credit note for ${amount}; ${left} still outstanding.`,
  tellManager: (f: DisputeFacts, days: number, amount: string) =>
    `⚑ A dispute has been open ${days} working days: ${f.customer} ${f.invoice} (${amount}), owned by ${f.owner}: ${f.note}\nSettle it with \`resolve ${f.invoice} pay\` or \`resolve ${f.invoice} credit <amount> <reference>\`.`,
};
