import type { ChannelRef } from '../../chat/interaction.js';
import { teamOfConversation } from '../../db/repositories/chat-team.repository.js';
import type { ReportKind } from '../../domain/command/types.js';
import { monthPeriod, type ReportPeriod, readPeriod, weekPeriod } from '../../domain/kpi/period.js';
import { addDays, localDateIn, startOfMonth } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';

/** A report someone may see: which, for which team and period, and whose rows only. */
export interface ReportRequest {
  kind: ReportKind;
  teamId: number;
  /** Null for the forecast, which always starts today. */
  period: ReportPeriod | null;
  /** A collector sees only their own KPI rows. */
  onlyPerson: number | null;
}

/**
 * Reads who may see what: collectors their own KPIs, managers their team's reports, finance any
 * team's. The period must fit the report (a week for weekly, a month for aging), have begun, and be
 * readable; the answer on refusal says why, with an example.
 */
export async function readReportRequest(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  ask: { kind: ReportKind; period: string | null; team: string | null },
): Promise<{ ok: true; request: ReportRequest } | { ok: false; answer: string }> {
  const r = messagesFor(actor.locale).reports;
  const refuse = (answer: string) => ({ ok: false as const, answer });
  if (actor.role === 'collector' && ask.kind !== 'kpi') return refuse(r.collectorsOwnOnly);
  let teamId: number | null = null;
  if (ask.team !== null) {
    const wanted = ask.team.trim().toLowerCase();
    const team = await app.db
      .selectFrom('teams')
      .select('id')
      .where((eb) =>
        eb.or([eb(eb.fn('lower', ['code']), '=', wanted), eb(eb.fn('lower', ['name']), '=', wanted)]),
      )
      .executeTakeFirst();
    if (!team) {
      // Only finance names teams; for anyone else the word was meant as a period.
      const example = ask.kind === 'weekly' ? r.examples.week : r.examples.month;
      if (actor.role !== 'admin') return refuse(r.periodInvalid(ask.team, example));
      const codes = (await app.db.selectFrom('teams').select('code').orderBy('id').execute()).map(
        (t) => t.code,
      );
      return refuse(messagesFor(actor.locale).commands.setupNoTeam(ask.team, codes));
    }
    teamId = team.id;
  } else if (actor.role === 'admin')
    teamId = (await teamOfConversation(app.db, channel, actor.teamId))?.id ?? null;
  else teamId = actor.teamId;
  if (teamId === null) return refuse(actor.role === 'admin' ? r.nameTeam : r.noTeam);
  if (actor.role !== 'admin' && teamId !== actor.teamId) return refuse(r.notYourTeam);
  const team = await app.db
    .selectFrom('teams')
    .select('timezone')
    .where('id', '=', teamId)
    .executeTakeFirstOrThrow();
  const today = localDateIn(app.clock.now(), team.timezone);
  const onlyPerson = actor.role === 'collector' ? actor.personId : null;
  if (ask.kind === 'forecast')
    return ask.period === null
      ? { ok: true, request: { kind: ask.kind, teamId, period: null, onlyPerson } }
      : refuse(r.forecastNoPeriod);
  let period: ReportPeriod;
  if (ask.period === null)
    period =
      ask.kind === 'weekly'
        ? weekPeriod(today)
        : ask.kind === 'aging'
          ? monthPeriod(addDays(startOfMonth(today), -1))
          : monthPeriod(today);
  else {
    const read = readPeriod(ask.period, today);
    const example = ask.kind === 'weekly' ? r.examples.week : r.examples.month;
    if (!read.ok)
      return refuse(
        read.error === 'period_future'
          ? r.periodFuture(ask.period)
          : r.periodInvalid(
              ask.period,
              ask.kind === 'kpi' ? `${r.examples.week} / ${r.examples.month}` : example,
            ),
      );
    const wants = ask.kind === 'weekly' ? 'week' : ask.kind === 'aging' ? 'month' : read.period.kind;
    if (read.period.kind !== wants)
      return refuse(r.periodKind(r.kindWord[ask.kind] ?? ask.kind, r.periodWord[wants] ?? example));
    period = read.period;
  }
  return { ok: true, request: { kind: ask.kind, teamId, period, onlyPerson } };
}
