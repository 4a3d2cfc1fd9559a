import { dayOfWeek } from '../domain/local-date.js';
import { formatAmount } from '../domain/money-format.js';
import { messagesFor } from '../locale/index.js';
import type { TeamSummary, Totals } from './daily-summary.js';
import { padEndDisplay, padStartDisplay } from './text-width.js';

const LABEL = 24;

function row(label: string, totals: Totals, items: (n: number) => string, empty: string): string[] {
  if (totals.size === 0) return [`${padEndDisplay(label, LABEL)}${empty}`];
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([currency, t], i) =>
        `${padEndDisplay(i === 0 ? label : '', LABEL)}${padStartDisplay(items(t.count), 10)}  ${padStartDisplay(formatAmount(t.amount, currency, 'code'), 22)}`,
    );
}

/** Plain-text summary of one team's day, in the team's language, for the console. */
export function renderSummary(s: TeamSummary): string {
  const m = messagesFor(s.team.locale);
  const lines = [
    `${s.team.name} (${s.team.code}) · ${s.today} ${m.weekday(dayOfWeek(s.today))} · ${s.team.timezone} · ${m.dayKind(s.workingDay)}`,
    ...row(`  ${m.preDue(s.warningDays)}`, s.preDue, m.items, m.nothingOpen),
    ...row(`  ${m.overdueTotal}`, s.overdue, m.items, m.nothingOpen),
  ];
  for (const [bucket, totals] of s.buckets) {
    if (totals.size > 0) lines.push(...row(`    ${m.bucket(bucket)}`, totals, m.items, ''));
  }
  return lines.join('\n');
}
