/** English wording of risk signals (风险信号) raised from the overdue list. */
export const riskSignalEn = {
  button: 'Risk signal…',
  sign: (sign: string) =>
    ({
      lost_major_customer: 'lost a major customer',
      selling_below_cost: 'selling below cost',
      changing_banks: 'changing banks often',
      avoiding_collector: 'avoiding the collector',
      management_change: 'management changes',
      lawsuit: 'in a lawsuit',
      other: 'other',
    })[sign] ?? sign,
  formTitle: 'Raise a risk signal',
  signField: 'Warning sign',
  noteField: 'What you saw or heard',
  noteHint: 'Required for "other"',
  submit: 'Tell the manager',
  noteNeeded: 'Say what you saw: a note is needed for "other".',
  toManager: (
    who: string,
    customer: string,
    code: string,
    invoice: string,
    sign: string,
    note: string | null,
  ) =>
    `⚠ **Risk signal** from ${who}: ${customer} (${code}), ${invoice} — ${sign}${note ? `.\nNote: ${note}` : '.'}`,
  raised: (customer: string, sign: string) =>
    `Saved: risk signal on ${customer} (${sign}). The manager has been told and it stays on the customer file.`,
  history: (sign: string, note: string | null) => `risk signal: ${sign}${note ? ` — ${note}` : ''}`,
};
