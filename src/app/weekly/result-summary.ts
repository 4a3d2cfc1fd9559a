import { sql } from 'kysely';
import { type Block, mention } from '../../chat/message.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { closeWeek } from '../../db/repositories/weekly.repository.js';
import { instantAt } from '../../domain/local-time.js';
import { achievementBp, formatPercent } from '../../domain/week.js';
import { messagesFor } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import { postToTeam } from '../publish.js';
import { leaveLines } from './plan-summary.js';
import { type WeeklyRun, weeklyKey } from './prompts.js';
import { type Score, scoreWeek, storeScores } from './scoring.js';
import { teamCollectors } from './weekly-people.js';

/** Promises on the team's items found broken since the week began. */
async function brokenThisWeek(run: WeeklyRun) {
  const since = instantAt(run.week.weekStart, '00:00', run.team.timezone);
  return run.ctx.db
    .selectFrom('commitments as pr')
    .leftJoin('receivables as r', 'r.id', 'pr.receivable_id')
    .innerJoin('customers as c', 'c.id', 'pr.customer_id')
    .leftJoin('people as p', (join) => join.on(sql<boolean>`p.id = coalesce(r.collector_id, pr.person_id)`))
    .select([
      'c.name as customer',
      'r.invoice_no',
      'pr.amount',
      'pr.currency',
      'pr.due_on as promised_on',
      'p.name as who',
    ])
    .where('pr.team_id', '=', run.team.id)
    .where('pr.status', '=', 'broken')
    .where('pr.kind', '<>', 'next_action')
    .where('pr.resolved_at', '>=', since)
    .where('pr.resolved_at', '<=', run.ctx.now)
    .orderBy('pr.due_on')
    .orderBy('pr.id')
    .execute();
}

function teamTotals(run: WeeklyRun, scores: readonly Score[]): string[] {
  const m = messagesFor(run.team.locale);
  const currencies = [...new Set(scores.map((s) => s.currency))].sort();
  return currencies.map((currency) => {
    const mine = scores.filter((s) => s.currency === currency);
    const planned = mine.reduce((a, s) => a + s.planned, 0);
    const collected = mine.reduce((a, s) => a + s.collected, 0);
    return m.weekly.teamResult(
      money(planned, currency),
      money(collected, currency),
      formatPercent(achievementBp(planned, collected)),
    );
  });
}

/**
 * Friday's plan-vs-actual in the group: per collector planned, collected from the ledger,
 * self-reported beyond it, achievement and lines without an outcome; team totals; the week's
 * broken promises. Scores are stored and the week closes.
 */
export async function postResultSummary(run: WeeklyRun): Promise<void> {
  const m = messagesFor(run.team.locale);
  const db = run.ctx.db;
  const scores = await scoreWeek(db, run.team.id, run.week, run.today);
  await storeScores(db, scores, run.ctx.now);
  const collectors = await teamCollectors(db, run.team.id, run.today);
  const names = new Map(
    (
      await db
        .selectFrom('people')
        .select(['id', 'name'])
        .where('id', 'in', [0, ...scores.map((s) => s.plan.person_id)])
        .execute()
    ).map((p) => [p.id, p.name]),
  );
  const rows = [...scores]
    .sort((a, b) => (names.get(a.plan.person_id) ?? '').localeCompare(names.get(b.plan.person_id) ?? ''))
    .map((s) => ({
      who: names.get(s.plan.person_id) ?? '',
      planned: money(s.planned, s.currency),
      collected: money(s.collected, s.currency),
      self: s.selfReported > 0 ? money(s.selfReported, s.currency) : m.weekly.nothing,
      achieved: formatPercent(s.achievementBp),
      open: String(s.linesWithoutOutcome),
    }));
  const title = m.weekly.resultSummaryTitle(run.team.name, run.week.weekStart);
  const blocks: Block[] = [{ type: 'header', text: title }];
  if (rows.length > 0)
    blocks.push(
      {
        type: 'table',
        columns: [
          { key: 'who', label: m.weekly.columns.collector },
          { key: 'planned', label: m.weekly.columns.planned, align: 'right' },
          { key: 'collected', label: m.weekly.columns.collected, align: 'right' },
          { key: 'self', label: m.weekly.columns.selfReported, align: 'right' },
          { key: 'achieved', label: m.weekly.columns.achievement, align: 'right' },
          { key: 'open', label: m.weekly.columns.noOutcome, align: 'right' },
        ],
        rows,
      },
      { type: 'text', text: teamTotals(run, scores).join('\n') },
      { type: 'context', text: m.weekly.selfReportedNote },
    );
  const away = new Set(collectors.filter((c) => c.leave).map((c) => c.id));
  const noResult = [
    ...new Set(scores.filter((s) => !s.plan.result_submitted_at).map((s) => s.plan.person_id)),
  ].filter((id) => !away.has(id));
  if (noResult.length > 0)
    blocks.push({ type: 'text', text: m.weekly.missingResults(noResult.map((id) => mention(id)).join(' ')) });
  const broken = await brokenThisWeek(run);
  blocks.push({
    type: 'text',
    text: broken.length
      ? [
          m.weekly.brokenTitle(broken.length),
          ...broken.map(
            (b) =>
              `• ${m.weekly.brokenLine(b.customer, b.invoice_no ?? '', money(b.amount ?? 0, b.currency ?? ''), b.promised_on, b.who ?? '')}`,
          ),
        ].join('\n')
      : m.weekly.noBroken,
  });
  const leave = leaveLines(run, collectors);
  if (leave.length > 0) blocks.push({ type: 'context', text: leave.join('\n') });
  await postToTeam(run.ctx, run.team.id, weeklyKey('result-summary', run), { text: title, blocks });
  await closeWeek(db, run.team.id, run.week.weekStart, run.ctx.now);
  await recordAudit(db, {
    at: run.ctx.now,
    actorLabel: 'scheduler',
    action: 'week.close',
    entity: 'team',
    entityId: run.team.id,
    after: { weekStart: run.week.weekStart, plans: [...new Set(scores.map((s) => s.plan.id))] },
  });
}
