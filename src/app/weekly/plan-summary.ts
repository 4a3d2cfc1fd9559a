import { type Block, mention } from '../../chat/message.js';
import { planLines, teamPlans } from '../../db/repositories/weekly.repository.js';
import { messagesFor } from '../../locale/index.js';
import { totalsText } from '../lists/list-message.js';
import { postToTeam } from '../publish.js';
import { dueThisWeek } from './plan-suggestions.js';
import { type WeeklyRun, weeklyKey } from './prompts.js';
import { zeroOf } from './team-currency.js';
import { teamCollectors } from './weekly-people.js';

const asTotals = (lines: readonly { currency: string; planned: number }[]) =>
  totalsText(lines.map((l) => ({ currency: l.currency, outstanding: l.planned })));

/** The leave lines of a summary: who is away, until when, and who covers. */
export function leaveLines(run: WeeklyRun, collectors: Awaited<ReturnType<typeof teamCollectors>>): string[] {
  const m = messagesFor(run.team.locale);
  return collectors.flatMap((c) =>
    c.leave ? [m.weekly.onLeave(c.name, c.leave.toOn, c.leave.delegateName)] : [],
  );
}

/**
 * The team's plan summary in the group: per collector the planned total and line count, the team
 * total against what falls due this week, and the collectors at work still without a plan, mentioned.
 */
export async function postPlanSummary(run: WeeklyRun): Promise<void> {
  const m = messagesFor(run.team.locale);
  const db = run.ctx.db;
  const collectors = await teamCollectors(db, run.team.id, run.today);
  const plans = (await teamPlans(db, run.team.id, run.week.weekStart)).filter((p) => p.plan_submitted_at);
  const lines = await planLines(
    db,
    plans.map((p) => p.id),
  );
  const byPerson = new Map(plans.map((p) => [p.person_id, lines.get(p.id) ?? []]));
  const names = new Map(collectors.map((c) => [c.id, c.name]));
  const rows = plans
    .map((p) => ({ id: p.person_id, lines: byPerson.get(p.person_id) ?? [] }))
    .sort((a, b) => (names.get(a.id) ?? '').localeCompare(names.get(b.id) ?? ''));
  const personName = async (id: number) =>
    names.get(id) ??
    (await db.selectFrom('people').select('name').where('id', '=', id).executeTakeFirst())?.name ??
    '';
  // Empty totals still read as money of the team's currency, never a bare 0.
  const zero = await zeroOf(db, run.team.id);
  const tableRows: Record<string, string>[] = [];
  for (const r of rows)
    tableRows.push({
      who: await personName(r.id),
      lines: String(r.lines.length),
      planned: asTotals(r.lines) || zero,
    });
  const all = [...byPerson.values()].flat();
  const due = await dueThisWeek(db, run.team.id, run.week);
  const dueText = totalsText([...due].map(([currency, outstanding]) => ({ currency, outstanding }))) || zero;
  const missing = collectors.filter((c) => c.leave === null && !byPerson.has(c.id));
  const title = m.weekly.planSummaryTitle(run.team.name, run.week.weekStart);
  const blocks: Block[] = [{ type: 'header', text: title }];
  if (tableRows.length > 0)
    blocks.push({
      type: 'table',
      columns: [
        { key: 'who', label: m.weekly.columns.collector },
        { key: 'lines', label: m.weekly.columns.lines, align: 'right' },
        { key: 'planned', label: m.weekly.columns.planned, align: 'right' },
      ],
      rows: tableRows,
    });
  blocks.push({ type: 'text', text: m.weekly.teamPlan(asTotals(all) || zero, dueText) });
  blocks.push({
    type: 'text',
    text: missing.length
      ? m.weekly.missingPlans(missing.map((c) => mention(c.id)).join(' '))
      : m.weekly.allPlanned,
  });
  const away = leaveLines(run, collectors);
  if (away.length > 0) blocks.push({ type: 'context', text: away.join('\n') });
  await postToTeam(run.ctx, run.team.id, weeklyKey('plan-summary', run), { text: title, blocks });
}
