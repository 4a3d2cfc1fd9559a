/** What a settled commitment announcement names. */
export interface SettledFacts {
  who: string;
  customer: string;
  invoice: string;
  amount: string;
  date: string;
  received: string;
  missing: string;
  instalment: number;
}

type Kinds = 'promise' | 'instalment' | 'on_time' | 'delay';

/** English wording for commitments: broken and partly kept ones, live ones on the lists. */
export const commitmentsEn = {
  wholeCustomer: 'all invoices',
  line: {
    delay: (to: string, due: string) => `agreed delay to ${to} (due ${due})`,
    delayPending: (to: string, due: string) => `delay to ${to} awaiting approval (due ${due})`,
    onTime: (due: string) => `confirmed to pay on time (due ${due})`,
    instalment: (amount: string, date: string) => `repayment plan: next instalment ${amount} on ${date}`,
    nextAction: (date: string) => `next action ${date}`,
    customerPromise: (date: string) => `promised for ${date} (whole customer)`,
    promisePending: (date: string) => `promise for ${date} awaiting approval`,
  },
  promiseApproval: {
    request: (
      who: string,
      customer: string,
      invoice: string,
      due: string,
      amount: string,
      date: string,
      limit: string,
    ) =>
      `${who} logged a promise from ${customer} ${invoice} (due ${due}) to pay ${amount} on ${date}, beyond the ${limit} limit. Approve it?`,
    pending: (amount: string, date: string, limit: string) =>
      `promised ${amount} for ${date}: beyond the ${limit} limit, so it waits for the manager's approval`,
    approved: (date: string, who: string) => `promise for ${date} approved by ${who}`,
    rejected: (date: string, who: string) =>
      `promise for ${date} rejected by ${who}: the item is back in the chase`,
  },
  customerPromised: (amount: string, date: string, items: number) =>
    `promised ${amount} for ${date} across ${items} open invoices; kept from all their receipts`,
  customerCurrencies: (customer: string, currencies: string) =>
    `${customer} owes in ${currencies}: one promise takes one currency, so name the invoice instead.`,
  broken: {
    promise: (f: SettledFacts) =>
      `⚠ Promise broken: ${f.who}, ${f.customer} ${f.invoice} promised ${f.amount} by ${f.date}; ${f.received} arrived.`,
    instalment: (f: SettledFacts) =>
      `⚠ Instalment ${f.instalment} broken: ${f.who}, ${f.customer} ${f.invoice} owed ${f.amount} by ${f.date}; ${f.received} arrived.`,
    on_time: (f: SettledFacts) =>
      `⚠ On-time confirmation broken: ${f.who}, ${f.customer} ${f.invoice} was to pay ${f.amount} by ${f.date}; ${f.received} arrived.`,
    delay: (f: SettledFacts) =>
      `⚠ Agreed delay broken: ${f.who}, ${f.customer} ${f.invoice} was to pay ${f.amount} by ${f.date}; ${f.received} arrived.`,
  } satisfies Record<Kinds, (f: SettledFacts) => string>,
  partlyKept: {
    promise: (f: SettledFacts) =>
      `◑ Promise partly kept: ${f.who}, ${f.customer} ${f.invoice} paid ${f.received} of ${f.amount} by ${f.date}; ${f.missing} still outstanding.`,
    instalment: (f: SettledFacts) =>
      `◑ Instalment ${f.instalment} partly kept: ${f.who}, ${f.customer} ${f.invoice} paid ${f.received} of ${f.amount} by ${f.date}; ${f.missing} still outstanding.`,
    on_time: (f: SettledFacts) =>
      `◑ Paid in part by the due date: ${f.who}, ${f.customer} ${f.invoice} paid ${f.received} of ${f.amount} by ${f.date}; ${f.missing} still outstanding.`,
    delay: (f: SettledFacts) =>
      `◑ Paid in part by the agreed date: ${f.who}, ${f.customer} ${f.invoice} paid ${f.received} of ${f.amount} by ${f.date}; ${f.missing} still outstanding.`,
  } satisfies Record<Kinds, (f: SettledFacts) => string>,
};
