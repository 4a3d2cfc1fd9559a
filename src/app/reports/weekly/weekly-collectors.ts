import { openItemsAsOf } from '../../../domain/kpi/ledger.js';
import { ratioBp } from '../../../domain/kpi/ratio.js';
import { addTo, personName } from '../figures.js';
import type { ReportData } from '../report-data.js';

/** One collector's week in one currency. */
export interface CollectorWeek {
  personId: number | null;
  name: string;
  currency: string;
  overdue: number;
  overdueItems: number;
  collected: number;
  promisesDue: number;
  promisesKept: number;
  promisesBroken: number;
  /** Answers given on working days before the daily deadline. */
  answersByDeadline: number;
  /** Collected over planned in the weekly plans; null without a plan. */
  planAchievementBp: number | null;
}

/** Answers per person given on a working day of the period before the team's deadline. */
export function answersByDeadline(data: ReportData): Map<number, number> {
  const counted = new Set<string>();
  const by = new Map<number, number>();
  for (const a of data.answers) {
    if (!data.team.calendar.isWorkingDay(a.on) || a.at >= data.team.settings.deadlineTime) continue;
    // One answer per item and day, however many times it was touched.
    const key = `${a.personId}:${a.itemId}:${a.on}`;
    if (counted.has(key)) continue;
    counted.add(key);
    addTo(by, a.personId, 1);
  }
  return by;
}

/** Per collector and currency: overdue now, collected, promises, deadline answers and plan achievement. */
export function collectorWeeks(data: ReportData): CollectorWeek[] {
  const { period, asOf } = data;
  const rows = new Map<string, CollectorWeek>();
  const row = (personId: number | null, currency: string): CollectorWeek => {
    const key = `${personId}:${currency}`;
    let r = rows.get(key);
    if (!r) {
      r = {
        personId,
        name: personName(data, personId),
        currency,
        overdue: 0,
        overdueItems: 0,
        collected: 0,
        promisesDue: 0,
        promisesKept: 0,
        promisesBroken: 0,
        answersByDeadline: 0,
        planAchievementBp: null,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const o of openItemsAsOf(data.items, data.byItem, asOf)) {
    if (o.bucket === 'not_due') continue;
    const r = row(o.item.collectorId, o.item.currency);
    r.overdue += o.outstanding;
    r.overdueItems += 1;
  }
  for (const rc of data.receipts) {
    const item = data.itemsById.get(rc.itemId);
    if (item && rc.on >= period.start && rc.on <= asOf)
      row(item.collectorId, item.currency).collected += rc.amount;
  }
  for (const c of data.commitments) {
    const owner = c.ownerId ?? data.itemsById.get(c.itemId)?.collectorId ?? null;
    if (c.dueOn >= period.start && c.dueOn <= asOf && c.status !== 'cancelled') {
      const r = row(owner, c.currency);
      r.promisesDue += 1;
      if (c.status === 'kept' || c.status === 'partially_kept') r.promisesKept += 1;
    }
    if (c.status === 'broken' && c.settledOn && c.settledOn >= period.start && c.settledOn <= asOf)
      row(owner, c.currency).promisesBroken += 1;
  }
  const answers = answersByDeadline(data);
  const plans = new Map<string, { planned: number; collected: number }>();
  for (const s of data.planScores) {
    const key = `${s.personId}:${s.currency}`;
    const p = plans.get(key) ?? { planned: 0, collected: 0 };
    plans.set(key, { planned: p.planned + s.planned, collected: p.collected + s.collected });
    row(s.personId, s.currency);
  }
  for (const r of rows.values()) {
    if (r.personId !== null) r.answersByDeadline = answers.get(r.personId) ?? 0;
    const plan = plans.get(`${r.personId}:${r.currency}`);
    r.planAchievementBp = plan ? ratioBp(plan.collected, plan.planned) : null;
  }
  return [...rows.values()].sort(
    (a, b) => a.currency.localeCompare(b.currency) || b.overdue - a.overdue || a.name.localeCompare(b.name),
  );
}
