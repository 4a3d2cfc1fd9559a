import type { Block, Message } from '../../../chat/message.js';
import type { Messages } from '../../../locale/index.js';
import { major } from '../../lists/overdue-workbook.js';
import type { Sheet } from '../../lists/xlsx-writer.js';
import { type ChartDrawer, drawnAmount } from '../chart-image.js';
import { money } from '../format.js';
import type { SheetMaker } from '../monthly/section.js';
import { part } from '../output.js';
import type { ForecastFigures } from './forecast-figures.js';

/** The forecast's headline lines, its weekly tables and chart, and their sheets. */
export function renderForecast(
  f: ForecastFigures,
  m: Messages,
  sheet: SheetMaker,
  draw: ChartDrawer,
): { headline: string[]; parts: Message[]; sheets: Sheet[]; chart: Block | null } {
  const r = m.reports;
  const headline = f.currencies.map((c) =>
    r.forecastHeadline(c.currency, money(c.fourWeeks, c.currency), money(c.thirteenWeeks, c.currency)),
  );
  const parts: Message[] = [];
  const sheets: Sheet[] = [];
  for (const c of f.currencies) {
    parts.push(
      part(r.forecastTable(c.currency), [
        {
          type: 'table',
          columns: [
            { key: 'week', label: r.week },
            { key: 'committed', label: r.committed, align: 'right' },
            { key: 'due', label: r.dueItems, align: 'right' },
            { key: 'overdue', label: r.overdueRecovery, align: 'right' },
            { key: 'total', label: r.total, align: 'right' },
          ],
          rows: c.weeks.map((w) => ({
            week: `${w.start} – ${w.end.slice(5)}`,
            committed: money(w.committed, c.currency),
            due: money(w.due, c.currency),
            overdue: money(w.overdue, c.currency),
            total: money(w.total, c.currency),
          })),
        },
        { type: 'context', text: r.forecastNote },
      ]),
    );
    sheets.push(
      sheet(
        `${r.sheet.forecast} ${c.currency}`,
        [
          [r.week, 12],
          [r.to, 12],
          [r.committed, 16],
          [r.dueItems, 16],
          [r.overdueRecovery, 16],
          [r.total, 16],
        ],
        c.weeks.map((w) => [
          { date: w.start },
          { date: w.end },
          major(w.committed, c.currency),
          major(w.due, c.currency),
          major(w.overdue, c.currency),
          major(w.total, c.currency),
        ]),
        [
          [
            r.total,
            null,
            ...(['committed', 'due', 'overdue', 'total'] as const).map((k) =>
              major(
                c.weeks.reduce((n, w) => n + w[k], 0),
                c.currency,
              ),
            ),
          ],
        ],
      ),
    );
  }
  const first = f.currencies[0];
  const chart = first
    ? draw(
        {
          title: r.forecastChart,
          subtitle: `${first.currency} · ${f.from}`,
          categories: first.weeks.map((w) => w.start.slice(5)),
          series: [
            {
              name: r.committed,
              kind: 'bar',
              stack: 'f',
              values: first.weeks.map((w) => drawnAmount(w.committed, first.currency)),
            },
            {
              name: r.dueItems,
              kind: 'bar',
              stack: 'f',
              values: first.weeks.map((w) => drawnAmount(w.due, first.currency)),
            },
            {
              name: r.overdueRecovery,
              kind: 'bar',
              stack: 'f',
              values: first.weeks.map((w) => drawnAmount(w.overdue, first.currency)),
            },
          ],
          axes: [{ name: r.amountAxis(first.currency), format: 'number' }],
        },
        `forecast-${f.from}.png`,
        r.forecastAlt(
          first.currency,
          money(first.fourWeeks, first.currency),
          money(first.thirteenWeeks, first.currency),
        ),
      )
    : null;
  return { headline, parts, sheets, chart };
}
