import type { Block, Button } from '../../chat/message.js';
import { privately, type Reply } from '../../chat/reply.js';
import type { CustomerMatch, ReceivableMatch } from '../../db/repositories/lookup-targets.repository.js';
import type { Messages } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import type { Chosen, ItemTarget } from './resolve-target.js';

/** The button that picks one of several open items, and the one that picks one of several customers. */
export const PICK_ITEM = 'pick.item';
export const PICK_CUSTOMER = 'pick.customer';

// A button value travels through every platform; Slack caps it at 2,000 characters and the
// command text rides along, so a command longer than this gets the list without buttons.
const MAX_VALUE = 1_000;
// More buttons than this make the answer a wall; the rest are counted, not shown.
const SHOWN = 10;

/** True for the buttons of a "which one?" answer. */
export function isPickAction(actionId: string): boolean {
  return actionId === PICK_ITEM || actionId === PICK_CUSTOMER;
}

/**
 * The value of a pick button: the chosen id and the command as typed, which is read again on
 * click (with the same checks as typing it) and applied to the chosen item or customer.
 */
export function pickValue(id: number, text: string): string | null {
  const value = `${id}:${text.trim()}`;
  return value.length <= MAX_VALUE ? value : null;
}

/** Reads a pick button back; null when the value is not one. */
export function readPick(actionId: string, value: string): { chosen: Chosen; text: string } | null {
  const match = /^(\d{1,12}):([\s\S]+)$/.exec(value);
  if (!match || !isPickAction(actionId)) return null;
  const id = Number(match[1]);
  return {
    chosen: { kind: actionId === PICK_ITEM ? 'item' : 'customer', id },
    text: match[2] as string,
  };
}

interface Choice {
  id: number;
  label: string;
}

function whichOne(question: string, actionId: string, choices: Choice[], text: string, m: Messages): Reply {
  const buttons: Button[] = [];
  for (const c of choices.slice(0, SHOWN)) {
    const value = pickValue(c.id, text);
    if (value !== null) buttons.push({ actionId, label: c.label, value });
  }
  const blocks: Block[] = [{ type: 'text', text: question }];
  if (buttons.length > 0) blocks.push({ type: 'actions', buttons });
  else blocks.push({ type: 'text', text: choices.map((c) => `• ${c.label}`).join('\n') });
  const rest = choices.length - Math.min(choices.length, SHOWN);
  if (rest > 0) blocks.push({ type: 'context', text: m.commands.andMore(rest) });
  if (rest > 0 || buttons.length === 0) blocks.push({ type: 'context', text: m.commands.nameTheInvoice });
  return { kind: 'private', message: { text: question, blocks } };
}

/** "Which one?" over several open items, each a button that carries out the command on it. */
export function whichItem(
  target: string,
  items: readonly ReceivableMatch[],
  text: string,
  m: Messages,
): Reply {
  const choices = items.map((i) => ({
    id: i.id,
    label: m.commands.itemChoice(i.invoiceNo, i.customerName, money(i.outstanding, i.currency), i.dueOn),
  }));
  return whichOne(m.commands.whichItem(target, items.length), PICK_ITEM, choices, text, m);
}

/** "Which one?" over several customers, each a button that narrows the command to that customer. */
export function whichCustomer(
  target: string,
  customers: readonly CustomerMatch[],
  text: string,
  m: Messages,
): Reply {
  const choices = customers.map((c) => ({ id: c.id, label: `${c.name} (${c.externalId})` }));
  return whichOne(m.commands.whichCustomer(target, customers.length), PICK_CUSTOMER, choices, text, m);
}

/** A target that names no single item or customer the person may act on. */
export type UnresolvedTarget = Exclude<ItemTarget, { kind: 'item' } | { kind: 'customer' }>;

/** True when `found` names one item or one customer, so the command can go on. */
export function isResolved(found: ItemTarget): found is Exclude<ItemTarget, UnresolvedTarget> {
  return found.kind === 'item' || found.kind === 'customer';
}

/** The private answer to an item command whose target is not one item or customer: why, or which one. */
export function unresolvedAnswer(
  found: UnresolvedTarget,
  typed: string,
  chosen: Chosen | null,
  text: string,
  m: Messages,
): Reply {
  switch (found.kind) {
    case 'none':
      return privately(chosen ? m.commands.pickGone : m.commands.noMatch(typed));
    case 'refused':
      return privately(
        found.why === 'settled' ? m.commands.settled(found.invoiceNo) : m.commands.notYours(found.invoiceNo),
      );
    case 'items':
      return whichItem(typed, found.items, text, m);
    case 'customers':
      return whichCustomer(typed, found.customers, text, m);
  }
}
