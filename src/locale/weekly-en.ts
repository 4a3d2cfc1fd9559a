const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English wording of the Monday plan, the Friday results, their summaries and leave. */
export const weeklyEn = {
  planTitle: 'Plan this week',
  planButton: 'Plan this week…',
  planPrompt: (from: string, to: string, lines: number, time: string) =>
    `Your collection plan for ${from} – ${to}: ${plural(lines, 'customer is', 'customers are')} filled in from what falls due, open promises and key follow-ups. Check it and submit before the team summary at ${time}.`,
  planReminder: (time: string) =>
    `Reminder: your plan for this week is still missing. The team summary goes out at ${time}.`,
  resultTitle: 'Results this week',
  resultButton: 'Results this week…',
  resultPrompt: (lines: number, time: string) =>
    `Time for this week's results: ${plural(lines, 'plan line', 'plan lines')}, with receipts already in the ledger filled in. Give each line an outcome before ${time}.`,
  resultReminder: (time: string) =>
    `Reminder: your results for this week are still open. The plan-vs-actual summary goes out at ${time}.`,
  submitPlan: 'Submit plan',
  submitResult: 'Submit results',
  planIntro: (from: string, to: string, due: string) =>
    `Week ${from} – ${to} · falling due this week: ${due}. Blank an amount to drop a line, change amounts as you expect them, add customers in the empty lines.`,
  moreCustomers: (n: number) =>
    `${plural(n, 'more customer has', 'more customers have')} items this week: add them in the empty lines if you plan them.`,
  customer: (n: number) => `Customer ${n}`,
  // Every surface shows an amount field's currency next to it, so the labels leave it out.
  amount: (n: number) => `Expected amount ${n}`,
  action: (n: number) => `Planned action ${n}`,
  actionDue: (date: string) => `Confirm payment due ${date}`,
  actionPromise: (date: string) => `Check promise for ${date}`,
  actionKey: 'Key follow-up: call and press for payment',
  resultIntro: (from: string, to: string) =>
    `Week ${from} – ${to}. Amounts marked "from the ledger" are receipts already imported; give every line an outcome.`,
  collected: (customer: string, planned: string) => `${customer}: collected (planned ${planned})`,
  fromLedger: (amount: string) => `from the ledger: ${amount}`,
  outcome: (customer: string) => `${customer}: outcome`,
  note: (customer: string) => `${customer}: note`,
  outcomes: {
    collected: 'Collected',
    partial: 'Partly collected',
    promised_again: 'Promised again',
    disputed: 'Disputed',
    no_contact: 'No contact',
  } as Record<string, string>,
  promiseCustomer: 'New promise: customer',
  promiseAmount: 'New promise: amount',
  promiseDate: 'New promise: date',
  promiseHint: 'Optional: log a promise made this week in the same go.',
  errors: {
    customerUnknown: (text: string) => `There is no customer '${text}' in your team.`,
    customerAmbiguous: (text: string, labels: string) =>
      `'${text}' is more than one customer: write one of ${labels}.`,
    customerNotOwned: (name: string) => `${name} is not one of your customers.`,
    customerDuplicate: (name: string) => `${name} is already on an earlier line.`,
    customerMissing: 'Name the customer this amount is for.',
    outcomeMissing: (customer: string) =>
      `Choose an outcome for ${customer}: the week cannot be closed while a line has none.`,
    promiseIncomplete: 'Give the customer, the amount and the date of the new promise.',
    promiseNoItem: (customer: string) => `${customer} has no open item you can log a promise on.`,
  },
  weekClosed: (from: string) => `The week of ${from} is closed: nothing was changed.`,
  planClosed: (from: string, day: string, time: string) =>
    `The plan for the week of ${from} closed at the ${day} ${time} check-in; nothing was changed. Use \`result\` for the results.`,
  noPlan: (from: string) =>
    `You have no plan for the week of ${from}, so there are no results to give. \`plan\` opens one.`,
  noWeek: (from: string) => `The week of ${from} has no working days, so it has no check-ins.`,
  planSaved: (lines: number, total: string) =>
    `Plan saved: ${plural(lines, 'line', 'lines')}, ${total}. \`plan\` changes it until the result check-in.`,
  resultSaved: (lines: number) => `Results saved for ${plural(lines, 'line', 'lines')}.`,
  promiseLogged: (customer: string, amount: string, date: string) =>
    `Promise logged: ${customer} ${amount} for ${date}.`,
  planSummaryTitle: (team: string, from: string) => `Plan this week · ${team} · week of ${from}`,
  resultSummaryTitle: (team: string, from: string) => `Plan vs actual · ${team} · week of ${from}`,
  columns: {
    collector: 'Collector',
    lines: 'Lines',
    planned: 'Planned',
    collected: 'Collected (ledger)',
    selfReported: 'Self-reported',
    achievement: 'Achieved',
    noOutcome: 'No outcome',
  },
  team: 'Team',
  teamPlan: (planned: string, due: string) => `Team plan: ${planned} against ${due} falling due this week.`,
  teamResult: (planned: string, collected: string, percent: string) =>
    `Team: planned ${planned}, collected ${collected} (${percent}).`,
  selfReportedNote: 'Self-reported: amounts given in the results with no receipt in the ledger yet.',
  missingPlans: (who: string) => `Still without a plan: ${who}`,
  allPlanned: 'Every collector has a plan. ✓',
  missingResults: (who: string) => `No results from: ${who}`,
  onLeave: (who: string, to: string, delegate: string | null) =>
    `On leave until ${to}: ${who}${delegate ? `, covered by ${delegate}` : ''}`,
  brokenTitle: (n: number) => `Promises broken this week (${n}):`,
  brokenLine: (customer: string, invoice: string, amount: string, date: string, who: string) =>
    `${customer} ${invoice}: ${amount} promised for ${date} (${who})`,
  noBroken: 'No promise was broken this week.',
  nothing: '—',
  covering: (who: string, to: string) => `Covering for ${who} (on leave until ${to})`,
  leave: {
    saved: (from: string, to: string, delegate: string | null) =>
      `✓ Leave recorded: ${from} – ${to}${delegate ? `; ${delegate} covers your items` : ''}. No check-in prompts while you are away.`,
    savedFor: (who: string, from: string, to: string, delegate: string | null) =>
      `✓ Leave recorded for ${who}: ${from} – ${to}${delegate ? `; ${delegate} covers the items` : ''}.`,
    managerOnly: 'Only a manager or finance can record leave for someone else.',
    ended: (to: string) => `That leave ended on ${to}, in the past: nothing was recorded.`,
    selfDelegate: 'The delegate must be someone else.',
    otherTeam: (who: string) => `${who} is not in the same team.`,
    noPerson: (raw: string) => `I don't know ${raw}: use their e-mail name, like @wang.fang.`,
  },
};
