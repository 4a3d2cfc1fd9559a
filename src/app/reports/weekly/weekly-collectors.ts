import { openItemsAsOf } from '../../../domain/kpi/ledger.js';
import { addTo, commitmentOwner, personName, planAchievements, rowsByPerson } from '../figures.js';
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
  const { row, all } = rowsByPerson(
    (personId, currency): CollectorWeek => ({
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
    }),
  );
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
    const owner = commitmentOwner(data, c);
    if (c.dueOn >= period.start && c.dueOn <= asOf && c.status !== 'cancelled') {
      const r = row(owner, c.currency);
      r.promisesDue += 1;
      if (c.status === 'kept' || c.status === 'partially_kept') r.promisesKept += 1;
    }
    if (c.status === 'broken' && c.settledOn && c.settledOn >= period.start && c.settledOn <= asOf)
      row(owner, c.currency).promisesBroken += 1;
  }
  const answers = answersByDeadline(data);
  const plans = planAchievements(data);
  for (const s of data.planScores) row(s.personId, s.currency);
  for (const r of all()) {
    if (r.personId !== null) r.answersByDeadline = answers.get(r.personId) ?? 0;
    r.planAchievementBp = plans.get(`${r.personId}:${r.currency}`) ?? null;
  }
  return all().sort(
    (a, b) => a.currency.localeCompare(b.currency) || b.overdue - a.overdue || a.name.localeCompare(b.name),
  );
}
