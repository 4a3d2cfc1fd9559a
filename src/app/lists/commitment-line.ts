import type { Messages } from '../../locale/index.js';
import type { ItemView } from './item-view.js';
import { money } from './labels.js';

const short = (date: string) => date.slice(5);

/** What the item's live commitment says on its line ("agreed delay to 12-04 (due 12-01)"), or null. */
export function liveLine(item: Pick<ItemView, 'live' | 'dueOn' | 'currency'>, m: Messages): string | null {
  const live = item.live;
  if (!live) return null;
  const c = m.commitments.line;
  switch (live.kind) {
    case 'delay':
      return live.approval === 'pending'
        ? c.delayPending(short(live.dueOn), short(item.dueOn))
        : c.delay(short(live.dueOn), short(item.dueOn));
    case 'on_time':
      return c.onTime(short(item.dueOn));
    case 'instalment':
      return c.instalment(money(live.amount ?? 0, item.currency), live.dueOn);
    case 'next_action':
      return c.nextAction(live.dueOn);
    case 'promise':
      if (live.approval === 'pending') return c.promisePending(live.dueOn);
      return live.customerWide ? c.customerPromise(live.dueOn) : m.lists.promisedUntil(live.dueOn);
  }
}

/** The item's next action, when it has one and no other line says so already. */
export function nextActionLine(item: Pick<ItemView, 'live' | 'nextAction'>, m: Messages): string | null {
  if (!item.nextAction || item.live?.kind === 'next_action') return null;
  return m.commitments.line.nextAction(item.nextAction.dueOn);
}
