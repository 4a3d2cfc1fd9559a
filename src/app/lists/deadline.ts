import { type Block, mention } from '../../chat/message.js';
import { leaversAmong } from '../../db/repositories/hand-over.repository.js';
import { leavesOn } from '../../db/repositories/leave.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import { addDays, type LocalDate } from '../../domain/local-date.js';
import { instantAt } from '../../domain/local-time.js';
import { inLegal } from '../escalation/legal-customers.js';
import { type PublishContext, postToTeam, sendToPerson } from '../publish.js';
import type { TeamSettings } from '../team-settings.js';
import { loadItemViews, renderContextOf } from './daily-list.js';
import { coverOf } from './needs-answer.js';

/** Collectors with overdue items still lacking today's answer, and how many each. */
export async function missingAnswers(
  ctx: PublishContext,
  team: TeamRow,
  settings: TeamSettings,
  today: LocalDate,
): Promise<Map<number, number>> {
  const since = instantAt(today, '00:00', team.timezone);
  const { items, answers } = await loadItemViews(
    ctx.db,
    { teamId: team.id, dueTo: addDays(today, -1) },
    today,
    since,
  );
  // The same rule as the collector's part of the list: disputes, "paid" claims awaiting finance and
  // live commitments (unless the team asks every day) need no answer; legal customers are chased elsewhere.
  const everyDay = settings.responsePolicy === 'every_day';
  const required = items.filter(
    (i) => i.collectorId !== null && !inLegal(i) && coverOf(i, everyDay) === null,
  );
  const collectors = [...new Set(required.map((i) => i.collectorId as number))];
  const away = await leavesOn(ctx.db, today, collectors);
  // A leaver is never named: until their items are reassigned the manager answers for them.
  const left = new Map((await leaversAmong(ctx.db, collectors)).map((l) => [l.id, l.managerId]));
  const missing = new Map<number, number>();
  for (const item of required) {
    if (answers.has(item.id)) continue;
    // Someone on leave is never named: their delegate answers for their items, if they have one.
    const leave = away.get(item.collectorId as number);
    const collector = item.collectorId as number;
    const who = left.has(collector) ? (left.get(collector) ?? null) : leave ? leave.delegateId : collector;
    if (who === null) continue;
    missing.set(who, (missing.get(who) ?? 0) + 1);
  }
  return missing;
}

/** The daily deadline: names non-responders in the group and tells each one's manager privately. */
export async function runDeadlineCheck(
  ctx: PublishContext,
  team: TeamRow,
  settings: TeamSettings,
  today: LocalDate,
): Promise<void> {
  const { m } = renderContextOf(team);
  const missing = await missingAnswers(ctx, team, settings, today);
  const title = m.deadline.title(settings.deadlineTime, today);
  const people = missing.size
    ? await ctx.db
        .selectFrom('people')
        .select(['id', 'name', 'manager_id'])
        .where('id', 'in', [...missing.keys()])
        .orderBy('name')
        .execute()
    : [];
  const lines = people.map((p) => m.deadline.waiting(mention(p.id), missing.get(p.id) ?? 0));
  const blocks: Block[] = [
    { type: 'header', text: title },
    { type: 'text', text: lines.length ? lines.join('\n') : m.deadline.allAnswered },
  ];
  await postToTeam(ctx, team.id, `deadline:team-${team.id}:${today}`, { text: title, blocks });

  const byManager = new Map<number, typeof people>();
  for (const p of people)
    if (p.manager_id) byManager.set(p.manager_id, [...(byManager.get(p.manager_id) ?? []), p]);
  for (const [managerId, reports] of byManager) {
    const text = [
      m.deadline.managerSummary(today),
      ...reports.map((p) => `• ${m.deadline.managerLine(p.name, missing.get(p.id) ?? 0)}`),
    ].join('\n');
    await sendToPerson(ctx, managerId, `deadline:team-${team.id}:${today}:manager-${managerId}`, {
      text,
      blocks: [{ type: 'text', text }],
    });
  }
}
