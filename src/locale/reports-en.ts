const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English wording of the reports: titles, headlines, tables, charts, sheets and the `report` command. */
export const reportsEn = {
  weeklyTitle: (team: string, period: string) => `Weekly overdue report · ${team} · ${period}`,
  monthlyTitle: (team: string, month: string) => `Aging analysis · ${team} · ${month}`,
  kpiTitle: (scope: string, period: string) => `Collector KPIs · ${scope} · ${period}`,
  forecastTitle: (team: string, from: string) => `Cash forecast · ${team} · from ${from}`,
  asOf: (date: string) => `Figures as of ${date}, from the ledger.`,
  inThread: 'Tables, more charts and the spreadsheet are in the thread.',
  storedNote: (sent: string) => `As sent on ${sent}.`,
  changedNote: (what: string) => `Receipts imported since then change these figures: ${what}.`,
  changedOverdue: (currency: string, was: string, now: string) => `${currency} overdue ${was} → ${now}`,
  headline: (h: {
    overdue: string;
    change: string;
    newly: string;
    collected: string;
    fellDue: string;
    share: string;
    open: string;
  }) =>
    `**Overdue ${h.overdue}** (${h.change} on last week) · newly overdue ${h.newly} · collected ${h.collected} of ${h.fellDue} falling due · overdue is ${h.share} of ${h.open} open`,
  monthlyHeadline: (h: {
    open: string;
    overdue: string;
    over90: string;
    dso: string;
    cei: string;
    rate: string;
  }) =>
    `**Open ${h.open}** · overdue ${h.overdue} · over 90 days ${h.over90} · DSO ${h.dso} · CEI ${h.cei} · collection rate ${h.rate}`,
  days: (n: number | null) => (n === null ? '–' : `${n} d`),
  up: (amount: string) => `▲ ${amount}`,
  down: (amount: string) => `▼ ${amount}`,
  same: 'no change',
  newlyOverdue: 'Newly overdue',
  fellDue: 'Fell due',
  none: 'None.',
  currency: 'Currency',
  total: 'Total',
  agingTable: (currency: string) => `Aging (${currency}): this week and last`,
  thisWeek: 'This week',
  lastWeek: 'Last week',
  change: 'Change',
  bucket: 'Aging',
  collectorsTable: 'Per collector',
  collector: 'Collector',
  overdue: 'Overdue',
  items: 'Items',
  collected: 'Collected',
  promisesDue: 'Promises due',
  promisesKept: 'Kept',
  promisesBroken: 'Broken',
  answersByDeadline: 'Answers by deadline',
  planAchievement: 'Plan achieved',
  topCustomersTable: 'Ten largest overdue customers',
  customer: 'Customer',
  share: 'Share',
  step: 'Ladder step',
  status: 'Status',
  customerStatus: (s: string) =>
    ({ active: '', credit_hold: '⛔ credit hold', legal: '⚖ legal', written_off: 'written off' })[s] ?? s,
  brokenTitle: 'Promises broken this week',
  escalationsTitle: 'Escalations',
  disputesTitle: 'Open disputes',
  claimsTitle: '"Already paid" claims waiting for finance',
  invoice: 'Invoice',
  amount: 'Amount',
  promisedFor: 'Promised for',
  owner: 'Obtained by',
  from: 'From',
  to: 'To',
  on: 'On',
  age: 'Age (days)',
  paidOn: 'Paid on',
  trendChart: 'Overdue by aging, last eight weeks',
  trendAlt: (currency: string, first: string, last: string, weeks: number) =>
    `Overdue ${currency} over the last ${weeks} weeks: from ${first} to ${last}.`,
  // Monthly
  agingByCustomer: (currency: string) => `Aging by customer (${currency})`,
  agingByCollector: (currency: string) => `Aging by collector (${currency})`,
  moreInSheet: (n: number) => `…and ${plural(n, 'more row', 'more rows')} in the spreadsheet.`,
  retention: 'Retention money (质保金)',
  trendTable: (currency: string) => `Twelve months (${currency})`,
  month: 'Month',
  open: 'Open',
  over90: 'Over 90 days',
  dso: 'DSO',
  metricsTable: (currency: string) => `Collection metrics (${currency})`,
  metric: 'Metric',
  value: 'Value',
  metricNames: {
    dso: 'DSO (countback)',
    bestDso: 'Best possible DSO',
    add: 'Average days delinquent (ADD)',
    cei: 'Collection effectiveness index (CEI)',
    rate: 'Collection rate (回款率)',
    invoiced: 'Invoiced in the month',
    collected: 'Collected in the month',
  },
  segmentsTable: (currency: string) => `Segments by aging × amount (${currency})`,
  segment: 'Segment',
  segmentName: (s: string) =>
    ({
      reminder: 'Short & small: reminder',
      key_follow_up: 'Short & large: key follow-up',
      standard: 'Long & small: standard process',
      key_escalating: 'Long & large: key, escalating',
    })[s] ?? s,
  reasonsTable: (currency: string) => `Reasons given, by aging (${currency}, overdue amounts)`,
  reason: 'Reason',
  noReason: 'no reason logged',
  provisionTable: (currency: string) =>
    `Suggested bad-debt provision (${currency}) — guidance, not a booking`,
  likelihood: 'Recovery likelihood',
  provision: 'Provision',
  collectorChart: 'Aging by collector',
  collectorAlt: (currency: string, top: string, amount: string) =>
    `Overdue ${currency} by collector and aging; the most is with ${top} (${amount}).`,
  trendDsoChart: 'Overdue and DSO, twelve months',
  trendDsoAlt: (currency: string, overdue: string, dso: string) =>
    `Twelve months of overdue ${currency} and DSO; at month end ${overdue} overdue, DSO ${dso}.`,
  paretoChart: 'Largest overdue customers (Pareto)',
  paretoAlt: (n: number, share: string) => `The ${n} largest customers hold ${share} of the overdue total.`,
  cumulative: 'Cumulative share',
  amountAxis: (currency: string) => `Amount (${currency})`,
  daysAxis: 'Days',
  // KPIs
  kpiTable: (currency: string) => `Collector KPIs (${currency})`,
  kpi: {
    collected: 'Collected',
    rate: 'Collection rate',
    overdue: 'Overdue',
    overdueChange: 'Change',
    followUps: 'Follow-ups',
    promisesMade: 'Promises obtained',
    kept: 'Kept',
    broken: 'Broken',
    keepingRate: 'Keeping rate',
    answers: 'Answers by deadline',
    plan: 'Plan achieved',
    daysLate: 'Weighted days late',
    weighted: 'Lateness-weighted',
  },
  kpiNote:
    'Lateness-weighted: each receipt × the team’s commission factor for how long after the due date it came. Figures for people, not a payroll.',
  commissionTable: 'Commission factors',
  daysAfterDue: 'Days after due',
  factor: 'Factor',
  upTo: (days: number) => `up to ${days}`,
  later: 'later',
  kpiChart: 'Collected and lateness-weighted, per collector',
  kpiAlt: (top: string, amount: string) => `Collected per collector; most by ${top} (${amount}).`,
  onlyYours: 'Your own figures.',
  // Forecast
  forecastTable: (currency: string) => `Expected receipts per week (${currency})`,
  week: 'Week',
  committed: 'Promises & instalments',
  dueItems: 'Falling due',
  overdueRecovery: 'Overdue recovery',
  forecastHeadline: (currency: string, four: string, thirteen: string) =>
    `**${currency}: ${four} expected in the next 4 weeks, ${thirteen} in 13 weeks.**`,
  forecastChart: 'Cash forecast, 13 weeks',
  forecastAlt: (currency: string, four: string, thirteen: string) =>
    `Expected ${currency} receipts: ${four} in 4 weeks, ${thirteen} in 13 weeks.`,
  forecastNote:
    'Promises and instalments × the customer’s keeping rate; items not yet due at their due date moved by the customer’s average days late; overdue items without a commitment × recovery likelihood, spread evenly.',
  // Sheets
  sheet: {
    headline: 'Headline',
    aging: 'Aging',
    collectors: 'Collectors',
    customers: 'Customers',
    broken: 'Broken promises',
    escalations: 'Escalations',
    disputes: 'Disputes',
    claims: 'Claims',
    trend: 'Twelve months',
    metrics: 'Metrics',
    segments: 'Segments',
    reasons: 'Reasons',
    provision: 'Provision',
    kpi: 'KPIs',
    forecast: 'Forecast',
  },
  workbookName: (kind: string, team: string, period: string) => `${kind}-${team}-${period}.xlsx`,
  workbookTitle: (title: string) => `${title} (spreadsheet)`,
  // The command
  postButton: 'Post to the chat',
  posted: '✓ Posted to the report chat, with the spreadsheet in its thread.',
  nameTeam: 'Name the team: `report weekly east` (or ask in the team’s chat).',
  collectorsOwnOnly: 'Collectors see their own figures: `report kpi`.',
  postedNowhere: 'This team has no chat bound to post it to: bind one with `setup <team> reports`.',
  postManagersOnly: 'Only managers and finance can post a report to the chat.',
  periodInvalid: (text: string, example: string) => `I couldn't read '${text}' as a period: try ${example}.`,
  periodFuture: (text: string) => `${text} has not begun yet: a report needs a period that has started.`,
  periodKind: (kind: string, example: string) => `The ${kind} report is for a ${example}.`,
  forecastNoPeriod: 'A forecast always starts today: `report forecast` takes no period.',
  notYourTeam: 'You can see reports of your own team only.',
  noTeam: 'You are not on a team: ask finance for the report.',
  examples: { week: '2026-W47', month: '2026-11' },
  kindWord: { weekly: 'weekly', aging: 'aging', kpi: 'KPI', forecast: 'forecast' } as Record<string, string>,
  periodWord: { week: 'week such as 2026-W47', month: 'month such as 2026-11' } as Record<string, string>,
  // Setup
  setupReports: (team: string) => `✓ This chat is now the report chat of ${team}.`,
  setupReportsAll: '✓ This chat is now the report chat of every team.',
  setupReportsAlready: (team: string) => `This chat is already the report chat of ${team}.`,
  allTeams: 'every team',
};
