/** English wording of hand-overs (交接) and leavers. */
export const handOverEn = {
  managersOnly: 'Only a manager (for their team) or finance can hand items over.',
  noPerson: (handle: string) =>
    `I found nobody called '${handle}' on the roster; nothing was moved. Example: \`reassign @li.lei @wang.fang\``,
  samePerson: 'The person handing over and the person taking over are the same; nothing was moved.',
  successorLeft: (name: string) => `${name} has left; hand the items to someone still on the roster.`,
  otherTeam: (name: string) => `${name} is not in the team whose items these are; nothing was moved.`,
  noCustomer: (text: string) => `'${text}' is none of the team's customers; nothing was moved.`,
  nothingToMove: (name: string) => `${name} has no open items to hand over.`,
  moved: (from: string, to: string, items: number, customers: number, commitments: number) =>
    `Handed over: ${items} open item(s) of ${customers} customer(s) and ${commitments} open commitment(s) from ${from} to ${to}. ${to} got the hand-over summary.`,
  summaryTitle: (from: string, by: string) => `**Hand-over** (交接) from ${from}, by ${by}`,
  summaryCounts: (items: number, customers: number, totals: string) =>
    `You now collect ${items} open item(s) of ${customers} customer(s): ${totals}.`,
  section: (kind: string) =>
    ({
      promise: '**Open promises**',
      instalment: '**Repayment plan instalments**',
      next_action: '**Next actions**',
      delay: '**Agreed delays**',
      dispute: '**Disputes**',
      hold: '**Customers on credit hold**',
    })[kind] ?? kind,
  line: (customer: string, invoice: string | null, date: string | null, amount: string | null) =>
    `• ${customer}${invoice ? ` ${invoice}` : ''}${amount ? ` ${amount}` : ''}${date ? ` · ${date}` : ''}`,
  nothingOpen: 'No open promises, plans, disputes or holds among them.',
  leftUnassigned: (name: string, on: string) =>
    `unassigned: ${name} left on ${on}; a manager reassigns with \`reassign\``,
};
