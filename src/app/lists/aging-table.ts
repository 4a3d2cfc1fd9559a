import type { Block } from '../../chat/message.js';
import { AGING_BUCKETS } from '../../domain/aging.js';
import type { Messages } from '../../locale/index.js';
import type { ItemView } from './item-view.js';
import { totalsText } from './list-message.js';

/** Items and outstanding per aging bucket (only buckets with items), with a total row. */
export function agingTable(items: readonly ItemView[], m: Messages, totalLabel: string): Block {
  const rows = AGING_BUCKETS.map((bucket) => ({ bucket, list: items.filter((i) => i.bucket === bucket) }))
    .filter(({ list }) => list.length > 0)
    .map(({ bucket, list }) => ({
      bucket: m.bucket(bucket),
      items: String(list.length),
      amount: totalsText(list),
    }));
  rows.push({ bucket: `**${totalLabel}**`, items: String(items.length), amount: totalsText(items) });
  return {
    type: 'table',
    columns: [
      { key: 'bucket', label: m.lists.columnBucket },
      { key: 'items', label: m.lists.columnItems, align: 'right' },
      { key: 'amount', label: m.lists.columnAmount, align: 'right' },
    ],
    rows,
  };
}
