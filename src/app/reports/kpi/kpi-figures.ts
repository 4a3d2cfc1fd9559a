import { collectionRateBp } from '../../../domain/kpi/effectiveness.js';
import {
  latenessWeightedCollected,
  type TimedReceipt,
  weightedDaysLate,
} from '../../../domain/kpi/lateness.js';
import { openItemsAsOf } from '../../../domain/kpi/ledger.js';
import { ratioBp } from '../../../domain/kpi/ratio.js';
import { addDays } from '../../../domain/local-date.js';
import { addTo, commitmentOwner, personName, planAchievements, rowsByPerson } from '../figures.js';
import type { ReportData } from '../report-data.js';
import { answersByDeadline } from '../weekly/weekly-collectors.js';

/** One collector's appraisal figures for a period in one currency (考核). */
export interface CollectorKpi {
  personId: number | null;
  name: string;
  currency: string;
  collected: number;
  collectionRateBp: number | null;
  overdue: number;
  overdueBefore: number;
  followUps: number;
  promisesMade: number;
  promisesKept: number;
  promisesBroken: number;
  keepingRateBp: number | null;
  answersByDeadline: number;
  planAchievementBp: number | null;
  weightedDaysLate: number | null;
  /** Receipts × the commission factor of their lateness. */
  latenessWeighted: number;
}

/** The KPI table of a period: every collector with items, receipts or activity in it. */
export function collectorKpis(data: ReportData): CollectorKpi[] {
  const { period, asOf } = data;
  const before = addDays(period.start, -1);
  type Row = CollectorKpi & { opening: number; invoiced: number; receipts: TimedReceipt[] };
  const { row, all } = rowsByPerson(
    (personId, currency): Row => ({
      personId,
      name: personName(data, personId),
      currency,
      collected: 0,
      collectionRateBp: null,
      overdue: 0,
      overdueBefore: 0,
      followUps: 0,
      promisesMade: 0,
      promisesKept: 0,
      promisesBroken: 0,
      keepingRateBp: null,
      answersByDeadline: 0,
      planAchievementBp: null,
      weightedDaysLate: null,
      latenessWeighted: 0,
      opening: 0,
      invoiced: 0,
      receipts: [],
    }),
  );
  for (const o of openItemsAsOf(data.items, data.byItem, asOf))
    if (o.bucket !== 'not_due') row(o.item.collectorId, o.item.currency).overdue += o.outstanding;
  for (const o of openItemsAsOf(data.items, data.byItem, before)) {
    const r = row(o.item.collectorId, o.item.currency);
    r.opening += o.outstanding;
    if (o.bucket !== 'not_due') r.overdueBefore += o.outstanding;
  }
  for (const item of data.items)
    if (item.issuedOn >= period.start && item.issuedOn <= asOf)
      row(item.collectorId, item.currency).invoiced += item.amount;
  for (const rc of data.receipts) {
    const item = data.itemsById.get(rc.itemId);
    if (!item || rc.on < period.start || rc.on > asOf) continue;
    const r = row(item.collectorId, item.currency);
    r.collected += rc.amount;
    r.receipts.push({ amount: rc.amount, receivedOn: rc.on, dueOn: item.dueOn });
  }
  const followUps = new Map<number, number>();
  for (const f of data.followUps) if (f.personId !== null) addTo(followUps, f.personId, 1);
  const settled = new Map<string, { kept: number; broken: number }>();
  for (const c of data.commitments) {
    const owner = commitmentOwner(data, c);
    if (c.madeOn >= period.start && c.madeOn <= asOf) row(owner, c.currency).promisesMade += 1;
    if (!c.settledOn || c.settledOn < period.start || c.settledOn > asOf) continue;
    const s = settled.get(`${owner}:${c.currency}`) ?? { kept: 0, broken: 0 };
    if (c.status === 'kept' || c.status === 'partially_kept') s.kept += 1;
    if (c.status === 'broken') s.broken += 1;
    settled.set(`${owner}:${c.currency}`, s);
    row(owner, c.currency);
  }
  const answers = answersByDeadline(data);
  const plans = planAchievements(data);
  const table = data.team.settings.commissionTable;
  return all()
    .map(({ opening, invoiced, receipts, ...r }) => {
      const s = settled.get(`${r.personId}:${r.currency}`) ?? { kept: 0, broken: 0 };
      return {
        ...r,
        collectionRateBp: collectionRateBp({ opening, invoiced, collected: r.collected }),
        followUps: r.personId === null ? 0 : (followUps.get(r.personId) ?? 0),
        promisesKept: s.kept,
        promisesBroken: s.broken,
        keepingRateBp: ratioBp(s.kept, s.kept + s.broken),
        answersByDeadline: r.personId === null ? 0 : (answers.get(r.personId) ?? 0),
        planAchievementBp: plans.get(`${r.personId}:${r.currency}`) ?? null,
        weightedDaysLate: weightedDaysLate(receipts),
        latenessWeighted: latenessWeightedCollected(receipts, table),
      };
    })
    .filter((r) => r.collected + r.overdue + r.overdueBefore + r.followUps + r.promisesMade > 0)
    .sort(
      (a, b) =>
        a.currency.localeCompare(b.currency) || b.collected - a.collected || a.name.localeCompare(b.name),
    );
}
