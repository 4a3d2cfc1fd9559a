const STATUS: Record<string, string> = {
  active: 'active',
  credit_hold: 'on credit hold',
  legal: 'in legal',
  written_off: 'written off',
};

/** English wording of the `ar` lookup: a customer's money, credit, promises and follow-ups. */
export const lookupsEn = {
  title: (name: string, externalId: string) => `${name} (${externalId})`,
  credit: (rating: string, limit: string, termsDays: number, status: string | null) =>
    `Credit rating ${rating} · limit ${limit} · terms ${termsDays} days${status ? ` · ${STATUS[status] ?? status}` : ''}`,
  nothingOpen: 'Nothing is open.',
  total: 'Total',
  openItems: (count: number) => `**Open items** (${count}, priority order):`,
  andMore: (count: number) => `…and ${count} more`,
  settled: (invoice: string) => `${invoice} is settled: nothing is open on it.`,
  promised: (date: string) => `promised for ${date}`,
  keepingRate: (kept: number, resolved: number) =>
    `**Promises**: ${kept} of ${resolved} kept (${Math.round((kept * 100) / resolved)} %)`,
  noneResolved: '**Promises**: none decided yet',
  noPromises: 'No promises yet.',
  promiseLine: (made: string, amount: string, date: string, invoice: string, status: string) =>
    `${made}: ${amount} by ${date} (${invoice}): ${status}`,
  followUps: '**Last follow-ups**:',
  noFollowUps: 'No follow-ups yet.',
  followUpLine: (date: string, method: string, outcome: string, reason: string, note: string, who: string) =>
    `${date} ${method} (${outcome})${reason ? ` · ${reason}` : ''}${note ? `: ${note}` : ''}${who ? ` · ${who}` : ''}`,
  nextStep: (step: string) => `**Suggested next step**: ${step}`,
};
