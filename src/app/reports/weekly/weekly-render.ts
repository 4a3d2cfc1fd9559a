import type { Block, TableColumn } from '../../../chat/message.js';
import { AGING_BUCKETS } from '../../../domain/aging.js';
import type { Messages } from '../../../locale/index.js';
import { standingText } from '../../credit/hold-text.js';
import { type ChartDrawer, chartBlock, drawnAmount } from '../chart-image.js';
import { OVERDUE_BUCKETS } from '../figures.js';
import { change, money, pct } from '../format.js';
import { part, type ReportOutput } from '../output.js';
import type { WeeklyFigures } from './weekly-figures.js';
import { weeklyWorkbook } from './weekly-workbook.js';

/** Lays the weekly report out for chat, in the team's language. */
export function renderWeekly(
  f: WeeklyFigures,
  team: { code: string; name: string },
  m: Messages,
  notes: string[],
  draw: ChartDrawer = chartBlock,
): ReportOutput {
  const r = m.reports;
  const title = r.weeklyTitle(team.name, f.period.label);
  const headline = f.headline.map((h) =>
    r.headline({
      overdue: money(h.overdue, h.currency),
      change: change(h.overdue, h.overdueLastWeek, h.currency, m),
      newly: money(h.newlyOverdue, h.currency),
      collected: money(h.collected, h.currency),
      fellDue: money(h.fellDue, h.currency),
      share: pct(h.overdueShareBp),
      open: money(h.open, h.currency),
    }),
  );
  const main: Block[] = [
    { type: 'header', text: title },
    { type: 'text', text: headline.length ? headline.join('\n') : r.none },
  ];
  const chart = trendChart(f, m, draw);
  if (chart) main.push(chart);
  main.push({ type: 'context', text: [r.asOf(f.asOf), ...notes, r.inThread].join(' ') });
  return {
    title,
    main: { text: `${title}\n${headline.join('\n')}`, blocks: main },
    thread: [
      ...f.aging.map((a) =>
        part(r.agingTable(a.currency), [
          {
            type: 'table',
            columns: [
              { key: 'bucket', label: r.bucket },
              { key: 'now', label: r.thisWeek, align: 'right' },
              { key: 'before', label: r.lastWeek, align: 'right' },
              { key: 'change', label: r.change, align: 'right' },
            ],
            rows: [
              ...AGING_BUCKETS.map((b) => ({
                bucket: m.bucket(b),
                now: money(a.now[b], a.currency),
                before: money(a.lastWeek[b], a.currency),
                change: change(a.now[b], a.lastWeek[b], a.currency, m),
              })),
              totalRow(a, m),
            ],
          },
        ]),
      ),
      part(r.collectorsTable, [collectorsTable(f, m)]),
      part(r.topCustomersTable, [topTable(f, m)]),
      part(
        r.brokenTitle,
        listOrNone(
          f.lists.broken.map(
            (b) => `• ${b.customer} · ${money(b.amount, b.currency)} · ${b.dueOn} · ${b.owner}`,
          ),
          m,
        ),
      ),
      part(
        r.escalationsTitle,
        listOrNone(
          f.lists.escalations.map(
            (e) => `• ${e.on} ${e.customer}: ${m.step(e.from as never)} → ${m.step(e.to as never)}`,
          ),
          m,
        ),
      ),
      part(
        r.disputesTitle,
        listOrNone(
          f.lists.disputes.map(
            (d) =>
              `• ${d.customer} ${d.invoiceNo} · ${money(d.outstanding, d.currency)} · ${r.days(d.ageDays)}`,
          ),
          m,
        ),
      ),
      part(
        r.claimsTitle,
        listOrNone(
          f.lists.claims.map(
            (c) =>
              `• ${c.customer} ${c.invoiceNo} · ${money(c.amount, c.currency)} · ${c.paidOn} · ${r.days(c.ageDays)}`,
          ),
          m,
        ),
      ),
    ],
    workbook: weeklyWorkbook(f, team.code, title, m),
  };
}

function totalRow(a: WeeklyFigures['aging'][number], m: Messages): Record<string, string> {
  const sum = (b: Record<string, number>) => Object.values(b).reduce((n, v) => n + v, 0);
  return {
    bucket: `**${m.reports.total}**`,
    now: money(sum(a.now), a.currency),
    before: money(sum(a.lastWeek), a.currency),
    change: change(sum(a.now), sum(a.lastWeek), a.currency, m),
  };
}

function listOrNone(lines: string[], m: Messages): Block[] {
  return [{ type: 'text', text: lines.length ? lines.join('\n') : m.reports.none }];
}

function collectorsTable(f: WeeklyFigures, m: Messages): Block {
  const r = m.reports;
  const columns: TableColumn[] = [
    { key: 'name', label: r.collector },
    { key: 'overdue', label: r.overdue, align: 'right' },
    { key: 'items', label: r.items, align: 'right' },
    { key: 'collected', label: r.collected, align: 'right' },
    { key: 'due', label: r.promisesDue, align: 'right' },
    { key: 'kept', label: r.promisesKept, align: 'right' },
    { key: 'broken', label: r.promisesBroken, align: 'right' },
    { key: 'answers', label: r.answersByDeadline, align: 'right' },
    { key: 'plan', label: r.planAchievement, align: 'right' },
  ];
  return {
    type: 'table',
    columns,
    rows: f.collectors.map((c) => ({
      name: c.name,
      overdue: money(c.overdue, c.currency),
      items: String(c.overdueItems),
      collected: money(c.collected, c.currency),
      due: String(c.promisesDue),
      kept: String(c.promisesKept),
      broken: String(c.promisesBroken),
      answers: String(c.answersByDeadline),
      plan: pct(c.planAchievementBp),
    })),
  };
}

function topTable(f: WeeklyFigures, m: Messages): Block {
  const r = m.reports;
  return {
    type: 'table',
    columns: [
      { key: 'name', label: r.customer },
      { key: 'overdue', label: r.overdue, align: 'right' },
      { key: 'share', label: r.share, align: 'right' },
      { key: 'step', label: r.step },
      { key: 'status', label: r.status },
    ],
    rows: f.lists.topCustomers.map((c) => ({
      name: c.name,
      overdue: money(c.overdue, c.currency),
      share: pct(c.shareBp),
      step: m.step(c.step),
      status: standingText(c.status, c.holdReasons, m),
    })),
  };
}

function trendChart(f: WeeklyFigures, m: Messages, draw: ChartDrawer): Block | null {
  const t = f.trend;
  if (!t) return null;
  const r = m.reports;
  const totals = t.labels.map((_, i) => OVERDUE_BUCKETS.reduce((n, b) => n + (t.byBucket[b]?.[i] ?? 0), 0));
  const first = totals[0] ?? 0;
  const last = totals[totals.length - 1] ?? 0;
  return draw(
    {
      title: r.trendChart,
      subtitle: t.currency,
      categories: t.labels,
      series: OVERDUE_BUCKETS.map((b) => ({
        name: m.bucket(b),
        kind: 'bar' as const,
        stack: 'overdue',
        values: (t.byBucket[b] ?? []).map((v) => drawnAmount(v, t.currency)),
      })),
      axes: [{ name: r.amountAxis(t.currency), format: 'number' }],
    },
    `weekly-trend-${f.period.label}.png`,
    r.trendAlt(t.currency, money(first, t.currency), money(last, t.currency), t.labels.length),
  );
}
