import { type OutgoingFile, XLSX_MIME } from '../../chat/message.js';
import type { DbOrTrx } from '../../db/connect.js';
import { findSnapshot, saveSnapshot } from '../../db/repositories/report-snapshot.repository.js';
import type { ReportKind } from '../../db/schema/index.js';
import { monthPeriod, periodAsOf, type ReportPeriod } from '../../domain/kpi/period.js';
import { localDateIn } from '../../domain/local-date.js';
import type { Logger } from '../../logger.js';
import { writeXlsx } from '../lists/xlsx-writer.js';
import { loadTeamCalendar } from '../team-calendar.js';
import { readTeamSettings } from '../team-settings.js';
import { chartBlock } from './chart-image.js';
import { forecastFigures } from './forecast/forecast-figures.js';
import { renderForecast } from './forecast/forecast-render.js';
import { money } from './format.js';
import { collectorKpis } from './kpi/kpi-figures.js';
import { renderKpis } from './kpi/kpi-render.js';
import { type MonthlyFigures, monthlyFigures, renderMonthly, sheetMaker } from './monthly/monthly-report.js';
import type { CurrencyTrend } from './monthly/trend-section.js';
import type { ReportOutput } from './output.js';
import { loadReportData, type ReportTeam, reportTeam } from './report-data.js';
import { type WeeklyFigures, weeklyFigures } from './weekly/weekly-figures.js';
import { renderWeekly } from './weekly/weekly-render.js';

/** A team ready for reporting at `now`: its settings, calendar, language and today. */
export async function loadReportTeam(
  db: DbOrTrx,
  logger: Logger,
  teamId: number,
  now: Date,
): Promise<ReportTeam> {
  const team = await db.selectFrom('teams').selectAll().where('id', '=', teamId).executeTakeFirstOrThrow();
  const calendar = await loadTeamCalendar(db, team, logger);
  return reportTeam(team, readTeamSettings(team.settings), calendar, localDateIn(now, team.timezone));
}

/** Overdue per currency, the figure whose change later receipts make visible. */
type Fingerprint = Map<string, number>;

function fingerprintOf(figures: WeeklyFigures | MonthlyFigures): Fingerprint {
  if (figures.kind === 'weekly') return new Map(figures.headline.map((h) => [h.currency, h.overdue]));
  const trends = (figures.sections.trend ?? []) as CurrencyTrend[];
  return new Map(trends.map((t) => [t.currency, t.points[t.points.length - 1]?.overdue ?? 0]));
}

/** The notes under a stored report: when it was sent, and what later receipts changed. */
function storedNotes(rt: ReportTeam, sentAt: Date, stored: Fingerprint, fresh: Fingerprint): string[] {
  const r = rt.m.reports;
  const changes = [...new Set([...stored.keys(), ...fresh.keys()])]
    .filter((c) => (stored.get(c) ?? 0) !== (fresh.get(c) ?? 0))
    .map((c) => r.changedOverdue(c, money(stored.get(c) ?? 0, c), money(fresh.get(c) ?? 0, c)));
  const sent = localDateIn(sentAt, rt.team.timezone);
  return [r.storedNote(sent), ...(changes.length ? [r.changedNote(changes.join('; '))] : [])];
}

/**
 * A weekly or monthly report for a period. Asked for (`store: false`), a period that was sent shows
 * the stored figures and notes what receipts imported since changed; sent (`store: true`), the
 * figures are stored first, and a period already stored keeps its figures.
 */
