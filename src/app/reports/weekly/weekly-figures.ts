import type { AgingBucket } from '../../../domain/aging.js';
import { bucketTotals, openItemsAsOf, outstandingAsOf } from '../../../domain/kpi/ledger.js';
import type { ReportPeriod } from '../../../domain/kpi/period.js';
import { ratioBp } from '../../../domain/kpi/ratio.js';
import { addDays, diffDays, type LocalDate } from '../../../domain/local-date.js';
import { type Buckets, currencyOrder, zeroBuckets } from '../figures.js';
import type { ReportData } from '../report-data.js';
import { type CollectorWeek, collectorWeeks } from './weekly-collectors.js';
import { type WeeklyLists, weeklyLists } from './weekly-lists.js';

/** The headline of one currency. */
export interface WeeklyHeadline {
  currency: string;
  open: number;
  overdue: number;
  overdueLastWeek: number;
  /** Items that turned overdue this week, at what they owed on their due date. */
  newlyOverdue: number;
  collected: number;
  /** What fell due this week, as owed when the week began. */
  fellDue: number;
  overdueShareBp: number | null;
}

/** The weekly overdue report (逾期报表), as figures: what is stored when it is sent. */
export interface WeeklyFigures {
  kind: 'weekly';
  period: ReportPeriod;
  asOf: LocalDate;
  headline: WeeklyHeadline[];
  aging: { currency: string; now: Buckets; lastWeek: Buckets }[];
  collectors: CollectorWeek[];
  lists: WeeklyLists;
  /** Overdue by bucket at the end of each of the last eight weeks, in the main currency. */
  trend: { currency: string; labels: string[]; byBucket: Partial<Record<AgingBucket, number[]>> } | null;
}

const TREND_WEEKS = 8;

/** Builds the weekly report's figures from the ledger and the week's collection record. */
export function weeklyFigures(data: ReportData): WeeklyFigures {
  const { period, asOf } = data;
  const lastWeek = addDays(asOf, -7);
  const now = bucketTotals(openItemsAsOf(data.items, data.byItem, asOf));
  const before = bucketTotals(openItemsAsOf(data.items, data.byItem, lastWeek));
  const flows = weekFlows(data, period.start, asOf);
  const currencies = currencyOrder(
    new Map([
      ...now.map((t) => [t.currency, t.open] as const),
      ...[...flows.keys()].map((c) => [c, 0] as const),
    ]),
  );
  const headline = currencies.map((currency) => {
    const t = now.find((x) => x.currency === currency);
    const b = before.find((x) => x.currency === currency);
    const f = flows.get(currency) ?? { newlyOverdue: 0, collected: 0, fellDue: 0 };
    return {
      currency,
      open: t?.open ?? 0,
      overdue: t?.overdue ?? 0,
      overdueLastWeek: b?.overdue ?? 0,
      ...f,
      overdueShareBp: ratioBp(t?.overdue ?? 0, t?.open ?? 0),
    };
  });
  const aging = currencies.map((currency) => ({
    currency,
    now: now.find((t) => t.currency === currency)?.buckets ?? zeroBuckets(),
    lastWeek: before.find((t) => t.currency === currency)?.buckets ?? zeroBuckets(),
  }));
  return {
    kind: 'weekly',
    period,
    asOf,
    headline,
    aging,
    collectors: collectorWeeks(data),
    lists: weeklyLists(data),
    trend: currencies[0] ? overdueTrend(data, currencies[0]) : null,
  };
}

function weekFlows(data: ReportData, from: LocalDate, asOf: LocalDate) {
  const flows = new Map<string, { newlyOverdue: number; collected: number; fellDue: number }>();
  const of = (c: string) => {
    let f = flows.get(c);
    if (!f) {
      f = { newlyOverdue: 0, collected: 0, fellDue: 0 };
      flows.set(c, f);
    }
    return f;
  };
  for (const item of data.items) {
    const receipts = data.byItem.get(item.id) ?? [];
    // An item is overdue from the day after its due date.
    if (item.dueOn >= addDays(from, -1) && item.dueOn < asOf)
      of(item.currency).newlyOverdue += outstandingAsOf(item, receipts, item.dueOn);
    if (item.dueOn >= from && item.dueOn <= asOf) {
      const dayBefore = addDays(from, -1);
      of(item.currency).fellDue +=
        item.issuedOn > dayBefore ? item.amount : outstandingAsOf(item, receipts, dayBefore);
    }
  }
  for (const r of data.receipts) {
    const item = data.itemsById.get(r.itemId);
    if (item && r.on >= from && r.on <= asOf) of(item.currency).collected += r.amount;
  }
  return flows;
}

function overdueTrend(data: ReportData, currency: string): WeeklyFigures['trend'] {
  const labels: string[] = [];
  const byBucket: Partial<Record<AgingBucket, number[]>> = {};
  for (let k = TREND_WEEKS - 1; k >= 0; k--) {
    const end = k === 0 ? data.asOf : addDays(data.period.end, -7 * k);
    labels.push(end.slice(5));
    const totals = bucketTotals(
      openItemsAsOf(
        data.items.filter((i) => i.currency === currency),
        data.byItem,
        end,
      ),
    )[0];
    for (const [bucket, amount] of Object.entries(totals?.buckets ?? zeroBuckets()) as [
      AgingBucket,
      number,
    ][]) {
      if (bucket === 'not_due') continue;
      byBucket[bucket] = [...(byBucket[bucket] ?? []), amount];
    }
  }
  return { currency, labels, byBucket };
}

/** Calendar days since a team-local date, for the age of disputes and claims. */
export function ageInDays(since: LocalDate, asOf: LocalDate): number {
  return Math.max(0, diffDays(asOf, since));
}
