import type { Block, Message } from '../../../chat/message.js';
import type { CommissionTable } from '../../../domain/kpi/lateness.js';
import type { Messages } from '../../../locale/index.js';
import { major } from '../../lists/overdue-workbook.js';
import type { Sheet } from '../../lists/xlsx-writer.js';
import { type ChartDrawer, drawnAmount } from '../chart-image.js';
import { money, pct, signed } from '../format.js';
import type { SheetMaker } from '../monthly/section.js';
import { part } from '../output.js';
import type { CollectorKpi } from './kpi-figures.js';

/** The KPI tables (one per currency), the commission factor table, a chart, and their sheets. */
export function renderKpis(
  rows: readonly CollectorKpi[],
  table: CommissionTable,
  m: Messages,
  sheet: SheetMaker,
  label: string,
  chart: ChartDrawer,
): { parts: Message[]; sheets: Sheet[]; chart: Block | null } {
  const r = m.reports;
  const k = r.kpi;
  const currencies = [...new Set(rows.map((x) => x.currency))];
  const parts: Message[] = [];
  const sheets: Sheet[] = [];
  for (const currency of currencies) {
    const mine = rows.filter((x) => x.currency === currency);
    parts.push(
      part(r.kpiTable(currency), [
        {
          type: 'table',
          columns: [
            { key: 'name', label: r.collector },
            { key: 'collected', label: k.collected, align: 'right' },
            { key: 'rate', label: k.rate, align: 'right' },
            { key: 'overdue', label: k.overdue, align: 'right' },
            { key: 'change', label: k.overdueChange, align: 'right' },
            { key: 'followUps', label: k.followUps, align: 'right' },
            { key: 'made', label: k.promisesMade, align: 'right' },
            { key: 'kept', label: k.kept, align: 'right' },
            { key: 'broken', label: k.broken, align: 'right' },
            { key: 'keeping', label: k.keepingRate, align: 'right' },
            { key: 'answers', label: k.answers, align: 'right' },
            { key: 'plan', label: k.plan, align: 'right' },
            { key: 'late', label: k.daysLate, align: 'right' },
            { key: 'weighted', label: k.weighted, align: 'right' },
          ],
          rows: mine.map((x) => ({
            name: x.name,
            collected: money(x.collected, currency),
            rate: pct(x.collectionRateBp),
            overdue: money(x.overdue, currency),
            change: signed(x.overdue - x.overdueBefore, currency),
            followUps: String(x.followUps),
            made: String(x.promisesMade),
            kept: String(x.promisesKept),
            broken: String(x.promisesBroken),
            keeping: pct(x.keepingRateBp),
            answers: String(x.answersByDeadline),
            plan: pct(x.planAchievementBp),
            late: r.days(x.weightedDaysLate),
            weighted: money(x.latenessWeighted, currency),
          })),
        },
        { type: 'context', text: r.kpiNote },
      ]),
    );
    sheets.push(
      sheet(
        `${r.sheet.kpi} ${currency}`,
        [
          [r.collector, 20],
          [k.collected, 16],
          [`${k.rate} %`, 10],
          [k.overdue, 16],
          [k.overdueChange, 16],
          [k.followUps, 10],
          [k.promisesMade, 10],
          [k.kept, 8],
          [k.broken, 8],
          [`${k.keepingRate} %`, 10],
          [k.answers, 12],
          [`${k.plan} %`, 10],
          [k.daysLate, 12],
          [k.weighted, 16],
        ],
        mine.map((x) => [
          x.name,
          major(x.collected, currency),
          x.collectionRateBp === null ? null : x.collectionRateBp / 100,
          major(x.overdue, currency),
          major(x.overdue - x.overdueBefore, currency),
          x.followUps,
          x.promisesMade,
          x.promisesKept,
          x.promisesBroken,
          x.keepingRateBp === null ? null : x.keepingRateBp / 100,
          x.answersByDeadline,
          x.planAchievementBp === null ? null : x.planAchievementBp / 100,
          x.weightedDaysLate,
          major(x.latenessWeighted, currency),
        ]),
        [
          [
            r.total,
            major(
              mine.reduce((n, x) => n + x.collected, 0),
              currency,
            ),
            null,
            major(
              mine.reduce((n, x) => n + x.overdue, 0),
              currency,
            ),
          ],
        ],
      ),
    );
  }
  const factors = [
    ...table.bands.map((b) => ({ days: r.upTo(b.maxDaysLate), factor: pct(b.factorBp) })),
    { days: r.later, factor: pct(table.beyondBp) },
  ];
  parts.push(
    part(r.commissionTable, [
      {
        type: 'table',
        columns: [
          { key: 'days', label: r.daysAfterDue },
          { key: 'factor', label: r.factor, align: 'right' },
        ],
        rows: factors,
      },
    ]),
  );
  return { parts, sheets, chart: kpiChart(rows, m, label, chart) };
}

function kpiChart(
  rows: readonly CollectorKpi[],
  m: Messages,
  label: string,
  chart: ChartDrawer,
): Block | null {
  const currency = rows[0]?.currency;
  if (!currency) return null;
  const r = m.reports;
  const mine = rows.filter((x) => x.currency === currency && x.personId !== null);
  const top = [...mine].sort((a, b) => b.collected - a.collected)[0];
  return chart(
    {
      title: r.kpiChart,
      subtitle: `${currency} · ${label}`,
      horizontal: true,
      categories: mine.map((x) => x.name),
      series: [
        { name: r.kpi.collected, kind: 'bar', values: mine.map((x) => drawnAmount(x.collected, currency)) },
        {
          name: r.kpi.weighted,
          kind: 'bar',
          values: mine.map((x) => drawnAmount(x.latenessWeighted, currency)),
        },
      ],
      axes: [{ name: r.amountAxis(currency), format: 'number' }],
      height: Math.max(360, 140 + 40 * mine.length),
    },
    `kpi-${label}.png`,
    r.kpiAlt(top?.name ?? '–', money(top?.collected ?? 0, currency)),
  );
}
