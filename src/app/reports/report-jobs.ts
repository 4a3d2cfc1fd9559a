import type { Platform } from '../../db/schema/index.js';
import { monthPeriod, type ReportPeriod, weekPeriod } from '../../domain/kpi/period.js';
import { addDays, startOfMonth } from '../../domain/local-date.js';
import type { JobContext, JobDefinition } from '../../scheduler/job.js';
import { weekOf } from '../weekly/team-week.js';
import { publishReport } from './publish-report.js';
import { reportChats } from './report-chats.js';
import { reportTeam } from './report-data.js';
import { periodReport } from './report-service.js';

/** Where scheduled reports may go. */
export interface ReportJobPlatforms {
  platforms: readonly Platform[];
  /** Platforms that show pictures as files in the thread rather than inside the message. */
  picturesAsFiles: readonly Platform[];
}

/** The key of a team's scheduled report for a period, the same on every instance and restart. */
export function scheduledReportKey(kind: 'weekly' | 'monthly', teamId: number, period: string): string {
  return `report:${kind}:team-${teamId}:${period}`;
}

/**
 * The weekly overdue report on the week's last working day (Friday, or earlier when Friday is a
 * holiday) at `weeklyReportTime`, and the monthly aging analysis of the month just ended on the
 * first working day of the month at `monthlyReportTime`. Each runs once per team and period.
 */
export function reportJobs(where: ReportJobPlatforms): JobDefinition[] {
  const publishing = (ctx: JobContext) => ({
    db: ctx.db,
    platforms: where.platforms,
    now: ctx.now,
    picturesAsFiles: where.picturesAsFiles,
  });
  const send = async (ctx: JobContext, kind: 'weekly' | 'monthly', period: ReportPeriod, asOf: string) => {
    const chats = await reportChats(ctx.db, where.platforms, ctx.team.id);
    // A team with nowhere to send it has nothing sent, and so nothing stored.
    if (chats.length === 0) return;
    const rt = reportTeam(ctx.team, ctx.settings, ctx.calendar, ctx.today);
    const output = await periodReport(ctx.db, rt, kind, period, { store: true, now: ctx.now, asOf });
    const key = scheduledReportKey(kind, ctx.team.id, period.label);
    await publishReport(publishing(ctx), ctx.team.id, key, output, chats);
  };
  return [
    {
      name: 'weekly_report',
      timeOf: (s) => s.weeklyReportTime,
      runsOn: (today, calendar) => weekOf(calendar, today)?.resultDay === today,
      run: (ctx) => send(ctx, 'weekly', weekPeriod(ctx.today), ctx.today),
    },
    {
      name: 'monthly_report',
      timeOf: (s) => s.monthlyReportTime,
      runsOn: (today, calendar) => calendar.nextWorkingDay(startOfMonth(today), true) === today,
      run: (ctx) => {
        const period = monthPeriod(addDays(startOfMonth(ctx.today), -1));
        return send(ctx, 'monthly', period, period.end);
      },
    },
  ];
}
