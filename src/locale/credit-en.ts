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
  holdOn: (customer: string, code: string, reasons: string) =>
    `⛔ ${customer} (${code}) is on credit hold: ${reasons}. Sales and the warehouse: stop supplying until it is lifted.`,
  holdOff: (customer: string, code: string) =>
    `✅ ${customer} (${code}) is off credit hold: within its limit and nothing overdue past the hold age. Supply may resume.`,
  riskCrossed: (customer: string, code: string, risk: string, invoice: string, days: number) =>
    `⚠ ${customer} (${code}) is now ${risk}: its oldest item ${invoice} is ${days} days overdue.`,
};
