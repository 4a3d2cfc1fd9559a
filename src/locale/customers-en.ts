/** English wording for finance's customer status command. */
export const customersEn = {
  status: (status: string): string =>
    ({
      active: 'normal collection',
      credit_hold: 'credit hold (stop supply)',
      legal: 'handed to legal',
      written_off: 'written off',
    })[status] ?? status,
  changed: (customer: string, from: string, to: string) => `${customer}: ${from} → ${to}.`,
  unchanged: (customer: string, status: string) => `${customer} is already on ${status}; nothing changed.`,
  adminOnly: 'Only finance can change a customer’s status.',
  noCustomer: (text: string) => `I found no customer '${text}'. Give the customer code or the full name.`,
  severalCustomers: (text: string, names: string) =>
    `'${text}' matches several customers: ${names}. Give the customer code.`,
};
