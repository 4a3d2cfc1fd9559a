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
  historyRisk: (risk: string, invoice: string, days: number) => `became ${risk} (${invoice}, ${days} days)`,
  holdOn: (customer: string, code: string, reasons: string) =>
    `⛔ ${customer} (${code}) is on credit hold: ${reasons}. Sales and the warehouse: stop supplying until it is lifted.`,
  holdOff: (customer: string, code: string) =>
    `✅ ${customer} (${code}) is off credit hold: within its limit and nothing overdue past the hold age. Supply may resume.`,
  riskCrossed: (customer: string, code: string, risk: string, invoice: string, days: number) =>
    `⚠ ${customer} (${code}) is now ${risk}: its oldest item ${invoice} is ${days} days overdue.`,
};
