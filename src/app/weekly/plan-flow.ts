import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import { findPlan, planLines } from '../../db/repositories/weekly.repository.js';
import { dayOfWeek } from '../../domain/local-date.js';
import { formatAmount } from '../../domain/money-format.js';
import type { CheckInWeek } from '../../domain/week.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { totalsText } from '../lists/list-message.js';
import { customerLabel } from './customer-label.js';
import {
  BLANK_LINES,
  MAX_PLAN_LINES,
  MAX_SUGGESTED,
  type PlanRow,
  planForm,
  submittedRows,
} from './plan-form.js';
import { readPlan } from './plan-read.js';
import { dueThisWeek, suggestPlan } from './plan-suggestions.js';
import { savePlanOf } from './save-plan.js';
import { teamCurrency, zeroOf } from './team-currency.js';
import { planningWeek, planOpen, type TeamWeek } from './team-week.js';

async function introOf(
  app: AppContext,
  actor: Actor,
  tw: TeamWeek,
  week: CheckInWeek,
  more: number,
): Promise<string> {
  const m = messagesFor(tw.team.locale);
  // A collector's form shows what falls due on their own items; a manager's, the team's.
  const due = await dueThisWeek(app.db, tw.team.id, week, actor.role === 'collector' ? actor.personId : null);
  const dueText =
    totalsText([...due].map(([currency, outstanding]) => ({ currency, outstanding }))) ||
    (await zeroOf(app.db, tw.team.id));
  const intro = m.weekly.planIntro(week.weekStart, week.weekEnd, dueText);
  return more > 0 ? `${intro}\n${m.weekly.moreCustomers(more)}` : intro;
}

/** The rows the form opens with: the saved plan, else the suggestions; then the empty lines. */
async function startingRows(app: AppContext, actor: Actor, tw: TeamWeek, week: CheckInWeek) {
  const m = messagesFor(tw.team.locale);
  const plan = await findPlan(app.db, actor.personId, week.weekStart);
  let rows: PlanRow[];
  let more = 0;
  if (plan?.plan_submitted_at) {
    const lines = (await planLines(app.db, [plan.id])).get(plan.id) ?? [];
    rows = lines.map((l) => ({
      customer: customerLabel(l.customerName, l.customerCode),
      currency: l.currency,
      amount: formatAmount(l.planned, l.currency),
      action: l.action ?? '',
    }));
  } else {
    const all = await suggestPlan(app.db, tw.team.id, actor.personId, week, tw.today, tw.settings, m);
    more = Math.max(0, all.length - MAX_SUGGESTED);
    rows = all.slice(0, MAX_SUGGESTED).map((s) => ({
      customer: customerLabel(s.customerName, s.customerCode),
      currency: s.currency,
      amount: formatAmount(s.amount, s.currency),
      action: s.action,
    }));
  }
  const currency = rows[0]?.currency ?? (await teamCurrency(app.db, tw.team.id));
  const blanks = Math.min(BLANK_LINES, MAX_PLAN_LINES - rows.length);
  for (let i = 0; i < blanks; i++) rows.push({ customer: '', currency, amount: '', action: '' });
  return { rows, more };
}

/** Why the plan of this week cannot be changed now, or null when it can. */
async function planRefusal(app: AppContext, actor: Actor, tw: TeamWeek): Promise<string | null> {
  const m = messagesFor(actor.locale);
  if (!tw.week) return m.weekly.noWeek(tw.weekStart);
  const plan = await findPlan(app.db, actor.personId, tw.week.weekStart);
  if (plan?.closed_at) return m.weekly.weekClosed(tw.week.weekStart);
  if (!planOpen(tw, app.clock.now()))
    return m.weekly.planClosed(
      tw.week.weekStart,
      m.weekday(dayOfWeek(tw.week.resultDay)),
      tw.settings.resultTime,
    );
  return null;
}

/** `plan` or the prompt's button: the week's plan form, pre-filled, or why it cannot change. */
export async function openPlan(app: AppContext, actor: Actor): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actor.teamId === null) return privately(m.errors.notAllowed);
  const tw = await planningWeek(app.db, app.logger, actor.teamId, app.clock.now(), 'upcoming');
  const refusal = await planRefusal(app, actor, tw);
  if (refusal || !tw.week) return privately(refusal ?? '');
  const { rows, more } = await startingRows(app, actor, tw, tw.week);
  return { kind: 'form', form: planForm(m, tw.week, rows, await introOf(app, actor, tw, tw.week, more)) };
}

/** A submitted plan: saved whole when every line is valid, else shown again with field errors. */
export async function submitPlan(
  app: AppContext,
  actor: Actor,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const now = app.clock.now();
  const done = formClosedSaying;
  if (actor.teamId === null) return done(m.errors.notAllowed);
  const tw = await planningWeek(app.db, app.logger, actor.teamId, now, 'current');
  // The form names its week; a form opened for next week is read against that week.
  const target =
    metadata.week && metadata.week !== tw.weekStart
      ? await planningWeek(app.db, app.logger, actor.teamId, now, 'upcoming')
      : tw;
  if (target.weekStart !== metadata.week) return done(m.weekly.weekClosed(metadata.week ?? ''));
  const refusal = await planRefusal(app, actor, target);
  if (refusal || !target.week) return done(refusal ?? '');
  const week = target.week;
  const rows = submittedRows(values, metadata);
  const read = await readPlan(app.db, actor, target.team.id, week, rows, m);
  if (!read.ok) {
    const form = planForm(m, week, rows, await introOf(app, actor, target, week, 0));
    return { kind: 'form_errors', form: { ...form, errors: read.errors } };
  }
  await app.db
    .transaction()
    .execute((trx) => savePlanOf(trx, actor, target.team.id, week.weekStart, read.lines, now));
  const total =
    totalsText(read.lines.map((l) => ({ currency: l.currency, outstanding: l.planned }))) ||
    (await zeroOf(app.db, target.team.id));
  return done(m.weekly.planSaved(read.lines.length, total));
}
