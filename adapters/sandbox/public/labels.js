import { state } from './state.js';

// The page's own wording in the acting person's team language, from the catalogue the server sends.

/** The locale of the acting person's team; finance admins read their channel's team language. */
export function pageLocale() {
  const ws = state.workspace;
  if (!ws) return 'zh-CN';
  const teams = ws.clock.teams;
  const me = ws.people.find((p) => p.userId === state.userId);
  const channelTeam = ws.channels.find((c) => `chat:${c.chatId}` === state.view)?.teamId;
  const team =
    teams.find((t) => t.name === me?.teamName) ?? teams.find((t) => t.teamId === channelTeam) ?? teams[0];
  return team?.locale === 'en' ? 'en' : 'zh-CN';
}

/** A label with `{name}` filled from `values`. */
export function t(key, values = {}) {
  const labels = state.workspace?.labels?.[pageLocale()] ?? {};
  const text = labels[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

const JOB_LABEL = {
  morning: 'jobMorning',
  deadline: 'jobDeadline',
  plan_prompt: 'jobPlanPrompt',
  plan_reminder: 'jobPlanReminder',
  plan_summary: 'jobPlanSummary',
  result_prompt: 'jobResultPrompt',
  result_reminder: 'jobResultReminder',
  result_summary: 'jobResultSummary',
  weekly_report: 'jobWeeklyReport',
  monthly_report: 'jobMonthlyReport',
};

/** Job runs as a short list: "11-24 morning list (cn, intl), 11-24 deadline check (cn)". */
export function describeRuns(runs) {
  const groups = new Map();
  for (const run of runs) {
    const key = `${run.date.slice(5)} ${t(JOB_LABEL[run.job] ?? run.job)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(run.team);
  }
  return [...groups].map(([what, teams]) => `${what} (${teams.join(', ')})`).join(', ');
}

/** Writes the static labels of the page (marked `data-label`, `data-label-placeholder`…). */
export function labelPage() {
  document.documentElement.lang = t('htmlLang');
  for (const node of document.querySelectorAll('[data-label]')) node.textContent = t(node.dataset.label);
  for (const node of document.querySelectorAll('[data-label-aria]'))
    node.setAttribute('aria-label', t(node.dataset.labelAria));
}
