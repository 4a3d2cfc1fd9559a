import type { Block } from '../../../chat/message.js';
import { AGING_BUCKETS } from '../../../domain/aging.js';
import type { Messages } from '../../../locale/index.js';
import { major } from '../../lists/overdue-workbook.js';
import type { Cell } from '../../lists/xlsx-writer.js';
import { drawnAmount } from '../chart-image.js';
import {
  type Buckets,
  currencyOrder,
  customerName,
  OVERDUE_BUCKETS,
  personName,
  zeroBuckets,
} from '../figures.js';
import { money, pct } from '../format.js';
import { part } from '../output.js';
import { type RenderContext, type SectionOutput, section } from './section.js';

interface AgingRow {
  name: string;
  buckets: Buckets;
  total: number;
}

/** The classic 账龄分析表 of one currency: customers × buckets, collectors × buckets, retention money. */
export interface AgingTables {
  currency: string;
  customers: AgingRow[];
  collectors: AgingRow[];
  totals: AgingRow;
  retention: AgingRow;
}

/** Rows shown in chat; the spreadsheet has them all. */
const CHAT_ROWS = 15;
const PARETO = 10;

function add(rows: Map<string, AgingRow>, name: string, bucket: keyof Buckets, amount: number) {
  let r = rows.get(name);
  if (!r) {
    r = { name, buckets: zeroBuckets(), total: 0 };
    rows.set(name, r);
  }
  r.buckets[bucket] += amount;
  r.total += amount;
}

const sorted = (rows: Map<string, AgingRow>) =>
  [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));

export const agingSection = section<AgingTables[]>({
  id: 'aging',
  build({ data, open }) {
    const totals = new Map<string, number>();
    for (const o of open) totals.set(o.item.currency, (totals.get(o.item.currency) ?? 0) + o.outstanding);
    return currencyOrder(totals).map((currency) => {
      const customers = new Map<string, AgingRow>();
      const collectors = new Map<string, AgingRow>();
      const all = new Map<string, AgingRow>();
      const retention = new Map<string, AgingRow>();
      for (const o of open) {
        if (o.item.currency !== currency) continue;
        add(customers, customerName(data, o.item.customerId), o.bucket, o.outstanding);
        add(collectors, personName(data, o.item.collectorId), o.bucket, o.outstanding);
        add(all, '', o.bucket, o.outstanding);
        if (o.item.kind === 'retention') add(retention, '', o.bucket, o.outstanding);
      }
      const empty = { name: '', buckets: zeroBuckets(), total: 0 };
      return {
        currency,
        customers: sorted(customers),
        collectors: sorted(collectors),
        totals: all.get('') ?? empty,
        retention: retention.get('') ?? empty,
      };
    });
  },
  render(tables, rc): SectionOutput {
    const { m } = rc;
    const r = m.reports;
    const out: SectionOutput = { parts: [], sheets: [] };
    for (const [i, t] of tables.entries()) {
      const shown = t.customers.slice(0, CHAT_ROWS);
      const more = t.customers.length - shown.length;
      const parts: Block[] = [bucketTable(m, r.customer, shown, t.totals, t.currency)];
      if (more > 0) parts.push({ type: 'context', text: r.moreInSheet(more) });
      const pareto = i === 0 ? paretoChart(t, rc) : null;
      if (pareto) parts.push(pareto);
      out.parts.push(part(r.agingByCustomer(t.currency), parts));
      out.parts.push(
        part(r.agingByCollector(t.currency), [
          bucketTable(m, r.collector, t.collectors, t.totals, t.currency),
          { type: 'text', text: `**${r.retention}:** ${money(t.retention.total, t.currency)}` },
        ]),
      );
      const columns: [string, number][] = [
        [r.customer, 32],
        ...AGING_BUCKETS.map((b): [string, number] => [m.bucket(b), 14]),
        [r.total, 16],
      ];
      const cells = (row: AgingRow): Cell[] => [
        row.name,
        ...AGING_BUCKETS.map((b) => major(row.buckets[b], t.currency)),
        major(row.total, t.currency),
      ];
      const totalsRow: Cell[] = [r.total, ...cells(t.totals).slice(1)];
      const retentionRow: Cell[] = [r.retention, ...cells(t.retention).slice(1)];
      out.sheets.push(
        rc.sheet(`${r.sheet.customers} ${t.currency}`, columns, t.customers.map(cells), [totalsRow]),
      );
      out.sheets.push(
        rc.sheet(
          `${r.sheet.collectors} ${t.currency}`,
          [[r.collector, 20], ...columns.slice(1)],
          t.collectors.map(cells),
          [retentionRow, totalsRow],
        ),
      );
      if (i === 0) out.mainChart = collectorChart(t, rc);
    }
    return out;
  },
});

