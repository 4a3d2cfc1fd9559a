import type { CoverKind } from '../../locale/morning-en.js';
import type { ItemView } from './item-view.js';

/**
 * Why an overdue item asks for no answer today, or null when it does. Disputes and "already paid"
 * claims are answered elsewhere; a live commitment is the answer unless the team asks every day.
 */
export function coverOf(
  item: Pick<ItemView, 'disputed' | 'claimPending' | 'live'>,
  everyDay: boolean,
): CoverKind | null {
  if (item.disputed) return 'disputed';
  if (item.claimPending) return 'claim';
  if (everyDay || !item.live) return null;
  return item.live.kind;
}

/** The order the collector's part counts covered items in. */
export const COVER_ORDER: readonly CoverKind[] = [
  'promise',
  'delay',
  'instalment',
  'on_time',
  'next_action',
  'disputed',
  'claim',
];
