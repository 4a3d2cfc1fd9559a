import type { Form } from '../../chat/form.js';
import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { addCreditHistory } from '../../db/repositories/credit-watch.repository.js';
import { managerFor } from '../../db/repositories/escalation.repository.js';
import { isRiskSign, RISK_SIGNS } from '../../domain/risk-signal.js';
import { type Messages, messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { type ItemInContext, itemForAction } from '../items/item-access.js';
import { sendToPerson } from '../publish.js';

export const RISK_SIGNAL = 'risk.signal';

function riskForm(item: ItemInContext, value: string, m: Messages): Form {
  return {
    formId: RISK_SIGNAL,
    title: m.riskSignal.formTitle,
    submitLabel: m.riskSignal.submit,
    intro: `${item.customerName} · ${item.invoiceNo}`,
    metadata: { value },
    fields: [
      {
        id: 'sign',
        kind: 'select',
        label: m.riskSignal.signField,
        required: true,
        options: RISK_SIGNS.map((s) => ({ value: s, label: m.riskSignal.sign(s) })),
      },
      { id: 'note', kind: 'multiline', label: m.riskSignal.noteField, hint: m.riskSignal.noteHint },
    ],
  };
}

/** The customer line's "Risk signal…" button: the form with the handbook's warning signs. */
export async function onRiskButton(app: AppContext, actor: Actor, value: string): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const access = await itemForAction(app.db, actor, value, app.clock.now());
  if (!access.ok) return privately(access.message);
  return { kind: 'form', form: riskForm(access.item, value, m) };
}

/**
 * A submitted risk signal: kept on the customer's file (risk signals and credit history), audited,
 * and sent to the manager at once (seed 001 "应在第一时间将信息转告信用主管").
 */
export async function onRiskForm(
  app: AppContext,
  actor: Actor,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const value = metadata.value ?? '';
  const now = app.clock.now();
  const access = await itemForAction(app.db, actor, value, now);
  if (!access.ok) return formClosedSaying(access.message);
  const item = access.item;
  const form = riskForm(item, value, m);
  const sign = (values.sign ?? '').trim();
  const note = (values.note ?? '').trim() || null;
  const again = (field: string, error: string): Reply => ({
    kind: 'form_errors',
    form: {
      ...form,
      fields: form.fields.map((f) => ({ ...f, initial: values[f.id] })),
      errors: { [field]: error },
    },
  });
  if (!isRiskSign(sign)) return again('sign', m.errors.required);
  if (sign === 'other' && note === null) return again('note', m.riskSignal.noteNeeded);
  await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('risk_signals')
      .values({
        customer_id: item.customerId,
        receivable_id: item.id,
        signs: [sign],
        note,
        raised_by: actor.personId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addCreditHistory(trx, {
      customerId: item.customerId,
      kind: 'risk_signal',
      detail: { signal: row.id, signs: [sign], note, invoiceNo: item.invoiceNo },
      personId: actor.personId,
      at: now,
    });
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'risk_signal.raise',
      entity: 'customer',
      entityId: item.customerId,
      after: { signal: row.id, receivable: item.id, signs: [sign], note },
    });
    const customer = await trx
      .selectFrom('customers')
      .select('external_id')
      .where('id', '=', item.customerId)
      .executeTakeFirstOrThrow();
    const managerId = item.managerId ?? (await managerFor(trx, item.collectorId, item.teamId));
    if (managerId !== null && managerId !== actor.personId) {
      const tm = messagesFor(item.teamLocale);
      const text = tm.riskSignal.toManager(
        actor.name,
        item.customerName,
        customer.external_id,
        item.invoiceNo,
        tm.riskSignal.sign(sign),
        note,
      );
      const ctx = { db: trx, platforms: app.platforms, now };
      await sendToPerson(ctx, managerId, `risk-signal:${row.id}`, { text, blocks: [{ type: 'text', text }] });
    }
  });
  app.nudge();
  return formClosedSaying(m.riskSignal.raised(item.customerName, m.riskSignal.sign(sign)));
}
