import type { ChannelRef } from '../../chat/interaction.js';
import type { Block } from '../../chat/message.js';
import { privately, type Reply } from '../../chat/reply.js';
import type { ReportKind } from '../../domain/command/types.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { asPrivateAnswer, type ReportOutput } from './output.js';
import { publishReport } from './publish-report.js';
import { type ReportRequest, readReportRequest } from './report-request.js';
import { forecastReport, kpiReport, loadReportTeam, periodReport } from './report-service.js';

/** The button under a private report that posts it to the team's report chat. */
export const POST_REPORT_ACTION = 'report.post';

/** Whether a click belongs to the reports. */
export function isReportAction(actionId: string): boolean {
  return actionId === POST_REPORT_ACTION;
}

async function build(app: AppContext, request: ReportRequest, actor: Actor): Promise<ReportOutput> {
  const rt = await loadReportTeam(app.db, app.logger, request.teamId, app.clock.now());
  const now = app.clock.now();
  const period = request.period;
  if (request.kind === 'forecast' || period === null) return forecastReport(app.db, rt);
  if (request.kind === 'kpi')
    return kpiReport(
      app.db,
      rt,
      period,
      request.onlyPerson,
      request.onlyPerson === null ? rt.team.name : actor.name,
    );
  return periodReport(app.db, rt, request.kind === 'weekly' ? 'weekly' : 'monthly', period, {
    store: false,
    now,
  });
}

/** `report [kind] [period] [team]`: the report as a private answer, with a button to post it for managers and finance. */
export async function reportCommand(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  ask: { kind: ReportKind; period: string | null; team: string | null },
): Promise<Reply> {
  const read = await readReportRequest(app, actor, channel, ask);
  if (!read.ok) return privately(read.answer);
  const output = await build(app, read.request, actor);
  const r = messagesFor(actor.locale).reports;
  const buttons: Block[] =
    actor.role === 'collector'
      ? []
      : [
          {
            type: 'actions',
            buttons: [
              {
                actionId: POST_REPORT_ACTION,
                label: r.postButton,
                value: [read.request.kind, read.request.teamId, read.request.period?.label ?? ''].join('|'),
                style: 'primary',
              },
            ],
          },
        ];
  return { kind: 'private', message: asPrivateAnswer(output, buttons) };
}

/** The post button: checks the role again, then posts the report (once per person, report and day). */
export async function onReportButton(app: AppContext, actor: Actor, value: string): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actor.role === 'collector') return privately(m.reports.postManagersOnly);
  const [kind, teamText, label] = value.split('|');
  const team = await app.db
    .selectFrom('teams')
    .select(['code'])
    .where('id', '=', Number(teamText))
    .executeTakeFirst();
  if (!team || !['weekly', 'aging', 'kpi', 'forecast'].includes(kind ?? ''))
    return privately(m.errors.unknownAction);
  const read = await readReportRequest(app, actor, null, {
    kind: kind as ReportKind,
    period: label || null,
    team: team.code,
  });
  if (!read.ok) return privately(read.answer);
  const output = await build(app, read.request, actor);
  const now = app.clock.now();
  const key = `report:posted:${kind}:team-${read.request.teamId}:${label || 'today'}:by-${actor.personId}:${now.toISOString().slice(0, 10)}`;
  const chats = await app.db
    .transaction()
    .execute((trx) =>
      publishReport(
        { db: trx, platforms: app.platforms, now, picturesAsFiles: app.picturesAsFiles ?? [] },
        read.request.teamId,
        key,
        output,
      ),
    );
  app.nudge();
  return privately(chats.length > 0 ? m.reports.posted : m.reports.postedNowhere);
}
