import type { Message } from '../../chat/message.js';
import { teamPlans } from '../../db/repositories/weekly.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import { instantAt } from '../../domain/local-time.js';
import type { CheckInWeek } from '../../domain/week.js';
import { messagesFor } from '../../locale/index.js';
import { type PublishContext, sendToPerson } from '../publish.js';
import type { TeamSettings } from '../team-settings.js';
import { MAX_SUGGESTED } from './plan-form.js';
import { suggestPlan } from './plan-suggestions.js';
import { teamCollectors } from './weekly-people.js';

export const PLAN_BUTTON = 'weekly.plan';
export const RESULT_BUTTON = 'weekly.result';

/** Everything a weekly job knows about the team's week. */
export interface WeeklyRun {
  ctx: PublishContext;
  team: TeamRow;
  settings: TeamSettings;
  today: string;
  week: CheckInWeek;
}

/** The key of one weekly message: per kind, team, week and (for private ones) person. */
export function weeklyKey(kind: string, run: WeeklyRun, personId?: number): string {
  const base = `weekly:${kind}:team-${run.team.id}:${run.week.weekStart}`;
  return personId === undefined ? base : `${base}:p${personId}`;
}

function prompt(
  title: string,
  text: string,
  button: { actionId: string; label: string; value: string },
): Message {
  return {
    text: `${title}: ${text}`,
    blocks: [
      { type: 'header', text: title },
      { type: 'text', text },
      { type: 'actions', buttons: [{ ...button, style: 'primary' }] },
    ],
  };
}

/**
 * The people whose `kind` prompt was queued before `time` today. A reminder goes only to them, so
 * a bot starting late (catching up at 15:00) does not send a prompt and its reminder together.
 */
async function promptedBefore(run: WeeklyRun, kind: string, time: string): Promise<Set<number>> {
  const rows = await run.ctx.db
    .selectFrom('outbox')
    .select('dedupe_key')
    .where('dedupe_key', 'like', `${weeklyKey(kind, run)}:p%`)
    .where('created_at', '<', instantAt(run.today, time, run.team.timezone))
    .execute();
  return new Set(rows.map((r) => Number(/:p(\d+)@/.exec(r.dedupe_key)?.[1])));
}

/** Collectors at work today: people on leave get no prompts or reminders. */
async function atWork(run: WeeklyRun) {
  return (await teamCollectors(run.ctx.db, run.team.id, run.today)).filter((c) => c.leave === null);
}

/** The plan prompt to every collector at work: a private message whose button opens the plan form. */
export async function sendPlanPrompts(run: WeeklyRun): Promise<void> {
  const m = messagesFor(run.team.locale);
  for (const c of await atWork(run)) {
    const lines = await suggestPlan(run.ctx.db, run.team.id, c.id, run.week, run.today, run.settings, m);
    const text = m.weekly.planPrompt(
      run.week.weekStart,
      run.week.weekEnd,
      Math.min(lines.length, MAX_SUGGESTED),
      run.settings.planSummaryTime,
    );
    await sendToPerson(
      run.ctx,
      c.id,
      weeklyKey('plan-prompt', run, c.id),
      prompt(m.weekly.planTitle, text, {
        actionId: PLAN_BUTTON,
        label: m.weekly.planButton,
        value: run.week.weekStart,
      }),
    );
  }
}

/** Reminds, once, the collectors at work who have not submitted a plan. */
export async function sendPlanReminders(run: WeeklyRun): Promise<void> {
  const m = messagesFor(run.team.locale);
  const planned = new Set(
    (await teamPlans(run.ctx.db, run.team.id, run.week.weekStart))
      .filter((p) => p.plan_submitted_at !== null)
      .map((p) => p.person_id),
  );
  const prompted = await promptedBefore(run, 'plan-prompt', run.settings.planReminderTime);
  for (const c of await atWork(run)) {
    if (planned.has(c.id) || !prompted.has(c.id)) continue;
    await sendToPerson(
      run.ctx,
      c.id,
      weeklyKey('plan-reminder', run, c.id),
      prompt(m.weekly.planTitle, m.weekly.planReminder(run.settings.planSummaryTime), {
        actionId: PLAN_BUTTON,
        label: m.weekly.planButton,
        value: run.week.weekStart,
      }),
    );
  }
}

/** The result prompt (or its reminder, to those who have not given results) to collectors with a plan. */
export async function sendResultPrompts(
  run: WeeklyRun,
  kind: 'result-prompt' | 'result-reminder',
): Promise<void> {
  const m = messagesFor(run.team.locale);
  const plans = new Map(
    (await teamPlans(run.ctx.db, run.team.id, run.week.weekStart))
      .filter((p) => p.plan_submitted_at !== null && p.closed_at === null)
      .map((p) => [p.person_id, p]),
  );
  const counts = await lineCounts(
    run,
    [...plans.values()].map((p) => p.id),
  );
  for (const c of await atWork(run)) {
    const plan = plans.get(c.id);
    if (!plan || (counts.get(plan.id) ?? 0) === 0) continue;
    if (kind === 'result-reminder' && plan.result_submitted_at !== null) continue;
    const text =
      kind === 'result-prompt'
        ? m.weekly.resultPrompt(counts.get(plan.id) ?? 0, run.settings.resultSummaryTime)
        : m.weekly.resultReminder(run.settings.resultSummaryTime);
    await sendToPerson(
      run.ctx,
      c.id,
      weeklyKey(kind, run, c.id),
      prompt(m.weekly.resultTitle, text, {
        actionId: RESULT_BUTTON,
        label: m.weekly.resultButton,
        value: run.week.weekStart,
      }),
    );
  }
}

async function lineCounts(run: WeeklyRun, planIds: number[]): Promise<Map<number, number>> {
  if (planIds.length === 0) return new Map();
  const rows = await run.ctx.db
    .selectFrom('plan_lines')
    .select(['plan_id', run.ctx.db.fn.countAll<number>().as('n')])
    .where('plan_id', 'in', planIds)
    .groupBy('plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id, Number(r.n)]));
}
