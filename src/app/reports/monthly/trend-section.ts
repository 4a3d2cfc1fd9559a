import { AGING_BUCKETS } from '../../../domain/aging.js';
import {
  averageDaysDelinquent,
  bestPossibleDso,
  countbackDso,
  type SalesMonth,
} from '../../../domain/kpi/dso.js';
import { collectionEffectivenessBp, collectionRateBp } from '../../../domain/kpi/effectiveness.js';
import { bucketTotals, openItemsAsOf } from '../../../domain/kpi/ledger.js';
import { addDays, addMonths, endOfMonth, type LocalDate } from '../../../domain/local-date.js';
import { major } from '../../lists/overdue-workbook.js';
import { drawnAmount } from '../chart-image.js';
import { money, pct } from '../format.js';
import { part } from '../output.js';
import type { ReportData } from '../report-data.js';
import { section } from './section.js';

/** One month end of one currency. */
export interface MonthPoint {
  month: string;
  open: number;
  overdue: number;
  over90: number;
  dso: number;
}

/** The month's collection metrics of one currency. */
export interface MonthMetrics {
  dso: number;
  bestDso: number;
  add: number;
  ceiBp: number | null;
  rateBp: number | null;
  invoiced: number;
  collected: number;
}

export interface CurrencyTrend {
  currency: string;
  points: MonthPoint[];
  metrics: MonthMetrics;
}

const MONTHS = 12;
const OVER_90 = new Set(AGING_BUCKETS.slice(AGING_BUCKETS.indexOf('d91_180')));

/** Invoiced per currency and month (YYYY-MM); the ledger holds only items issued by the as-of day. */
function invoicedByMonth(data: ReportData): Map<string, number> {
  const by = new Map<string, number>();
  for (const i of data.items) {
    const key = `${i.currency}:${i.issuedOn.slice(0, 7)}`;
    by.set(key, (by.get(key) ?? 0) + i.amount);
  }
  return by;
}

/** Invoicing per month ending at `end`, newest first, for the countback. */
function salesMonths(invoiced: Map<string, number>, currency: string, end: LocalDate): SalesMonth[] {
  const months: SalesMonth[] = [];
  for (let k = 0; k < MONTHS; k++) {
    const monthEnd = k === 0 ? end : endOfMonth(addMonths(`${end.slice(0, 8)}01`, -k));
    months.push({
      sales: invoiced.get(`${currency}:${monthEnd.slice(0, 7)}`) ?? 0,
      days: Number(monthEnd.slice(8, 10)),
    });
  }
  return months;
}

/** Month ends of the last twelve months up to `asOf`, oldest first. */
function monthEnds(asOf: LocalDate): LocalDate[] {
  const ends: LocalDate[] = [];
  for (let k = MONTHS - 1; k >= 0; k--)
    ends.push(k === 0 ? asOf : endOfMonth(addMonths(`${asOf.slice(0, 8)}01`, -k)));
  return ends;
}

