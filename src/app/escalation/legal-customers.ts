import type { Block } from '../../chat/message.js';
import type { Messages } from '../../locale/index.js';
import { totalsText } from '../lists/list-message.js';

/** Whether a customer is in legal proceedings: the lawyers have it, the group does not chase it. */
export function inLegal(item: { customerStatus: string }): boolean {
  return item.customerStatus === 'legal';
}

/** The short header section naming the customers in legal, with item counts and amounts; no buttons. */
export function legalSection(
  items: readonly { customerId: number; customerName: string; outstanding: number; currency: string }[],
  m: Messages,
): Block {
  const byCustomer = new Map<number, (typeof items)[number][]>();
  for (const item of items)
    byCustomer.set(item.customerId, [...(byCustomer.get(item.customerId) ?? []), item]);
  const lines = [...byCustomer.values()]
    .map((list) => ({ name: list[0]?.customerName ?? '', list }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ name, list }) => `• ${m.promises.legalLine(name, list.length, totalsText(list))}`);
  return { type: 'text', text: [`**${m.promises.legalTitle(byCustomer.size)}**`, ...lines].join('\n') };
}
