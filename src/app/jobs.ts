import type { Platform } from '../db/schema/index.js';
import type { JobContext, JobDefinition } from '../scheduler/job.js';
import { evaluateCommitments } from './commitments/evaluate-commitments.js';
import { raiseCreditReviews } from './credit/credit-review.js';
import { watchCreditNow } from './credit/credit-watch.js';
import { tellManagersOfDisputes } from './disputes/dispute-reminder.js';
import { checkTeamEscalations } from './escalation/check-escalation.js';
import { buildMorningLists, publishDailyList } from './lists/daily-list.js';
import { runDeadlineCheck } from './lists/deadline.js';
import { sendTodayMessages } from './lists/send-today.js';
import type { PublishContext } from './publish.js';
import { reportJobs } from './reports/report-jobs.js';
import { weeklyJobs } from './weekly/weekly-jobs.js';

/**
 * The rhythm of DESIGN §2: warnings and the overdue list in the morning, the deadline check at
 * night, the weekly plan and result check-ins, and the weekly and monthly reports.
 */
export function dailyJobs(
  platforms: readonly Platform[],
  threadedLists: readonly Platform[] = [],
  picturesAsFiles: readonly Platform[] = [],
): JobDefinition[] {
  const publishing = (ctx: JobContext): PublishContext => ({
    db: ctx.db,
    platforms,
    now: ctx.now,
    threadedLists,
  });
  return [
    {
      // The pre-due warnings and the overdue list go out together, built from one snapshot.
      name: 'morning',
      timeOf: (s) => s.postTime,
      run: async (ctx) => {
        // Promises settle and customers escalate first, so the lists show today's standing.
        await evaluateCommitments(publishing(ctx), { teamId: ctx.team.id });
        await checkTeamEscalations(publishing(ctx), ctx.team.id);
        await watchCreditNow(publishing(ctx), ctx.team, ctx.today);
        await tellManagersOfDisputes(publishing(ctx), ctx.team, ctx.settings, ctx.calendar, ctx.today);
        await raiseCreditReviews(publishing(ctx), ctx.team, ctx.today);
        const lists = await buildMorningLists(ctx.db, ctx.team, ctx.today);
        for (const list of lists) await publishDailyList(publishing(ctx), ctx.team, ctx.today, list);
        await sendTodayMessages(publishing(ctx), ctx.team, ctx.today, lists);
      },
    },
    {
      name: 'deadline',
      timeOf: (s) => s.deadlineTime,
      run: (ctx) => runDeadlineCheck(publishing(ctx), ctx.team, ctx.settings, ctx.today),
    },
    ...weeklyJobs(platforms),
    ...reportJobs({ platforms, picturesAsFiles }),
  ];
}