export const trendSection = section<CurrencyTrend[]>({
  id: 'trend',
  build({ data, open }) {
    const currencies = [...new Set(open.map((o) => o.item.currency))].sort();
    const ends = monthEnds(data.asOf);
    const invoiced = invoicedByMonth(data);
    const snapshots = ends.map((end) => ({
      end,
      totals: bucketTotals(openItemsAsOf(data.items, data.byItem, end)),
    }));
    return currencies.map((currency) => {
      const points = snapshots.map(({ end, totals }) => {
        const t = totals.find((x) => x.currency === currency);
        const over90 = t
          ? AGING_BUCKETS.filter((b) => OVER_90.has(b)).reduce((n, b) => n + t.buckets[b], 0)
          : 0;
        return {
          month: end.slice(0, 7),
          open: t?.open ?? 0,
          overdue: t?.overdue ?? 0,
          over90,
          dso: countbackDso(t?.open ?? 0, salesMonths(invoiced, currency, end)),
        };
      });
      const last = snapshots[snapshots.length - 1]?.totals.find((x) => x.currency === currency);
      const sales = salesMonths(invoiced, currency, data.asOf);
      const dso = countbackDso(last?.open ?? 0, sales);
      const bestDso = bestPossibleDso(last?.buckets.not_due ?? 0, sales);
      const before = addDays(data.period.start, -1);
      const opening =
        bucketTotals(openItemsAsOf(data.items, data.byItem, before)).find((x) => x.currency === currency)
          ?.open ?? 0;
      let collected = 0;
      for (const r of data.receipts)
        if (
          r.on >= data.period.start &&
          r.on <= data.asOf &&
          data.itemsById.get(r.itemId)?.currency === currency
        )
          collected += r.amount;
      const flows = {
        opening,
        invoiced: sales[0]?.sales ?? 0,
        closing: last?.open ?? 0,
        closingCurrent: last?.buckets.not_due ?? 0,
        collected,
      };
      return {
        currency,
        points,
        metrics: {
          dso,
          bestDso,
          add: averageDaysDelinquent(dso, bestDso),
          ceiBp: collectionEffectivenessBp(flows),
          rateBp: collectionRateBp(flows),
          invoiced: flows.invoiced,
          collected,
        },
      };
    });
  },
  render(trends, rc) {
    const { m } = rc;
    const r = m.reports;
    const out = { parts: [] as ReturnType<typeof part>[], sheets: [] as ReturnType<typeof rc.sheet>[] };
    for (const [i, t] of trends.entries()) {
      const x = t.metrics;
      const blocks = [
        {
          type: 'table' as const,
          columns: [
            { key: 'month', label: r.month },
            { key: 'open', label: r.open, align: 'right' as const },
            { key: 'overdue', label: r.overdue, align: 'right' as const },
            { key: 'over90', label: r.over90, align: 'right' as const },
            { key: 'dso', label: r.dso, align: 'right' as const },
          ],
          rows: t.points.map((p) => ({
            month: p.month,
            open: money(p.open, t.currency),
            overdue: money(p.overdue, t.currency),
            over90: money(p.over90, t.currency),
            dso: r.days(p.dso),
          })),
        },
      ];
      const last = t.points[t.points.length - 1];
      const chart =
        i === 0
          ? [
              rc.chart(
                {
                  title: r.trendDsoChart,
                  subtitle: `${t.currency} · ${rc.label}`,
                  categories: t.points.map((p) => p.month),
                  series: [
                    {
                      name: r.overdue,
                      kind: 'bar',
                      values: t.points.map((p) => drawnAmount(p.overdue, t.currency)),
                    },
                    {
                      name: r.over90,
                      kind: 'bar',
                      values: t.points.map((p) => drawnAmount(p.over90, t.currency)),
                    },
                    { name: r.dso, kind: 'line', axis: 1, values: t.points.map((p) => p.dso) },
                  ],
                  axes: [
                    { name: r.amountAxis(t.currency), format: 'number' },
                    { name: r.daysAxis, format: 'days' },
                  ],
                },
                `trend-dso-${rc.label}.png`,
                r.trendDsoAlt(t.currency, money(last?.overdue ?? 0, t.currency), r.days(last?.dso ?? null)),
              ),
            ]
          : [];
      out.parts.push(part(r.trendTable(t.currency), [...blocks, ...chart.filter((c) => c !== null)]));
      const metricRows: [string, string][] = [
        [r.metricNames.dso, r.days(x.dso)],
        [r.metricNames.bestDso, r.days(x.bestDso)],
        [r.metricNames.add, r.days(x.add)],
        [r.metricNames.cei, pct(x.ceiBp)],
        [r.metricNames.rate, pct(x.rateBp)],
        [r.metricNames.invoiced, money(x.invoiced, t.currency)],
        [r.metricNames.collected, money(x.collected, t.currency)],
      ];
      out.parts.push(
        part(r.metricsTable(t.currency), [
          { type: 'fields', fields: metricRows.map(([label, value]) => ({ label, value })) },
        ]),
      );
      out.sheets.push(
        rc.sheet(
          `${r.sheet.trend} ${t.currency}`,
          [
            [r.month, 10],
            [r.open, 16],
            [r.overdue, 16],
            [r.over90, 16],
            [`${r.dso} (${r.daysAxis})`, 10],
          ],
          t.points.map((p) => [
            p.month,
            major(p.open, t.currency),
            major(p.overdue, t.currency),
            major(p.over90, t.currency),
            p.dso,
          ]),
        ),
      );
      out.sheets.push(
        rc.sheet(
          `${r.sheet.metrics} ${t.currency}`,
          [
            [r.metric, 36],
            [r.value, 16],
          ],
          [
            [r.metricNames.dso, x.dso],
            [r.metricNames.bestDso, x.bestDso],
            [r.metricNames.add, x.add],
            [`${r.metricNames.cei} %`, x.ceiBp === null ? null : x.ceiBp / 100],
            [`${r.metricNames.rate} %`, x.rateBp === null ? null : x.rateBp / 100],
            [r.metricNames.invoiced, major(x.invoiced, t.currency)],
            [r.metricNames.collected, major(x.collected, t.currency)],
          ],
        ),
      );
    }
    return out;
  },
});
