import type { Block } from '../../chat/message.js';
import { REPAY_BUTTON } from '../commitments/repayment-form.js';
import { RISK_SIGNAL } from '../credit/risk-signal.js';
import type { Answer } from './item-history.js';
import type { ItemView } from './item-view.js';
import { COVER_ORDER, coverOf } from './needs-answer.js';
import { itemButtonValue, overdueItemBlocks, type RenderContext } from './render-item.js';

/** Action ids of the customer line's buttons and of the covered items' button. */
export const CUSTOMER_PROMISE = 'customer.promise';
export const CUSTOMER_FILE = 'customer.file';
export const SEE_COVERED = 'list.covered';

const isOpen = (i: ItemView) => i.status === 'open' && i.outstanding > 0;

/** Splits a part's items: those asking for an answer today (and any answered today) and the covered rest. */
export function splitByCover(
  items: readonly ItemView[],
  answers: ReadonlyMap<number, Answer>,
  everyDay: boolean,
): { today: ItemView[]; covered: ItemView[] } {
  const today: ItemView[] = [];
  const covered: ItemView[] = [];
  for (const item of items) {
    // An item answered this morning stays where the collector answered it, with its ✓.
    if (!isOpen(item) || answers.has(item.id) || coverOf(item, everyDay) === null) today.push(item);
    else covered.push(item);
  }
  return { today, covered };
}

/** Items grouped by customer, customers in the order of their most pressing item. */
export function byCustomer(items: readonly ItemView[]): ItemView[][] {
  const groups = new Map<number, ItemView[]>();
  for (const item of items) {
    const group = groups.get(item.customerId);
    if (group) group.push(item);
    else groups.set(item.customerId, [item]);
  }
  return [...groups.values()];
}

/**
 * The body of a collector's overdue part: what needs an answer today, one customer line (total
 * and buttons) above its invoices, then one line counting the covered items with a button.
 */
export function overduePartBlocks(
  items: readonly ItemView[],
  answers: ReadonlyMap<number, Answer>,
  date: string,
  ctx: RenderContext,
  partKey: string,
  totals: (items: readonly ItemView[]) => string,
): Block[] {
  const { m } = ctx;
  const { today, covered } = splitByCover(items, answers, ctx.everyDay ?? false);
  const everyDay = ctx.everyDay ?? false;
  const asking = today.filter((i) => isOpen(i) && !answers.has(i.id) && coverOf(i, everyDay) === null).length;
  const blocks: Block[] = [
    { type: 'context', text: asking > 0 ? m.morning.needsAnswer(asking) : m.morning.nothingNeeded },
  ];
  for (const group of byCustomer(today)) {
    const open = group.filter(isOpen);
    const first = group[0] as ItemView;
    blocks.push({ type: 'divider' });
    blocks.push({
      type: 'text',
      text: m.morning.customerLine(first.customerName, group.length, totals(open) || '0'),
    });
    const lead = open[0];
    if (lead) {
      const value = itemButtonValue('o', lead, date);
      blocks.push({
        type: 'actions',
        buttons: [
          { actionId: CUSTOMER_PROMISE, label: m.morning.buttons.customerPromise, value },
          { actionId: CUSTOMER_FILE, label: m.morning.buttons.customerFile, value },
          { actionId: REPAY_BUTTON, label: m.repayment.form.button, value },
          // Warning signs are about the customer; the lead invoice says where they were seen.
          { actionId: RISK_SIGNAL, label: m.riskSignal.button, value },
        ],
      });
    }
    for (const item of group) {
      if (!isOpen(item)) {
        blocks.push({ type: 'text', text: `~~${item.invoiceNo}~~ ${m.lists.itemClosed}` });
        continue;
      }
      blocks.push(...overdueItemBlocks(item, answers.get(item.id), date, ctx, true));
    }
  }
  if (covered.length > 0) {
    const counts = new Map<string, number>();
    for (const item of covered) {
      const kind = coverOf(item, everyDay) as string;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const line = COVER_ORDER.filter((k) => counts.has(k))
      .map((k) => m.morning.covered[k](counts.get(k) as number))
      .join(' · ');
    blocks.push(
      { type: 'divider' },
      { type: 'context', text: `${m.morning.coveredIntro} ${line}` },
      {
        type: 'actions',
        buttons: [{ actionId: SEE_COVERED, label: m.morning.buttons.seeCovered, value: partKey }],
      },
    );
  }
  return blocks;
}
