import type { DbOrTrx } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { type PlanLine, planLines, teamPlans } from '../../db/repositories/weekly.repository.js';
import { saveScore } from '../../db/repositories/weekly-score.repository.js';
import type { WeeklyPlanRow } from '../../db/schema/index.js';
import { achievementBp, type CheckInWeek } from '../../domain/week.js';
import { ledgerByLine } from './ledger-receipts.js';

/** One collector's week in one currency. */
export interface Score {
  plan: WeeklyPlanRow;
  currency: string;
  planned: number;
  /** Receipts in the ledger for the planned customers this week. */
  collected: number;
  /** Amounts the collector reported beyond what the ledger shows. */
  selfReported: number;
  linesWithoutOutcome: number;
  achievementBp: number | null;
  lines: PlanLine[];
}

/** Scores every submitted plan of a team's week against the ledger as of `today`. */
export async function scoreWeek(
  db: DbOrTrx,
  teamId: number,
  week: CheckInWeek,
  today: string,
): Promise<Score[]> {
  const plans = (await teamPlans(db, teamId, week.weekStart)).filter((p) => p.plan_submitted_at);
  const lines = await planLines(
    db,
    plans.map((p) => p.id),
  );
  const scores: Score[] = [];
  for (const plan of plans) {
    const own = lines.get(plan.id) ?? [];
    const ledger = await ledgerByLine(db, own, week, today);
    const currencies = [...new Set(own.map((l) => l.currency))].sort();
    for (const currency of currencies) {
      const inCurrency = own.filter((l) => l.currency === currency);
      const planned = inCurrency.reduce((s, l) => s + l.planned, 0);
      const collected = inCurrency.reduce((s, l) => s + (ledger.get(l.id) ?? 0), 0);
      const selfReported = inCurrency.reduce(
        (s, l) => s + Math.max(0, (l.actual ?? 0) - (ledger.get(l.id) ?? 0)),
        0,
      );
      scores.push({
        plan,
        currency,
        planned,
        collected,
        selfReported,
        linesWithoutOutcome: inCurrency.filter((l) => l.outcome === null).length,
        achievementBp: achievementBp(planned, collected),
        lines: inCurrency,
      });
    }
  }
  return scores;
}

/** Stores the week's scores for the reports, with one audit entry per collector and currency. */
export async function storeScores(db: DbOrTrx, scores: readonly Score[], now: Date): Promise<void> {
  for (const s of scores) {
    const values = {
      planId: s.plan.id,
      currency: s.currency,
      planned: s.planned,
      collected: s.collected,
      selfReported: s.selfReported,
      linesWithoutOutcome: s.linesWithoutOutcome,
      achievementBp: s.achievementBp,
    };
    await saveScore(db, { ...values, now });
    await recordAudit(db, {
      at: now,
      actorLabel: 'scheduler',
      action: 'week.score',
      entity: 'weekly_plan',
      entityId: s.plan.id,
      after: values,
    });
  }
}
