import type { Clock } from '../clock.js';
import type { DbOrTrx } from '../db/connect.js';
import { openTotalsByDueDate } from '../db/repositories/summary.repository.js';
import { AGING_BUCKETS, type AgingBucket, agingBucket, daysOverdue, daysUntilDue } from '../domain/aging.js';
import { type LocalDate, localDateIn } from '../domain/local-date.js';
import type { Logger } from '../logger.js';
import { loadTeamCalendar } from './team-calendar.js';
import { readTeamSettings } from './team-settings.js';

/** Count and outstanding amount (minor units) per currency. */
export type Totals = Map<string, { count: number; amount: number }>;

export interface TeamSummary {
  team: { id: number; code: string; name: string; timezone: string; locale: string };
  today: LocalDate;
  workingDay: boolean;
  warningDays: number;
  preDue: Totals;
  overdue: Totals;
  buckets: Map<AgingBucket, Totals>;
}

function add(totals: Totals, currency: string, count: number, amount: number): void {
  const current = totals.get(currency) ?? { count: 0, amount: 0 };
  totals.set(currency, { count: current.count + count, amount: current.amount + amount });
}

/** Today's pre-due and overdue picture for every team, each on its own local date and calendar. */
export async function dailySummaries(db: DbOrTrx, clock: Clock, logger: Logger): Promise<TeamSummary[]> {
  const teams = await db.selectFrom('teams').selectAll().orderBy('id').execute();
  const now = clock.now();
  const summaries: TeamSummary[] = [];
  for (const team of teams) {
    const today = localDateIn(now, team.timezone);
    const { warningDays } = readTeamSettings(team.settings);
    const calendar = await loadTeamCalendar(db, team, logger);
    const summary: TeamSummary = {
      team: { id: team.id, code: team.code, name: team.name, timezone: team.timezone, locale: team.locale },
      today,
      workingDay: calendar.isWorkingDay(today),
      warningDays,
      preDue: new Map(),
      overdue: new Map(),
      buckets: new Map(AGING_BUCKETS.filter((b) => b !== 'not_due').map((b) => [b, new Map()])),
    };
    for (const row of await openTotalsByDueDate(db, team.id)) {
      const late = daysOverdue(row.dueOn, today);
      if (late > 0) {
        add(summary.overdue, row.currency, row.count, row.outstanding);
        add(summary.buckets.get(agingBucket(late)) as Totals, row.currency, row.count, row.outstanding);
      } else if (daysUntilDue(row.dueOn, today) <= warningDays) {
        add(summary.preDue, row.currency, row.count, row.outstanding);
      }
    }
    summaries.push(summary);
  }
  return summaries;
}
