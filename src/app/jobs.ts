import type { Platform } from '../db/schema/index.js';
import type { JobContext, JobDefinition } from '../scheduler/job.js';
import { buildDailyList, publishDailyList } from './lists/daily-list.js';
import { runDeadlineCheck } from './lists/deadline.js';
import type { PublishContext } from './publish.js';

/** The daily rhythm of DESIGN §2: warnings and the overdue list in the morning, the deadline check at night. */
export function dailyJobs(platforms: readonly Platform[]): JobDefinition[] {
  const publishing = (ctx: JobContext): PublishContext => ({ db: ctx.db, platforms, now: ctx.now });
  return [
    {
      name: 'predue',
      timeOf: (s) => s.postTime,
      run: async (ctx) =>
        publishDailyList(
          publishing(ctx),
          ctx.team,
          ctx.today,
          await buildDailyList(ctx.db, ctx.team, 'predue', ctx.today),
        ),
    },
    {
      name: 'overdue',
      timeOf: (s) => s.postTime,
      run: async (ctx) =>
        publishDailyList(
          publishing(ctx),
          ctx.team,
          ctx.today,
          await buildDailyList(ctx.db, ctx.team, 'overdue', ctx.today),
        ),
    },
    {
      name: 'deadline',
      timeOf: (s) => s.deadlineTime,
      run: (ctx) => runDeadlineCheck(publishing(ctx), ctx.team, ctx.settings, ctx.today),
    },
  ];
}
