import { privately, type Reply } from '../../chat/reply.js';
import type { Command } from '../../domain/command/types.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { openDispute } from '../disputes/open-dispute.js';
import { readAmount } from '../items/field-readers.js';
import type { ItemInContext } from '../items/item-access.js';
import { notifyFinanceOfClaim } from '../items/paid-claim-notice.js';
import { savePromiseAsked } from '../items/promise-approval.js';
import { recordFollowUp } from '../items/record-follow-up.js';
import { saveCustomerPromise, savePaidClaim } from '../items/save-answers.js';
import { followUpWhat } from '../items/saved-text.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import type { PublishContext } from '../publish.js';
import { findMentioned } from '../weekly/find-person.js';
import { storable } from './plain-text.js';
import { type Chosen, type ItemTarget, resolveItemTarget } from './resolve-target.js';
import { isResolved, unresolvedAnswer } from './which-one.js';

/** The commands that record something about one item. */
export type ItemCommand = Extract<Command, { kind: 'promise' | 'followup' | 'dispute' | 'paid' }>;

/**
 * Records a promise, follow-up, dispute or "already paid" claim on the item the command names.
 * Several candidates get a "which one?" answer; the amount is checked against the item's balance.
 */
export async function itemCommand(
  app: AppContext,
  actor: Actor,
  command: ItemCommand,
  text: string,
  chosen: Chosen | null,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const now = app.clock.now();
  const found = await resolveItemTarget(
    app.db,
    actor,
    command.target,
    now,
    chosen,
    command.kind === 'promise',
  );
  const typed = command.target.text;
  if (!isResolved(found)) return unresolvedAnswer(found, typed, chosen, text, m);
  switch (found.kind) {
    case 'customer':
      if (command.kind === 'promise') return customerPromise(app, actor, command, found);
      return privately(m.commands.noMatch(typed));
  }
  const item = found.item;
  let amount = 0;
  if (command.kind === 'promise' || command.kind === 'paid') {
    // The grammar reads amounts as two-decimal currencies; re-read in the item's own currency.
    const checked = readAmount(command.amount.text, item.currency, item.outstanding, m);
    if (!checked.ok) return privately(`${item.customerName} · ${item.invoiceNo}: ${checked.error}`);
    amount = checked.value;
  }
  const helperIds: number[] = [];
  if (command.kind === 'dispute') {
    // Every colleague named must be on the roster before anything is saved.
    for (const ref of command.helpers) {
      const person = await findMentioned(app.db, ref);
      if (!person) return privately(m.commands.noPerson(ref.raw));
      helperIds.push(person.id);
    }
  }
  const answer = await app.db.transaction().execute(async (trx) => {
    const ctx = { db: trx, platforms: app.platforms, now };
    const done = await save(ctx, actor, item, command, amount, helperIds);
    await redrawListMessage(ctx, item.list.key);
    return done;
  });
  app.nudge();
  return privately(`✓ ${item.customerName} · ${item.invoiceNo}: ${answer}`);
}

async function save(
  ctx: PublishContext,
  actor: Actor,
  item: ItemInContext,
  command: ItemCommand,
  amount: number,
  helperIds: readonly number[],
): Promise<string> {
  const m = messagesFor(actor.locale);
  const { db, now } = ctx;
  switch (command.kind) {
    case 'promise':
      return savePromiseAsked(ctx, actor, item, { amount, date: command.date, note: storable(command.note) });
    case 'followup': {
      const input = {
        method: command.method,
        outcome: command.outcome,
        reason: command.reason,
        note: storable(command.note),
        next: command.nextDate,
      };
      await recordFollowUp(ctx, actor, item, input);
      return followUpWhat(m, actor.locale, input);
    }
    case 'dispute': {
      const note = storable(command.note) ?? '';
      const added = await openDispute(ctx, actor, item, { reason: 'quality_dispute', note, helperIds });
      return m.disputes.saved(added);
    }
    case 'paid': {
      const claim = {
        amount,
        date: command.date,
        bank: storable(command.bank),
        reference: storable(command.ref),
      };
      const id = await savePaidClaim(db, actor, item, claim, now);
      await notifyFinanceOfClaim(ctx, actor, item, id, claim);
      return m.done.claimedPaid(money(amount, item.currency), command.date);
    }
  }
}

/** A promise on a customer as a whole: one amount by one date, kept from all the customer's receipts. */
async function customerPromise(
  app: AppContext,
  actor: Actor,
  command: Extract<ItemCommand, { kind: 'promise' }>,
  found: Extract<ItemTarget, { kind: 'customer' }>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const currencies = [...new Set(found.items.map((i) => i.currency))];
  const currency = currencies[0] as string;
  // Money in two currencies cannot be one promise: the collector names the invoice instead.
  if (currencies.length > 1)
    return privately(m.commitments.customerCurrencies(found.customer.name, currencies.join(', ')));
  const outstanding = found.items.reduce((a, i) => a + i.outstanding, 0);
  const checked = readAmount(command.amount.text, currency, outstanding, m);
  if (!checked.ok) return privately(`${found.customer.name}: ${checked.error}`);
  const now = app.clock.now();
  const input = { amount: checked.value, date: command.date, note: storable(command.note) };
  await app.db.transaction().execute((trx) => saveCustomerPromise(trx, actor, found.first, input, now));
  app.nudge();
  return privately(
    `✓ ${found.customer.name} (${found.customer.externalId}): ${m.commitments.customerPromised(money(input.amount, currency), input.date, found.items.length)}`,
  );
}
