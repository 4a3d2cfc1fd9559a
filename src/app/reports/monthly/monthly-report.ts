import type { Block } from '../../../chat/message.js';
import { type OutgoingFile, XLSX_MIME } from '../../../chat/message.js';
import { openItemsAsOf } from '../../../domain/kpi/ledger.js';
import type { ReportPeriod } from '../../../domain/kpi/period.js';
import type { LocalDate } from '../../../domain/local-date.js';
import { asLocale, type Messages } from '../../../locale/index.js';
import { sheetName } from '../../lists/overdue-workbook.js';
import { type Sheet, writeXlsx } from '../../lists/xlsx-writer.js';
import { type ChartDrawer, chartBlock } from '../chart-image.js';
import { money, pct } from '../format.js';
import type { ReportOutput } from '../output.js';
import type { ReportData } from '../report-data.js';
import { agingSection } from './aging-section.js';
import { causesSection } from './causes-section.js';
import { forecastSection, kpiSection } from './people-sections.js';
import { provisionSection } from './provision-section.js';
import { ratingsSection } from './ratings-section.js';
import type { MonthlySection, RenderContext, SheetMaker } from './section.js';
import { type CurrencyTrend, trendSection } from './trend-section.js';
import { writeOffsSection } from './write-offs-section.js';

/**
 * The monthly aging analysis (账龄分析报告), section by section in the order it reads. A new
 * section is added here and nowhere else.
 */
export const MONTHLY_SECTIONS: readonly MonthlySection[] = [
  agingSection,
  trendSection,
  causesSection,
  provisionSection,
  writeOffsSection,
  ratingsSection,
  kpiSection,
  forecastSection,
];

/** The monthly report's figures: each section's, stored when the report is sent. */
export interface MonthlyFigures {
  kind: 'monthly';
  period: ReportPeriod;
  asOf: LocalDate;
  sections: Record<string, unknown>;
}

/** Builds every section's figures for the month. */
export function monthlyFigures(data: ReportData): MonthlyFigures {
  const ctx = { data, open: openItemsAsOf(data.items, data.byItem, data.asOf) };
  return {
    kind: 'monthly',
    period: data.period,
    asOf: data.asOf,
    sections: Object.fromEntries(MONTHLY_SECTIONS.map((s) => [s.id, s.build(ctx)])),
  };
}

/** A sheet maker that keeps sheet names unique within one workbook. */
export function sheetMaker(): SheetMaker {
  const used = new Set<string>();
  return (name, columns, rows, totals) => ({
    name: sheetName(name, used),
    columns: columns.map(([header, width]) => ({ header, width })),
    rows,
    ...(totals ? { totals } : {}),
  });
}

/** The headline lines, one per currency, from the twelve-month section. */
function headline(f: MonthlyFigures, m: Messages): string[] {
  const trends = (f.sections.trend ?? []) as CurrencyTrend[];
  return trends.map((t) => {
    const last = t.points[t.points.length - 1];
    return `${t.currency} · ${m.reports.monthlyHeadline({
      open: money(last?.open ?? 0, t.currency),
      overdue: money(last?.overdue ?? 0, t.currency),
      over90: money(last?.over90 ?? 0, t.currency),
      dso: m.reports.days(t.metrics.dso),
      cei: pct(t.metrics.ceiBp),
      rate: pct(t.metrics.rateBp),
    })}`;
  });
}

/** Lays the monthly report out: headline and the collector chart on top, every section in the thread. */
export function renderMonthly(
  f: MonthlyFigures,
  team: { code: string; name: string; locale: string },
  m: Messages,
  notes: string[],
  chart: ChartDrawer = chartBlock,
): ReportOutput {
  const r = m.reports;
  const title = r.monthlyTitle(team.name, f.period.label);
  const sheet = sheetMaker();
  const rc: RenderContext = { m, locale: asLocale(team.locale), sheet, label: f.period.label, chart };
  const sheets: Sheet[] = [];
  const thread: ReportOutput['thread'] = [];
  let mainChart: Block | null | undefined;
  for (const s of MONTHLY_SECTIONS) {
    const figures = f.sections[s.id];
    if (figures === undefined) continue;
    const out = s.render(figures, rc);
    thread.push(...out.parts);
    sheets.push(...out.sheets);
    mainChart ??= out.mainChart;
  }
  const lines = headline(f, m);
  const main: Block[] = [
    { type: 'header', text: title },
    { type: 'text', text: lines.length ? lines.join('\n') : r.none },
    ...(mainChart ? [mainChart] : []),
    { type: 'context', text: [r.asOf(f.asOf), ...notes, r.inThread].join(' ') },
  ];
  const workbook: OutgoingFile = {
    name: r.workbookName('aging', team.code, f.period.label),
    title: r.workbookTitle(title),
    mimeType: XLSX_MIME,
    contentBase64: writeXlsx(sheets).toString('base64'),
  };
  return { title, main: { text: `${title}\n${lines.join('\n')}`, blocks: main }, thread, workbook };
}
