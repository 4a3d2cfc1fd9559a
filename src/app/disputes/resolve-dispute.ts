import { privately, type Reply } from '../../chat/reply.js';
import type { Command } from '../../domain/command/types.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { storable } from '../commands/plain-text.js';
import { type Chosen, resolveItemTarget } from '../commands/resolve-target.js';
import { whichCustomer, whichItem } from '../commands/which-one.js';
import type { AppContext } from '../context.js';
import { readAmount } from '../items/field-readers.js';
import { settleOpenDispute } from './settle-dispute.js';

type ResolveCommand = Extract<Command, { kind: 'resolve' }>;

/**
 * `resolve` / `解决争议`: a manager of the item's team or finance settles its open dispute. "The
 * customer will pay" puts the item back in the chase; a credit note lowers its outstanding by the
 * amount, with its reference. Audited, and announced in the item's thread to the dispute's owner.
 */
export async function resolveDispute(
  app: AppContext,
  actor: Actor,
  command: ResolveCommand,
  text: string,
  chosen: Chosen | null,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actor.role !== 'admin' && actor.role !== 'manager') return privately(m.disputes.noRights);
  const found = await resolveItemTarget(app.db, actor, command.target, app.clock.now(), chosen);
  const typed = command.target.text;
  if (found.kind === 'items') return whichItem(typed, found.items, text, m);
  if (found.kind === 'customers') return whichCustomer(typed, found.customers, text, m);
  if (found.kind === 'refused')
    return privately(found.why === 'settled' ? m.commands.settled(found.invoiceNo) : m.disputes.noRights);
  if (found.kind !== 'item') return privately(chosen ? m.commands.pickGone : m.commands.noMatch(typed));
  const item = found.item;
  const label = `${item.customerName} · ${item.invoiceNo}`;
  const resolution = command.resolution;
  let credit = 0;
  if (resolution.kind === 'credit_note') {
    const checked = readAmount(resolution.amount.text, item.currency, item.outstanding, m);
    if (!checked.ok) return privately(`${label}: ${checked.error}`);
    credit = checked.value;
  }
  const settlement =
    resolution.kind === 'credit_note'
      ? { kind: 'credit_note' as const, amount: credit, reference: resolution.reference }
      : { kind: 'will_pay' as const };
  const answer = await settleOpenDispute(app, actor, item, settlement, storable(command.note));
  if (answer === null) return privately(m.disputes.noneOpen(item.invoiceNo));
  return privately(`✓ ${label}: ${answer}`);
}
