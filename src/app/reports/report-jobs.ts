import type { Platform } from '../../db/schema/index.js';
import { monthPeriod, weekPeriod } from '../../domain/kpi/period.js';
import { addDays, startOfMonth } from '../../domain/local-date.js';
import type { JobContext, JobDefinition } from '../../scheduler/job.js';
import { weekOf } from '../weekly/team-week.js';
import { publishReport } from './publish-report.js';
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
  return [
    {
      name: 'weekly_report',
      timeOf: (s) => s.weeklyReportTime,
      runsOn: (today, calendar) => weekOf(calendar, today)?.resultDay === today,
      async run(ctx) {
        const rt = reportTeam(ctx.team, ctx.settings, ctx.calendar, ctx.today);
        const period = weekPeriod(ctx.today);
        const output = await periodReport(ctx.db, rt, 'weekly', period, {
          store: true,
          now: ctx.now,
          asOf: ctx.today,
        });
        await publishReport(
          publishing(ctx),
          ctx.team.id,
          scheduledReportKey('weekly', ctx.team.id, period.label),
          output,
        );
      },
    },
    {
      name: 'monthly_report',
      timeOf: (s) => s.monthlyReportTime,
      runsOn: (today, calendar) => calendar.nextWorkingDay(startOfMonth(today), true) === today,
      async run(ctx) {
        const rt = reportTeam(ctx.team, ctx.settings, ctx.calendar, ctx.today);
        const period = monthPeriod(addDays(startOfMonth(ctx.today), -1));
        const output = await periodReport(ctx.db, rt, 'monthly', period, {
          store: true,
          now: ctx.now,
          asOf: period.end,
        });
        await publishReport(
          publishing(ctx),
          ctx.team.id,
          scheduledReportKey('monthly', ctx.team.id, period.label),
          output,
        );
      },
    },
  ];
}
