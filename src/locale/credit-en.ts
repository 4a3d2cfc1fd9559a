/** English wording of credit control: holds, exposure, the customer file. */
export const creditEn = {
  hold: (reasons: string) => `⛔ credit hold: ${reasons}`,
  overLimit: (amount: string) => `over limit by ${amount}`,
  aged: (invoice: string, days: number) => `${invoice} ${days} days overdue`,
  manual: (by: string | null, on: string | null) =>
    `set by ${by ?? 'finance'}${on ? ` on ${on.slice(5)}` : ''}`,
  exposure: (exposure: string, limit: string) => `exposure ${exposure} of limit ${limit}`,
  noLimit: (exposure: string) => `exposure ${exposure}, no limit set`,
  separator: '; ',
  contactsTitle: '**Contacts**:',
  noContacts: 'No contact on file.',
  contactRole: (role: string) =>
    ({
      decision_maker: 'decision-maker',
      finance: 'finance contact',
      purchasing: 'purchasing',
      legal: 'legal',
      other: 'contact',
    })[role] ?? role,
  contactLine: (name: string, role: string, phone: string | null, email: string | null) =>
    `${name} (${role})${phone ? ` · ☎ ${phone}` : ''}${email ? ` · ${email}` : ''}`,
  paymentsTitle: (daysLate: number | null) =>
    daysLate === null
      ? '**Payment history**: nothing received in the last 12 months'
      : `**Payment history**: on average ${daysLate} days late over the last 12 months`,
  receiptLine: (date: string, amount: string) => `${date} received ${amount}`,
  historyTitle: '**Credit history**:',
  historyLine: (date: string, text: string, who: string | null) => `${date} ${text}${who ? ` · ${who}` : ''}`,
  historyHoldOn: (reasons: string) => `put on hold: ${reasons}`,
  historyHoldOff: 'taken off hold',
  historyWriteOff: (invoice: string, amount: string, reason: string) =>
    `wrote off ${amount} of ${invoice}: ${reason}`,
  writeOffFinanceOnly:
    'Only finance can propose a write-off; a second person with finance or manager rights approves it.',
  writeOffNoItem: (invoice: string) =>
    `I found no open item '${invoice}'. Example: \`writeoff INV-1042 all bankruptcy evidence court notice (2026) 12\``,
  writeOffTooMuch: (amount: string, invoice: string, outstanding: string) =>
    `${amount} is more than ${invoice} still owes (${outstanding}); nothing was proposed.`,
  writeOffPending: (invoice: string) =>
    `A write-off of ${invoice} already waits for approval; nothing new was proposed.`,
  writeOffProposed: (invoice: string, amount: string) =>
    `Proposed: write off ${amount} of ${invoice}. A second person with finance or manager rights must approve it.`,
  writeOffCard: (
    by: string,
    customer: string,
    invoice: string,
    amount: string,
    reason: string,
    evidence: string,
  ) =>
    `**Write-off to approve** (核销): ${by} proposes writing off ${amount} of ${customer} ${invoice}.\nReason: ${reason}\nEvidence: ${evidence}`,
  approve: 'Approve',
  reject: 'Reject',
  writeOffGone: 'That write-off no longer exists.',
  writeOffNoRights: 'Only finance, or a manager of the team, can decide a write-off.',
  writeOffSecondPerson: 'You proposed this write-off: a second person must approve it.',
  writeOffStatus: (status: string) =>
    ({ approved: 'approved', rejected: 'rejected', proposed: 'waiting' })[status] ?? status,
  writeOffDecided: (invoice: string, status: string) => `The write-off of ${invoice} was already ${status}.`,
  writeOffNothingOwed: (invoice: string) => `${invoice} is paid: there is nothing left to write off.`,
  writeOffApproved: (invoice: string, amount: string) =>
    `Approved: ${amount} of ${invoice} written off (死账). It leaves the chase and shows in the monthly write-offs.`,
  writeOffsTitle: (month: string) => `Write-offs (核销) approved in ${month}`,
  writeOffsNone: 'No write-off was approved this month.',
  writeOffsColumns: {
    on: 'Approved',
    customer: 'Customer',
    invoice: 'Invoice',
    amount: 'Written off',
    reason: 'Reason',
    evidence: 'Evidence',
    people: 'Proposed / approved by',
  },
  writeOffsPeople: (proposer: string, approver: string) => `${proposer} / ${approver}`,
  writeOffsTotal: (currency: string) => `Total ${currency}`,
  writeOffsSheet: 'Write-offs',
  mismatchTitle: 'Terms or limits above the rating policy',
  mismatchColumns: { customer: 'Customer', rating: 'Rating', flags: 'Above the policy' },
  mismatchSheet: 'Rating policy',
  writeOffDecidedCard: (customer: string, invoice: string, amount: string, decision: string, who: string) =>
    `**Write-off** (核销) of ${amount} of ${customer} ${invoice}: ${decision} by ${who}.`,
  writeOffRejected: (invoice: string) => `Rejected: ${invoice} stays in collection.`,
  termsAbovePolicy: (terms: number, rating: string, max: number) =>
    `⚠ terms of ${terms} days exceed the ${max} days rating ${rating} allows`,
  limitAbovePolicy: (limit: string, rating: string, max: string) =>
    `⚠ limit ${limit} exceeds the ${max} rating ${rating} allows`,
  historyRisk: (risk: string, invoice: string, days: number) => `became ${risk} (${invoice}, ${days} days)`,
  holdOn: (customer: string, code: string, reasons: string) =>
    `⛔ ${customer} (${code}) is on credit hold: ${reasons}. Sales and the warehouse: stop supplying until it is lifted.`,
  holdOff: (customer: string, code: string) =>
    `✅ ${customer} (${code}) is off credit hold: within its limit and nothing overdue past the hold age. Supply may resume.`,
  riskCrossed: (customer: string, code: string, risk: string, invoice: string, days: number) =>
    `⚠ ${customer} (${code}) is now ${risk}: its oldest item ${invoice} is ${days} days overdue.`,
};