function bucketTable(
  m: Messages,
  label: string,
  rows: AgingRow[],
  totals: AgingRow,
  currency: string,
): Block {
  const line = (row: AgingRow, name: string) => ({
    name,
    ...Object.fromEntries(AGING_BUCKETS.map((b) => [b, money(row.buckets[b], currency)])),
    total: money(row.total, currency),
  });
  return {
    type: 'table',
    columns: [
      { key: 'name', label },
      ...AGING_BUCKETS.map((b) => ({ key: b, label: m.bucket(b), align: 'right' as const })),
      { key: 'total', label: m.reports.total, align: 'right' },
    ],
    rows: [...rows.map((row) => line(row, row.name)), line(totals, `**${m.reports.total}**`)],
  };
}

function collectorChart(t: AgingTables, rc: RenderContext): Block | null {
  const r = rc.m.reports;
  const people = t.collectors.filter((c) => c.total - c.buckets.not_due > 0);
  const top = people[0];
  return rc.chart(
    {
      title: r.collectorChart,
      subtitle: `${t.currency} · ${rc.label}`,
      horizontal: true,
      categories: people.map((p) => p.name),
      series: OVERDUE_BUCKETS.map((b) => ({
        name: rc.m.bucket(b),
        kind: 'bar' as const,
        stack: 'aging',
        values: people.map((p) => drawnAmount(p.buckets[b], t.currency)),
      })),
      axes: [{ name: r.amountAxis(t.currency), format: 'number' }],
      height: Math.max(360, 140 + 34 * people.length),
    },
    `aging-by-collector-${rc.label}.png`,
    r.collectorAlt(
      t.currency,
      top?.name ?? '–',
      money(top ? top.total - top.buckets.not_due : 0, t.currency),
    ),
  );
}

function paretoChart(t: AgingTables, rc: RenderContext): Block | null {
  const r = rc.m.reports;
  const overdueOf = (row: AgingRow) => row.total - row.buckets.not_due;
  const all = t.customers.map((c) => ({ name: c.name, overdue: overdueOf(c) })).filter((c) => c.overdue > 0);
  all.sort((a, b) => b.overdue - a.overdue);
  const top = all.slice(0, PARETO);
  const total = all.reduce((n, c) => n + c.overdue, 0);
  let running = 0;
  const cumulative = top.map((c) => {
    running += c.overdue;
    return total > 0 ? (100 * running) / total : 0;
  });
  return rc.chart(
    {
      title: r.paretoChart,
      subtitle: `${t.currency} · ${rc.label}`,
      categories: top.map((c) => ([...c.name].length > 10 ? `${[...c.name].slice(0, 9).join('')}…` : c.name)),
      series: [
        { name: r.overdue, kind: 'bar', values: top.map((c) => drawnAmount(c.overdue, t.currency)) },
        { name: r.cumulative, kind: 'line', axis: 1, values: cumulative },
      ],
      axes: [
        { name: r.amountAxis(t.currency), format: 'number' },
        { name: '%', format: 'percent' },
      ],
    },
    `pareto-${rc.label}.png`,
    r.paretoAlt(top.length, pct(total > 0 ? Math.round((10_000 * running) / total) : null)),
  );
}
