/** English wording of balance confirmations (对账函 / 询证函) and the customers' replies. */
export const balanceEn = {
  notAllowed:
    "Only the customer's collector, a manager of the team, or finance can send or record a balance confirmation.",
  noCustomer: (text: string) => `'${text}' is none of this team's customers. Example: \`confirm C001\``,
  nothingOpen: (customer: string) => `${customer} owes nothing: there is no balance to confirm.`,
  sent: (customer: string, asOf: string, total: string) =>
    `Done: the balance confirmation of ${customer} as of ${asOf} (${total}) is in the team chat. When the customer replies, record it with \`confirm <customer> confirmed\` or \`confirm <customer> disputed <their amount>\`.`,
  noneWaiting: (customer: string) =>
    `No balance confirmation of ${customer} is waiting for a reply; send one first with \`confirm <customer>\`.`,
  beforeSent: (date: string, asOf: string) =>
    `The reply date ${date} is before the confirmation was sent (${asOf}).`,
  recordedConfirmed: (customer: string, on: string, total: string) =>
    `Recorded: on ${on} ${customer} confirmed the balance of ${total}.`,
  recordedDisputed: (customer: string, on: string, theirs: string, ours: string) =>
    `Recorded: on ${on} ${customer} disputed the balance: they show ${theirs}, we show ${ours}.`,
  fileLine: (asOf: string, total: string, reply: string) =>
    `**Balance confirmation**: as of ${asOf}, ${total} — ${reply}`,
  awaiting: 'awaiting the reply',
  interestLine: (rate: string, basis: string, date: string, amount: string) =>
    `**Overdue interest** (${rate}% ${basis === 'daily' ? 'a day' : 'a year'}, to ${date}): ${amount}`,
  historySent: (asOf: string) => `balance confirmation sent, as of ${asOf}`,
  historyReply: (asOf: string, reply: string) => `reply to the balance confirmation of ${asOf}: ${reply}`,
  confirmedOn: (on: string) => `confirmed on ${on}`,
  disputedOn: (on: string, theirs: string) => `disputed on ${on}: they show ${theirs}`,
};
