const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English wording for the promise lifecycle, three-strikes escalation and customers in legal. */
export const promisesEn = {
  broken: (who: string, customer: string, invoice: string, amount: string, date: string, received: string) =>
    `⚠ Promise broken: ${who}, ${customer} ${invoice} promised ${amount} by ${date}; ${received} arrived.`,
  brokenInARow: (customer: string, count: number) =>
    count === 1
      ? `${customer} has broken 1 promise in a row.`
      : `${customer} has broken ${count} promises in a row.`,
  escalatedTitle: (customer: string, step: string) => `Escalated: ${customer} moves up to ${step}`,
  escalatedFrom: (from: string, to: string) => `Step: ${from} → ${to}`,
  reason: {
    broken_promises: (count: number) => `${plural(count, 'promise', 'promises')} broken in a row`,
    failed_contacts: (count: number) =>
      `${plural(count, 'contact attempt', 'contact attempts')} in a row without reaching them`,
  },
  collector: (who: string) => `Collector: ${who}`,
  history: 'What led here:',
  historyPromise: (date: string, invoice: string, amount: string, promisedOn: string, status: string) =>
    `${date} · ${invoice}: promised ${amount} by ${promisedOn} (${status})`,
  historyFollowUp: (date: string, invoice: string, method: string, outcome: string, note: string) =>
    `${date} · ${invoice}: ${method}, ${outcome}${note ? `: ${note}` : ''}`,
  legalTitle: (count: number) =>
    `In legal proceedings (${plural(count, 'customer', 'customers')}): not chased here`,
  legalLine: (customer: string, items: number, amount: string) =>
    `${customer} · ${plural(items, 'item', 'items')} · ${amount}`,
};
