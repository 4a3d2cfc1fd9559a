import { privately, type Reply } from '../../chat/reply.js';
import type { Command } from '../../domain/command/types.js';
import { checkPlan } from '../../domain/commitment.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { repaymentForm } from '../commitments/repayment-form.js';
import { saveRepaymentPlan, sendRepaymentAgreement } from '../commitments/repayment-plan.js';
import type { AppContext } from '../context.js';
import { readAmount } from '../items/field-readers.js';
import type { ItemInContext } from '../items/item-access.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import { itemButtonValue } from '../lists/render-item.js';
import { storable } from './plain-text.js';
import { type Chosen, resolveItemTarget } from './resolve-target.js';
import { isResolved, unresolvedAnswer } from './which-one.js';

type RepayCommand = Extract<Command, { kind: 'repay' }>;

/**
 * `repay` / `还款计划`: a repayment plan on an invoice, or on a customer as a whole. Each amount is
 * read in the items' currency and the total checked against what is outstanding; the agreement
 * (.docx) is attached in the item's thread.
 */
export async function repayCommand(
  app: AppContext,
  actor: Actor,
  command: RepayCommand,
  text: string,
  chosen: Chosen | null,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const now = app.clock.now();
  const found = await resolveItemTarget(app.db, actor, command.target, now, chosen, true);
  const typed = command.target.text;
  let target: { item: ItemInContext; label: string; itemIds: number[]; currencies: string[] };
  if (!isResolved(found)) return unresolvedAnswer(found, typed, chosen, text, m);
  switch (found.kind) {
    case 'customer':
      target = {
        item: { ...found.first, outstanding: found.items.reduce((a, i) => a + i.outstanding, 0) },
        label: `${found.customer.name} (${found.customer.externalId})`,
        itemIds: found.items.map((i) => i.id),
        currencies: [...new Set(found.items.map((i) => i.currency))],
      };
      break;
    case 'item':
      target = {
        item: found.item,
        label: `${found.item.customerName} · ${found.item.invoiceNo}`,
        itemIds: [found.item.id],
        currencies: [found.item.currency],
      };
      break;
  }
  const { item, label } = target;
  if (command.instalments.length === 0) {
    const kind = item.list.kind === 'overdue' ? 'o' : 'w';
    const value = itemButtonValue(kind, item, item.list.date);
    const scope = found.kind === 'customer' ? 'customer' : 'item';
    return { kind: 'form', form: repaymentForm(item, label, { value, scope }, m) };
  }
  // Money in two currencies cannot be one plan: the collector names the invoice instead.
  if (target.currencies.length > 1)
    return privately(m.repayment.currencies(item.customerName, target.currencies.join(', ')));
  const instalments: { amount: number; date: string }[] = [];
  for (const inst of command.instalments) {
    // The grammar reads amounts as two-decimal currencies; re-read in the item's own currency.
    const checked = readAmount(inst.amount.text, item.currency, item.outstanding, m);
    if (!checked.ok) return privately(`${label}: ${checked.error}`);
    instalments.push({ amount: checked.value, date: inst.date });
  }
  const total = instalments.reduce((a, i) => a + i.amount, 0);
  const problem = checkPlan(
    instalments.map((i, n) => ({ id: n, amount: i.amount, dueOn: i.date })),
    item.outstanding,
  );
  if (problem === 'over_outstanding')
    return privately(
      `${label}: ${m.repayment.overOutstanding(money(total, item.currency), money(item.outstanding, item.currency))}`,
    );
  await app.db.transaction().execute(async (trx) => {
    const ctx = { db: trx, platforms: app.platforms, now };
    const wholeCustomer = found.kind === 'customer';
    const input = { item, wholeCustomer, itemIds: target.itemIds, instalments, note: storable(command.note) };
    const saved = await saveRepaymentPlan(trx, actor, input, now);
    await sendRepaymentAgreement(ctx, item, saved.planId);
    await redrawListMessage(ctx, item.list.key);
  });
  app.nudge();
  const list = instalments
    .map((i, n) => m.repayment.instalment(n + 1, money(i.amount, item.currency), i.date))
    .join(actor.locale === 'en' ? '; ' : '；');
  const answer = m.repayment.saved(instalments.length, money(total, item.currency), list);
  return privately(`✓ ${label}: ${answer}`);
}
