import type { Form, FormField } from '../../chat/form.js';
import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import { openReceivablesOf } from '../../db/repositories/lookup-targets.repository.js';
import { MAX_INSTALMENTS } from '../../domain/commitment.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { readAmount, readDate } from '../items/field-readers.js';
import { type ItemInContext, itemForAction, mayActOn } from '../items/item-access.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import { saveRepaymentPlan, sendRepaymentAgreement } from './repayment-plan.js';

/** The "Repayment plan…" button of a customer line, and the form it opens. */
export const REPAY_BUTTON = 'customer.repay';
export const REPAY_FORM = 'repay.plan';

/** What a plan is made on: one item, or all of a customer's open items in one currency. */
interface PlanTarget {
  item: ItemInContext;
  label: string;
  itemIds: number[];
  wholeCustomer: boolean;
}

async function targetOf(app: AppContext, actor: Actor, value: string, scope: string) {
  const m = messagesFor(actor.locale);
  const access = await itemForAction(app.db, actor, value, app.clock.now());
  if (!access.ok) return { ok: false as const, message: access.message };
  const item = access.item;
  if (scope !== 'customer')
    return {
      ok: true as const,
      target: { item, label: item.invoiceNo, itemIds: [item.id], wholeCustomer: false } satisfies PlanTarget,
    };
  const open = (await openReceivablesOf(app.db, [item.customerId])).filter((i) => mayActOn(actor, i));
  const currencies = [...new Set(open.map((i) => i.currency))];
  if (currencies.length > 1)
    return { ok: false as const, message: m.repayment.currencies(item.customerName, currencies.join(', ')) };
  const outstanding = open.reduce((a, i) => a + i.outstanding, 0);
  const target: PlanTarget = {
    item: { ...item, outstanding },
    label: item.customerName,
    itemIds: open.map((i) => i.id),
    // A customer with one open invoice has its plan on that invoice.
    wholeCustomer: open.length > 1,
  };
  return { ok: true as const, target };
}

/** The repayment plan form: an amount and a date per instalment, up to twelve. */
export function repaymentForm(
  item: ItemInContext,
  label: string,
  metadata: Record<string, string>,
  m: ReturnType<typeof messagesFor>,
): Form {
  const f = m.repayment.form;
  const fields: FormField[] = [];
  for (let n = 1; n <= MAX_INSTALMENTS; n += 1)
    fields.push(
      { id: `amount_${n}`, kind: 'amount', currency: item.currency, label: f.amount(n), required: n === 1 },
      { id: `date_${n}`, kind: 'date', label: f.date(n), required: n === 1, hint: m.forms.dateHint },
    );
  fields.push({ id: 'note', kind: 'multiline', label: m.forms.note });
  return {
    formId: REPAY_FORM,
    title: f.title,
    submitLabel: m.forms.submit,
    intro: f.intro(label, money(item.outstanding, item.currency)),
    metadata,
    fields,
  };
}

/** A click on "Repayment plan…": the form for the customer (or the item) the button was on. */
export async function onRepayButton(app: AppContext, actor: Actor, value: string): Promise<Reply> {
  const found = await targetOf(app, actor, value, 'customer');
  if (!found.ok) return privately(found.message);
  const m = messagesFor(actor.locale);
  const scope = found.target.wholeCustomer ? 'customer' : 'item';
  return { kind: 'form', form: repaymentForm(found.target.item, found.target.label, { value, scope }, m) };
}

/** Reads the instalments typed into the form; each field's error names what is wrong with it. */
function readInstalments(
  values: Record<string, string>,
  item: ItemInContext,
  m: ReturnType<typeof messagesFor>,
) {
  const errors: Record<string, string> = {};
  const instalments: { amount: number; date: string }[] = [];
  for (let n = 1; n <= MAX_INSTALMENTS; n += 1) {
    const amountText = (values[`amount_${n}`] ?? '').trim();
    const dateText = (values[`date_${n}`] ?? '').trim();
    if (!amountText && !dateText) continue;
    const amount = readAmount(amountText, item.currency, item.outstanding, m);
    const date = readDate(dateText, item.today, 'ahead', m);
    if (!amountText || !dateText)
      errors[amountText ? `date_${n}` : `amount_${n}`] = m.repayment.form.needsBoth;
    else if (!amount.ok) errors[`amount_${n}`] = amount.error;
    else if (!date.ok) errors[`date_${n}`] = date.error;
    else {
      const before = instalments[instalments.length - 1];
      if (before && (date.value as string) <= before.date)
        errors[`date_${n}`] = m.repayment.form.notRising(before.date);
      instalments.push({ amount: amount.value, date: date.value as string });
    }
  }
  if (instalments.length === 0 && Object.keys(errors).length === 0)
    errors.amount_1 = m.repayment.form.needsOne;
  const total = instalments.reduce((a, i) => a + i.amount, 0);
  if (Object.keys(errors).length === 0 && total > item.outstanding)
    errors[`amount_${instalments.length}`] = m.repayment.overOutstanding(
      money(total, item.currency),
      money(item.outstanding, item.currency),
    );
  return { errors, instalments, total };
}

/** The repayment plan form submitted: saved whole when every field reads, else shown again with errors. */
export async function onRepayForm(
  app: AppContext,
  actor: Actor,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const found = await targetOf(app, actor, metadata.value ?? '', metadata.scope ?? 'item');
  if (!found.ok) return formClosedSaying(found.message);
  const { item, label, itemIds, wholeCustomer } = found.target;
  const read = readInstalments(values, item, m);
  if (Object.keys(read.errors).length > 0) {
    const form = repaymentForm(item, label, metadata, m);
    const fields = form.fields.map((f) => ({ ...f, initial: values[f.id] ?? f.initial }));
    return { kind: 'form_errors', form: { ...form, fields, errors: read.errors } };
  }
  const now = app.clock.now();
  const note = (values.note ?? '').trim() || null;
  await app.db.transaction().execute(async (trx) => {
    const ctx = { db: trx, platforms: app.platforms, now };
    const input = { item, wholeCustomer, itemIds, instalments: read.instalments, note };
    const saved = await saveRepaymentPlan(trx, actor, input, now);
    await sendRepaymentAgreement(ctx, item, saved.planId);
    await redrawListMessage(ctx, item.list.key);
  });
  app.nudge();
  const list = read.instalments
    .map((i, n) => m.repayment.instalment(n + 1, money(i.amount, item.currency), i.date))
    .join(actor.locale === 'en' ? '; ' : '；');
  return formClosedSaying(
    `✓ ${label}: ${m.repayment.saved(read.instalments.length, money(read.total, item.currency), list)}`,
  );
}
