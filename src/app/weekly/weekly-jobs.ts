import type { Platform } from '../../db/schema/index.js';
import type { JobContext, JobDefinition } from '../../scheduler/job.js';
import type { TeamSettings } from '../team-settings.js';
import { postPlanSummary } from './plan-summary.js';
import { sendPlanPrompts, sendPlanReminders, sendResultPrompts, type WeeklyRun } from './prompts.js';
import { postResultSummary } from './result-summary.js';
import { weekOf } from './team-week.js';

type Day = 'planDay' | 'resultDay';

/** The names of the weekly jobs, in the order of the week. */
export const WEEKLY_JOBS = [
  'plan_prompt',
  'plan_reminder',
  'plan_summary',
  'result_prompt',
  'result_reminder',
  'result_summary',
] as const;

function weekly(
  platforms: readonly Platform[],
  name: (typeof WEEKLY_JOBS)[number],
  day: Day,
  timeOf: (s: TeamSettings) => string,
  work: (run: WeeklyRun) => Promise<void>,
): JobDefinition {
  return {
    name,
    timeOf,
    // A holiday Monday moves the plan to the week's first working day, a holiday Friday the results to its last.
    runsOn: (today, calendar) => weekOf(calendar, today)?.[day] === today,
    run: async (ctx: JobContext) => {
      const week = weekOf(ctx.calendar, ctx.today);
      if (!week) return;
      await work({
        ctx: { db: ctx.db, platforms, now: ctx.now },
        team: ctx.team,
        settings: ctx.settings,
        today: ctx.today,
        week,
      });
    },
  };
}

/** The weekly check-ins of DESIGN §2: Monday's plan with reminder and summary, Friday's results likewise. */
export function weeklyJobs(platforms: readonly Platform[]): JobDefinition[] {
  return [
    weekly(platforms, 'plan_prompt', 'planDay', (s) => s.planTime, sendPlanPrompts),
    weekly(platforms, 'plan_reminder', 'planDay', (s) => s.planReminderTime, sendPlanReminders),
    weekly(platforms, 'plan_summary', 'planDay', (s) => s.planSummaryTime, postPlanSummary),
    weekly(
      platforms,
      'result_prompt',
      'resultDay',
      (s) => s.resultTime,
      (run) => sendResultPrompts(run, 'result-prompt'),
    ),
    weekly(
      platforms,
      'result_reminder',
      'resultDay',
      (s) => s.resultReminderTime,
      (run) => sendResultPrompts(run, 'result-reminder'),
    ),
    weekly(platforms, 'result_summary', 'resultDay', (s) => s.resultSummaryTime, postResultSummary),
  ];
}
