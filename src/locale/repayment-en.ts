/** English wording for repayment plans (还款计划) and the repayment agreement. */
export const repaymentEn = {
  saved: (count: number, total: string, list: string) =>
    `repayment plan of ${count} ${count === 1 ? 'instalment' : 'instalments'}, ${total} in all: ${list}. The repayment agreement follows in the thread.`,
  instalment: (n: number, amount: string, date: string) => `${n}) ${amount} by ${date}`,
  overOutstanding: (total: string, outstanding: string) =>
    `the instalments add up to ${total}, more than the ${outstanding} outstanding. Nothing was saved.`,
  currencies: (customer: string, currencies: string) =>
    `${customer} owes in ${currencies}: one repayment plan takes one currency, so name the invoice instead.`,
  form: {
    title: 'Repayment plan',
    button: 'Repayment plan…',
    intro: (who: string, outstanding: string) =>
      `${who} owes ${outstanding}. Up to 12 instalments, each an amount by a date, dates rising; the total may not exceed what is owed. The repayment agreement (.docx) follows in the thread.`,
    amount: (n: number) => `Instalment ${n}: amount`,
    date: (n: number) => `Instalment ${n}: pay by`,
    needsOne: 'Give at least the first instalment: an amount and a date.',
    needsBoth: 'Give both the amount and the date of this instalment.',
    notRising: (before: string) => `Each instalment falls due after the one before (${before}).`,
  },
  story: {
    title: 'Repayment plans:',
    plan: (made: string, total: string, on: string) => `• plan of ${made}, ${total}, ${on}:`,
    instalment: (n: number, amount: string, date: string, status: string) =>
      `${n}) ${amount} by ${date} ${status}`,
  },
  interestRate: (percent: string, basis: 'annual' | 'daily') =>
    basis === 'annual' ? `${percent}% a year` : `${percent}% a day`,
  fileName: (customer: string, date: string) => `repayment-agreement-${customer}-${date}.docx`,
  fileTitle: (customer: string) => `Repayment agreement · ${customer}`,
  columns: { no: 'No.', date: 'Due by', amount: 'Amount', total: 'Total' },
  /** The one-year LPR clause, for a customer with no interest rate on file. */
  lpr: 'the one-year Loan Prime Rate published on that date',
  defaultAgreement: {
    subject: 'Repayment Agreement',
    body: [
      'Creditor (Party A): {{company}}',
      'Address: {{company_address}}',
      'Debtor (Party B): {{customer}}',
      'Address: {{customer_address}}',
      '',
      '1. Party B acknowledges that as of {{date}} it owes Party A {{outstanding}} under invoices {{invoices}}.',
      '2. Party B shall repay {{plan_total}} in {{instalment_count}} instalments, each by the date below:',
      '{{instalments_table}}',
      '3. Each instalment is due in full by its date. If any instalment is not paid in full by its date, Party A may demand the whole remaining balance at once.',
      '4. Any amount unpaid after its date bears overdue interest at {{interest_rate}} from that date until paid.',
      '5. This agreement does not waive any of Party A’s other rights under the original contracts.',
      '',
      'Party A (seal): ____________________    Authorised signature: ____________________    Date: __________',
      '',
      'Party B (seal): ____________________    Authorised signature: ____________________    Date: __________',
    ].join('\n'),
  },
};