export async function periodReport(
  db: DbOrTrx,
  rt: ReportTeam,
  kind: ReportKind,
  period: ReportPeriod,
  options: { store: boolean; now: Date; asOf?: string },
): Promise<ReportOutput> {
  const asOf = options.asOf ?? periodAsOf(period, rt.today);
  const stored = await findSnapshot(db, rt.team.id, kind, period.label);
  const fresh = () =>
    loadReportData(db, rt, period, asOf).then((d) =>
      kind === 'weekly' ? weeklyFigures(d) : monthlyFigures(d),
    );
  let figures: WeeklyFigures | MonthlyFigures;
  let notes: string[] = [];
  if (stored) {
    figures = stored.figures as WeeklyFigures | MonthlyFigures;
    if (!options.store)
      notes = storedNotes(rt, stored.sentAt, fingerprintOf(figures), fingerprintOf(await fresh()));
  } else {
    figures = await fresh();
    if (options.store)
      await saveSnapshot(db, {
        teamId: rt.team.id,
        kind,
        period: period.label,
        asOf: figures.asOf,
        figures,
        sentAt: options.now,
      });
  }
  return figures.kind === 'weekly'
    ? renderWeekly(figures, rt.team, rt.m, notes)
    : renderMonthly(figures, rt.team, rt.m, notes);
}

/** Collector KPIs for a week or month; `onlyPerson` keeps a collector's own rows. A sent month reads its stored figures. */
export async function kpiReport(
  db: DbOrTrx,
  rt: ReportTeam,
  period: ReportPeriod,
  onlyPerson: number | null,
  scope: string,
): Promise<ReportOutput> {
  const r = rt.m.reports;
  const stored = period.kind === 'month' ? await findSnapshot(db, rt.team.id, 'monthly', period.label) : null;
  const storedKpi = (stored?.figures as MonthlyFigures | undefined)?.sections.kpi as
    | { rows: ReturnType<typeof collectorKpis> }
    | undefined;
  const rows =
    storedKpi?.rows ?? collectorKpis(await loadReportData(db, rt, period, periodAsOf(period, rt.today)));
  const mine = onlyPerson === null ? rows : rows.filter((x) => x.personId === onlyPerson);
  const sheet = sheetMaker();
  const out = renderKpis(mine, rt.settings.commissionTable, rt.m, sheet, period.label, chartBlock);
  const title = r.kpiTitle(scope, period.label);
  const asOf = stored?.asOf ?? periodAsOf(period, rt.today);
  const notes = [
    r.asOf(asOf),
    ...(stored ? [r.storedNote(localDateIn(stored.sentAt, rt.team.timezone))] : []),
    ...(onlyPerson === null ? [] : [r.onlyYours]),
  ];
  return {
    title,
    main: {
      text: title,
      blocks: [
        { type: 'header', text: title },
        ...(out.chart ? [out.chart] : []),
        { type: 'context', text: [...notes, r.inThread].join(' ') },
      ],
    },
    thread: out.parts,
    workbook: workbook(r.workbookName('kpi', rt.team.code, period.label), r.workbookTitle(title), out.sheets),
  };
}

/** The cash forecast from today, 4 and 13 weeks. */
export async function forecastReport(db: DbOrTrx, rt: ReportTeam): Promise<ReportOutput> {
  const r = rt.m.reports;
  const data = await loadReportData(db, rt, monthPeriod(rt.today), rt.today);
  const out = renderForecast(forecastFigures(data, rt.today), rt.m, sheetMaker(), chartBlock);
  const title = r.forecastTitle(rt.team.name, rt.today);
  return {
    title,
    main: {
      text: `${title}\n${out.headline.join('\n')}`,
      blocks: [
        { type: 'header', text: title },
        { type: 'text', text: out.headline.length ? out.headline.join('\n') : r.none },
        ...(out.chart ? [out.chart] : []),
        { type: 'context', text: `${r.asOf(rt.today)} ${r.inThread}` },
      ],
    },
    thread: out.parts,
    workbook: workbook(
      r.workbookName('forecast', rt.team.code, rt.today),
      r.workbookTitle(title),
      out.sheets,
    ),
  };
}

function workbook(name: string, title: string, sheets: Parameters<typeof writeXlsx>[0]): OutgoingFile {
  return { name, title, mimeType: XLSX_MIME, contentBase64: writeXlsx(sheets).toString('base64') };
}
