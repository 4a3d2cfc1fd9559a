import type { Block, Button } from '../../chat/message.js';
import { localDateIn } from '../../domain/local-date.js';
import { localTimeIn } from '../../domain/local-time.js';
import type { Locale, Messages } from '../../locale/index.js';
import { holdBadge } from '../credit/hold-text.js';
import { liveLine, nextActionLine } from './commitment-line.js';
import type { Answer } from './item-history.js';
import type { ItemView } from './item-view.js';
import { methodLabel, money, reasonLabel } from './labels.js';

export interface RenderContext {
  m: Messages;
  locale: Locale;
  timezone: string;
  /** Days before due from which a pre-due part asks for a firm, or a cooperative, reminder. */
  toneDays?: { firm: number; cooperative: number };
  /** The team whose list this is (for the buttons that name a list part). */
  teamId?: number;
  /** The team asks for an answer on every item every day, commitments or not. */
  everyDay?: boolean;
}

/** The value a list button carries: list kind, item, list date and the collector it was listed for. */
export function itemButtonValue(
  kind: 'o' | 'w',
  item: { id: number; collectorId: number | null },
  date: string,
): string {
  return `${kind}:${item.id}:${date}:${item.collectorId ?? 0}`;
}

/** Reads a list button value back; null when it is not one. */
export function parseItemButtonValue(
  value: string,
): { kind: 'o' | 'w'; itemId: number; date: string; collectorId: number | null } | null {
  const match = /^([ow]):(\d+):(\d{4}-\d{2}-\d{2}):(\d+)$/.exec(value);
  if (!match) return null;
  const collectorId = Number(match[4]);
  return {
    kind: match[1] as 'o' | 'w',
    itemId: Number(match[2]),
    date: match[3] as string,
    collectorId: collectorId || null,
  };
}

/** What an answer says, in the team's language. */
export function describeAnswer(answer: Answer, currency: string, ctx: RenderContext): string {
  const { m, locale } = ctx;
  switch (answer.kind) {
    case 'promise':
      return m.done.promised(money(answer.amount, currency), answer.date);
    case 'follow_up':
      if (answer.method === 'dispute') return m.done.disputed(reasonLabel(answer.reason, locale));
      return m.done.followedUp(
        methodLabel(answer.method, locale),
        m.outcome[answer.outcome as 'contacted'] ?? answer.outcome,
      );
    case 'paid_claim':
      return m.done.claimedPaid(money(answer.amount, currency), answer.date);
    case 'on_time':
      return m.done.onTime;
    case 'delay':
      if (answer.approval === 'pending') return m.done.delayPending(answer.date);
      if (answer.approval === 'rejected') return m.done.delayRejected(answer.date, answer.personName ?? '');
      return m.done.delayAccepted(answer.date);
  }
}

function answeredLine(answer: Answer | undefined, ctx: RenderContext, currency: string): Block[] {
  if (!answer) return [];
  const what = describeAnswer(answer, currency, ctx);
  return [
    {
      type: 'context',
      text: ctx.m.lists.answered(answer.personName ?? '', localTimeIn(answer.at, ctx.timezone), what),
    },
  ];
}

/** One overdue item: the facts, its history and next step, what was answered today, and its buttons. */
export function overdueItemBlocks(
  item: ItemView,
  answer: Answer | undefined,
  date: string,
  ctx: RenderContext,
  underCustomer = false,
): Block[] {
  const { m, locale } = ctx;
  const facts = [
    ...(underCustomer ? [] : [`**${item.customerName}**`]),
    item.invoiceNo + (item.kind === 'retention' ? ` (${m.lists.retention})` : ''),
    `**${money(item.outstanding, item.currency)}**`,
    `${m.lists.daysOverdue(item.daysOverdue)} (${m.bucket(item.bucket)})`,
    m.risk(item.risk),
    ...(item.creditHold ? [holdBadge(item.holdReasons, m)] : []),
    ...(item.disputed ? [m.lists.disputed] : []),
    ...(item.claimPending ? [m.lists.claimPending] : []),
  ];
  const history: string[] = [];
  const live = liveLine(item, m);
  if (live) history.push(live);
  else if (item.lastPromise) {
    const p = item.lastPromise;
    history.push(
      m.lists.lastPromise(money(p.amount, item.currency), p.promisedOn, m.promiseStatus(p.status)),
    );
  }
  const next = nextActionLine(item, m);
  if (next) history.push(next);
  if (item.lastFollowUp) {
    const f = item.lastFollowUp;
    history.push(
      m.lists.lastFollowUp(
        methodLabel(f.method, locale),
        localDateIn(f.on, ctx.timezone).slice(5),
        f.note ?? '',
      ),
    );
  }
  history.push(m.lists.nextStep(m.step(item.step)));
  const value = itemButtonValue('o', item, date);
  const buttons: Button[] = [
    { actionId: 'item.promise', label: m.buttons.promise, value, style: 'primary' },
    { actionId: 'item.followup', label: m.buttons.followUp, value },
    { actionId: 'item.dispute', label: m.buttons.dispute, value },
    { actionId: 'item.paid', label: m.buttons.paid, value },
  ];
  return [
    { type: 'text', text: facts.join(' · ') },
    { type: 'context', text: history.join(' · ') },
    ...answeredLine(answer, ctx, item.currency),
    { type: 'actions', buttons },
  ];
}

/** One item falling due soon, with On time / Delay… buttons. */
export function preDueItemBlocks(
  item: ItemView,
  answer: Answer | undefined,
  date: string,
  ctx: RenderContext,
): Block[] {
  const { m } = ctx;
  const facts = [
    `**${item.customerName}**`,
    item.invoiceNo + (item.kind === 'retention' ? ` (${m.lists.retention})` : ''),
    `**${money(item.outstanding, item.currency)}**`,
    `${m.lists.dueIn(item.daysUntilDue)} (${item.dueOn})`,
    ...(item.creditHold ? [holdBadge(item.holdReasons, m)] : []),
  ];
  const value = itemButtonValue('w', item, date);
  return [
    { type: 'text', text: facts.join(' · ') },
    ...answeredLine(answer, ctx, item.currency),
    {
      type: 'actions',
      buttons: [
        { actionId: 'predue.ontime', label: m.buttons.onTime, value, style: 'primary' },
        { actionId: 'predue.delay', label: m.buttons.delay, value },
      ],
    },
  ];
}
