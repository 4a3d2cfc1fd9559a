import type { Form } from '../../chat/form.js';
import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { fieldErrors, readAmount } from '../items/field-readers.js';
import { type ItemInContext, itemForCommand } from '../items/item-access.js';
import { money } from '../lists/labels.js';
import { DISPUTE_CREDIT, DISPUTE_PAY } from './open-dispute.js';
import { settleOpenDispute } from './settle-dispute.js';

/** True for the buttons under a dispute and the credit note form. */
export function isDisputeAction(id: string): boolean {
  return id === DISPUTE_PAY || id === DISPUTE_CREDIT;
}

type Found = { ok: true; item: ItemInContext } | { ok: false; message: string };

// The open dispute a button names and its item, when this person may settle it.
async function openDispute(app: AppContext, actor: Actor, value: string): Promise<Found> {
  const m = messagesFor(actor.locale);
  if (actor.role !== 'admin' && actor.role !== 'manager') return { ok: false, message: m.disputes.noRights };
  const id = Number(value);
  const dispute = Number.isSafeInteger(id)
    ? await app.db.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst()
    : undefined;
  if (!dispute) return { ok: false, message: m.errors.unknownAction };
  const item = await itemForCommand(app.db, actor, dispute.receivable_id, app.clock.now());
  if (!item) return { ok: false, message: m.disputes.noRights };
  if (dispute.state !== 'open') return { ok: false, message: m.disputes.noneOpen(item.invoiceNo) };
  return { ok: true, item };
}

function creditForm(item: ItemInContext, value: string, m: ReturnType<typeof messagesFor>): Form {
  const d = m.disputes;
  return {
    formId: DISPUTE_CREDIT,
    title: d.creditTitle,
    submitLabel: m.forms.submit,
    intro: d.creditIntro(item.invoiceNo, money(item.outstanding, item.currency)),
    metadata: { dispute: value },
    fields: [
      {
        id: 'amount',
        kind: 'amount',
        currency: item.currency,
        label: d.creditAmount,
        required: true,
        hint: m.forms.amountHint,
      },
      { id: 'reference', kind: 'text', label: d.creditReference, required: true },
      { id: 'note', kind: 'multiline', label: m.forms.note },
    ],
  };
}

/** "Customer will pay" settles the dispute at once; "Credit note…" opens the credit note form. */
export async function onDisputeButton(
  app: AppContext,
  actor: Actor,
  actionId: string,
  value: string,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const found = await openDispute(app, actor, value);
  if (!found.ok) return privately(found.message);
  if (actionId === DISPUTE_CREDIT) return { kind: 'form', form: creditForm(found.item, value, m) };
  const answer = await settleOpenDispute(app, actor, found.item, { kind: 'will_pay' }, null);
  return privately(answer ? `✓ ${answer}` : m.disputes.noneOpen(found.item.invoiceNo));
}

/** The credit note form submitted: the amount and number checked, then the dispute settled. */
export async function onDisputeForm(
  app: AppContext,
  actor: Actor,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const value = metadata.dispute ?? '';
  const found = await openDispute(app, actor, value);
  if (!found.ok) return formClosedSaying(found.message);
  const item = found.item;
  const reference = (values.reference ?? '').trim();
  const reads = {
    amount: readAmount(values.amount, item.currency, item.outstanding, m),
    reference: reference
      ? { ok: true as const, value: reference }
      : { ok: false as const, error: m.errors.required },
  };
  if (!reads.amount.ok || !reads.reference.ok) {
    const form = creditForm(item, value, m);
    const fields = form.fields.map((f) => ({ ...f, initial: values[f.id] ?? f.initial }));
    return { kind: 'form_errors', form: { ...form, fields, errors: fieldErrors(reads) } };
  }
  const settlement = { kind: 'credit_note' as const, amount: reads.amount.value, reference };
  const answer = await settleOpenDispute(app, actor, item, settlement, (values.note ?? '').trim() || null);
  return formClosedSaying(answer ? `✓ ${answer}` : m.disputes.noneOpen(item.invoiceNo));
}
