import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { findPlan, planLines, saveResults } from '../../db/repositories/weekly.repository.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { savePromise } from '../items/save-answers.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import { ledgerByLine } from './ledger-receipts.js';
import { resultForm, withValues } from './result-form.js';
import { readResult } from './result-read.js';
import { planningWeek } from './team-week.js';

async function loadWeek(app: AppContext, actor: Actor, teamId: number) {
  const tw = await planningWeek(app.db, app.logger, teamId, app.clock.now(), 'current');
  const plan = await findPlan(app.db, actor.personId, tw.weekStart);
  const lines = plan ? ((await planLines(app.db, [plan.id])).get(plan.id) ?? []) : [];
  const ledger = await ledgerByLine(
    app.db,
    lines,
    { weekStart: tw.weekStart, weekEnd: tw.week?.weekEnd ?? tw.weekStart },
    tw.today,
  );
  return { tw, plan, lines, ledger };
}

/** `result` or the prompt's button: this week's result form with the ledger's receipts filled in. */
export async function openResult(app: AppContext, actor: Actor): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actor.teamId === null) return privately(m.errors.notAllowed);
  const { tw, plan, lines, ledger } = await loadWeek(app, actor, actor.teamId);
  if (!tw.week) return privately(m.weekly.noWeek(tw.weekStart));
  if (plan?.closed_at) return privately(m.weekly.weekClosed(tw.weekStart));
  if (!plan?.plan_submitted_at || lines.length === 0) return privately(m.weekly.noPlan(tw.weekStart));
  return { kind: 'form', form: resultForm(m, tw.week, lines, ledger) };
}

/** A submitted result: saved whole when every line has an outcome and every amount reads. */
export async function submitResult(
  app: AppContext,
  actor: Actor,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const now = app.clock.now();
  const done = formClosedSaying;
  if (actor.teamId === null) return done(m.errors.notAllowed);
  const { tw, plan, lines, ledger } = await loadWeek(app, actor, actor.teamId);
  if (metadata.week !== tw.weekStart || plan?.closed_at || !tw.week)
    return done(m.weekly.weekClosed(metadata.week ?? tw.weekStart));
  if (!plan?.plan_submitted_at || lines.length === 0) return done(m.weekly.noPlan(tw.weekStart));
  const read = await readResult(app.db, actor, tw.team.id, lines, ledger, values, tw.today, now, m);
  const form = resultForm(m, tw.week, lines, ledger);
  if (!read.ok) return { kind: 'form_errors', form: withValues(form, values, read.errors) };
  const promise = read.promise;
  await app.db.transaction().execute(async (trx) => {
    await saveResults(trx, plan.id, read.results, now);
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: plan.result_submitted_at ? 'result.change' : 'result.submit',
      entity: 'weekly_plan',
      entityId: plan.id,
      before: lines.map((l) => ({ lineId: l.id, actual: l.actual, outcome: l.outcome, note: l.resultNote })),
      after: read.results,
    });
    if (promise) {
      await savePromise(
        trx,
        actor,
        promise.item,
        { amount: promise.amount, date: promise.date, note: null },
        now,
      );
      await redrawListMessage({ db: trx, platforms: app.platforms, now }, promise.item.list.key);
    }
  });
  app.nudge();
  const said = [m.weekly.resultSaved(read.results.length)];
  if (promise)
    said.push(
      m.weekly.promiseLogged(
        promise.item.customerName,
        money(promise.amount, promise.item.currency),
        promise.date,
      ),
    );
  return done(said.join(' '));
}
