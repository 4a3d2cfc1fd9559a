/** English wording of credit reviews (信用评估): the manager's card, its buttons and forms, the answers. */
export const reviewEn = {
  trigger: (t: string) =>
    ({
      periodic: 'the periodic review for its rating is due',
      keeping_rate: 'promises kept below the team threshold',
      days_late: 'paying later on average than the team allows',
      three_strikes: 'three broken promises in a row',
    })[t] ?? t,
  card: (customer: string, code: string, rating: string, why: string) =>
    `**Credit review** (信用评估): ${customer} (${code}), rating ${rating} — ${why}.`,
  exposure: 'Exposure',
  aging: 'Aging',
  agingLine: (notDue: string, d1_30: string, d31_90: string, over90: string) =>
    `not due ${notDue} · 1–30 ${d1_30} · 31–90 ${d31_90} · >90 ${over90}`,
  daysLate: 'Average days late (12 months)',
  daysLateValue: (days: number | null) => (days === null ? 'nothing received' : `${days} days`),
  promises: 'Promises kept (12 months)',
  promisesValue: (kept: number, settled: number) =>
    settled === 0 ? 'none settled' : `${kept} of ${settled}`,
  disputes: 'Open disputes',
  keep: 'Keep terms',
  changeRating: 'Change rating…',
  changeLimit: 'Change limit…',
  hold: 'Put on hold',
  ratingFormTitle: 'Change the rating',
  limitFormTitle: 'Change the credit limit',
  formIntro: (customer: string, code: string, rating: string, limit: string) =>
    `${customer} (${code}): rating ${rating}, limit ${limit}.`,
  ratingField: 'New rating',
  limitField: (currency: string) => `New limit (${currency})`,
  limitHint: 'For example 500000 or 500,000.00',
  save: 'Save',
  sameRating: (rating: string) => `The rating is already ${rating}: pick another one, or press "Keep terms".`,
  managerOnly: 'Only a manager of the team, or finance, can decide a credit review.',
  gone: 'That credit review no longer exists.',
  decided: (customer: string, who: string | null) =>
    `The credit review of ${customer} was already decided${who ? ` by ${who}` : ''}.`,
  kept: (customer: string) => `Saved: ${customer} keeps its rating and limit.`,
  rated: (customer: string, from: string, to: string) =>
    `Saved: ${customer}'s rating changed from ${from} to ${to}.`,
  limited: (customer: string, from: string, to: string) =>
    `Saved: ${customer}'s credit limit changed from ${from} to ${to}.`,
  held: (customer: string) => `Saved: ${customer} is on credit hold; the team's report chat is told.`,
  heldAlready: (customer: string) =>
    `Saved: ${customer} stays on credit hold, now also set by you; it was already announced.`,
  decidedCard: (customer: string, code: string, who: string, decision: string) =>
    `**Credit review** (信用评估): ${customer} (${code}) — decided by ${who}: ${decision}.`,
  historyOpened: (why: string) => `credit review opened: ${why}`,
  historyDecided: (decision: string) => `credit review decided: ${decision}`,
  decisionText: (decision: string, from: string | null, to: string | null) =>
    ({
      keep: 'terms kept',
      rating: `rating ${from} → ${to}`,
      limit: `limit ${from} → ${to}`,
      hold: 'put on hold',
    })[decision] ?? decision,
  openLine: (on: string, why: string) => `🔎 credit review waiting since ${on}: ${why}`,
};
