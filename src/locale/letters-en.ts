/** English wording for collection letters: the form field, the table in the letter, the default templates. */
export const lettersEn = {
  field: 'Generate a letter',
  hint: 'A letter is recorded as this follow-up, sent as a .docx in the item’s thread.',
  none: 'No letter',
  kind: (kind: string): string =>
    ({ letter: 'Collection letter', lawyer_letter: "Lawyer's letter" })[kind] ?? kind,
  sent: (kind: string, file: string) => `Saved. The ${kind} is in the item's thread: ${file}`,
  fileName: (kind: string, customer: string, date: string) =>
    `${kind === 'lawyer_letter' ? 'lawyer-letter' : 'collection-letter'}-${customer}-${date}.docx`,
  fileTitle: (kind: string, customer: string) =>
    `${kind === 'lawyer_letter' ? "Lawyer's letter" : 'Collection letter'} · ${customer}`,
  columns: {
    no: 'No.',
    invoice: 'Invoice',
    contract: 'Contract',
    due: 'Due date',
    days: 'Days overdue',
    amount: 'Outstanding',
    total: (currency: string) => `Total ${currency}`,
  },
  defaults: {
    letter: {
      subject: 'Payment Reminder',
      body: [
        'To: {{customer}}',
        'Attn: {{contact}}',
        'Address: {{address}}',
        '',
        'Dear Sir or Madam,',
        '',
        'According to our records, as of {{date}} your company has {{item_count}} overdue receivable(s) with us, totalling {{total}}, as detailed below:',
        '{{items_table}}',
        'Please settle the overdue amounts by {{pay_by}} and make sure future payments are made on time. If you have already paid, please send us the payment slip so we can match it; if you need help with the payment, please contact our finance department.',
        '',
        'We value our cooperation and look forward to your prompt reply.',
        '',
        '{{company}}',
        '{{company_address}}',
        '{{date}}',
      ].join('\n'),
    },
    lawyer_letter: {
      subject: "Lawyer's Letter: Demand for Payment",
      body: [
        'To: {{customer}}',
        'Attn: {{contact}}',
        'Address: {{address}}',
        '',
        'On behalf of {{company}}, we hereby notify you as follows:',
        '',
        'Under the contracts signed between the parties, your company owes the following amounts, which remain unpaid after repeated reminders. As of {{date}}, {{item_count}} item(s) are overdue, totalling {{total}}:',
        '{{items_table}}',
        'Your failure to pay constitutes a breach of contract. You are hereby requested to pay the full amount by {{pay_by}}. Failing payment by that date, we will take legal action, including litigation, to recover the debt together with the interest for late payment and all costs incurred, all of which shall be borne by your company.',
        '',
        'If payment has been made, please disregard this letter and send us the payment slip.',
        '',
        '{{company}}',
        '{{company_address}}',
        '{{date}}',
      ].join('\n'),
    },
  },
};
