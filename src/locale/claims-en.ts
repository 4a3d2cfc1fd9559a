/** English wording for "already paid" claims: finance's buttons, their answers, the collector's news. */
export const claimsEn = {
  confirm: 'Confirmed',
  reject: 'Not found',
  noticeHint:
    'Confirmed records a provisional payment until the bank statement is imported; Not found returns the item to the collector.',
  adminOnly: 'Only finance can confirm or reject a payment claim.',
  alreadyDecided: (state: string, who: string) => `This claim was already ${state} by ${who}.`,
  state: (state: string): string =>
    ({ confirmed: 'confirmed', rejected: 'marked not found', pending: 'pending' })[state] ?? state,
  someone: 'someone',
  /** Finance's notice once decided: its buttons gone, who decided what. */
  decidedCard: (customer: string, invoice: string, amount: string, state: string, who: string) =>
    `${customer} ${invoice} ${amount}: the payment claim was ${state} by ${who}.`,
  confirmed: (customer: string, invoice: string, amount: string, outstanding: string) =>
    `Confirmed: ${amount} from ${customer} is recorded against ${invoice} as a provisional payment until the bank statement is imported. Outstanding now ${outstanding}.`,
  confirmedClosed: (customer: string, invoice: string, amount: string) =>
    `Confirmed: ${amount} from ${customer} settles ${invoice}, recorded as a provisional payment until the bank statement is imported.`,
  onRecord: (reference: string) =>
    `Confirmed: the payment with reference ${reference} is already on record, so nothing more was added.`,
  rejected: (customer: string, invoice: string) =>
    `Marked not found: ${customer} ${invoice} is back on the collector's list.`,
  toCollectorConfirmed: (
    who: string,
    customer: string,
    invoice: string,
    amount: string,
    outstanding: string,
  ) =>
    `Finance (${who}) confirmed that ${customer} paid ${amount} for ${invoice}. Outstanding now ${outstanding}.`,
  toCollectorRejected: (who: string, customer: string, invoice: string, amount: string, date: string) =>
    `Finance (${who}) found no payment of ${amount} on ${date} from ${customer} for ${invoice}. The item is back on your list: please follow up with the customer.`,
};
