import type { Block, Message } from '../../chat/message.js';
import { mention } from '../../chat/message.js';
import type { Answer } from './item-history.js';
import type { ItemView } from './item-view.js';
import { money } from './labels.js';
import { overduePartBlocks } from './overdue-part.js';
import { preDueItemBlocks, type RenderContext } from './render-item.js';

export type ListKind = 'predue' | 'overdue';

/** A collector on leave whose part of the list goes to their delegate. */
export interface Cover {
  delegateId: number;
  collectorName: string;
  until: string;
  /** Set when the collector has left: the manager is shown the items as unassigned. */
  leftOn?: string;
}

/** The key of a team's daily list header, and of one collector's part of it. */
export function listKey(kind: ListKind, teamId: number, date: string, collectorId?: number | null): string {
  const base = `${kind}:team-${teamId}:${date}`;
  return collectorId === undefined ? base : `${base}:p${collectorId ?? 0}`;
}

/** Totals per currency, "¥1,200.00 + $300.00". */
export function totalsText(items: readonly { outstanding: number; currency: string }[]): string {
  const totals = new Map<string, number>();
  for (const i of items) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.outstanding);
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => money(amount, currency))
    .join(' + ');
}

/** Groups items by collector, keeping priority order inside each group; unassigned last. */
export function byCollector<T extends { collectorId: number | null; collectorName: string | null }>(
  items: readonly T[],
): Map<number | null, T[]> {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    const group = groups.get(item.collectorId);
    if (group) group.push(item);
    else groups.set(item.collectorId, [item]);
  }
  const unassigned = groups.get(null);
  groups.delete(null);
  const sorted = new Map(
    [...groups.entries()].sort(([, a], [, b]) =>
      (a[0]?.collectorName ?? '').localeCompare(b[0]?.collectorName ?? ''),
    ),
  );
  if (unassigned) sorted.set(null, unassigned);
  return sorted;
}

/** One collector's part of a daily list: a mention, totals, and the items with their buttons (overdue: by customer). */
export function collectorMessage(
  kind: ListKind,
  collectorId: number | null,
  items: readonly ItemView[],
  answers: ReadonlyMap<number, Answer>,
  date: string,
  ctx: RenderContext,
  cover?: Cover,
): Message {
  const { m } = ctx;
  const open = items.filter((i) => i.status === 'open' && i.outstanding > 0);
  // During a leave the delegate is the one called on; the part says whose items they are.
  const who = cover ? mention(cover.delegateId) : collectorId ? mention(collectorId) : m.lists.unassigned;
  const headline = m.lists.collectorHeader(who, open.length, totalsText(open) || '0');
  const blocks: Block[] = [{ type: 'text', text: `**${headline}**` }];
  if (cover)
    blocks.push({
      type: 'context',
      text: cover.leftOn
        ? m.handOver.leftUnassigned(cover.collectorName, cover.leftOn)
        : m.weekly.covering(cover.collectorName, cover.until),
    });
  if (kind === 'predue') {
    // The team's 严肃提醒天数 / 温和提醒天数 (firmDays, cooperativeDays) choose the tone.
    const tone = ctx.toneDays ?? { firm: 3, cooperative: 5 };
    const firm = open.some((i) => i.daysUntilDue <= tone.firm);
    const cooperative = open.some((i) => i.daysUntilDue <= tone.cooperative);
    if (firm || cooperative)
      blocks.push({ type: 'context', text: firm ? m.lists.firm(tone.firm) : m.lists.cooperative });
  }
  if (kind === 'overdue') {
    const key = listKey(kind, ctx.teamId ?? 0, date, collectorId);
    blocks.push(...overduePartBlocks(items, answers, date, ctx, key, totalsText));
    return { text: plainHeadline(headline, items, m), blocks };
  }
  for (const item of items) {
    blocks.push({ type: 'divider' });
    if (item.status !== 'open' || item.outstanding === 0) {
      blocks.push({
        type: 'text',
        text: `~~${item.customerName} · ${item.invoiceNo}~~ ${m.lists.itemClosed}`,
      });
      continue;
    }
    blocks.push(...preDueItemBlocks(item, answers.get(item.id), date, ctx));
  }
  return { text: plainHeadline(headline, items, m), blocks };
}

function plainHeadline(headline: string, items: readonly ItemView[], m: RenderContext['m']): string {
  return headline.replace(/<@person:\d+>/, items[0]?.collectorName ?? m.lists.unassigned);
}
