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
};
