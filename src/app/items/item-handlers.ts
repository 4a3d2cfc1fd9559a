import type { Form } from '../../chat/form.js';
import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import { latestCommitmentBesides } from '../../db/repositories/commitment.repository.js';
import { FOLLOW_UP_METHODS } from '../../domain/command/methods.js';
import { REASONS } from '../../domain/command/reasons.js';
import { extensionLimit, needsApproval } from '../../domain/extension.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { openDispute } from '../disputes/open-dispute.js';
import { offersLetter, readLetterChoice } from '../letters/letter-option.js';
import { sendLetter } from '../letters/send-letter.js';
import { money } from '../lists/labels.js';
import { requestApproval } from './approvals.js';
import { fieldErrors, readAmount, readChoice, readDate } from './field-readers.js';
import { itemForAction } from './item-access.js';
import { type ItemFormId, itemForm } from './item-forms.js';
import { notifyFinanceOfClaim } from './paid-claim-notice.js';
import { savePromiseAsked } from './promise-approval.js';
import { recordFollowUp } from './record-follow-up.js';
import { saveDueConfirmation, savePaidClaim } from './save-answers.js';
import { formKey, type SavedOnce, saveOnce, withFormKey } from './save-once.js';
import { followUpWhat } from './saved-text.js';

const ITEM_FORMS: Record<string, ItemFormId> = {
  'item.promise': 'item.promise',
  'item.followup': 'item.followup',
  'item.dispute': 'item.dispute',
  'item.paid': 'item.paid',
  'predue.delay': 'predue.delay',
};

const REASON_CODES = REASONS.map((r) => r.code);
const METHOD_CODES = FOLLOW_UP_METHODS.map((f) => f.code);
const text = (v: string | undefined) => (v ?? '').trim() || null;

/** True for the buttons and forms of the daily lists. */
export function isItemAction(actionId: string): boolean {
  return actionId in ITEM_FORMS || actionId === 'predue.ontime';
}

/** A click on a list button: opens the item's form, or records "on time" straight away. */
export async function onItemButton(
  app: AppContext,
  actor: Actor,
  actionId: string,
  value: string,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const access = await itemForAction(app.db, actor, value, app.clock.now());
  if (!access.ok) return privately(access.message);
  const formId = ITEM_FORMS[actionId];
  if (formId) {
    const letters = formId === 'item.followup' && (await offersLetter(app.db, access.item));
    const form = itemForm(formId, access.item, value, m, actor.locale, letters);
    return { kind: 'form', form: withFormKey(form) };
  }
  // A second click is the same answer, until another answer (a delay) came in between.
  const since = await latestCommitmentBesides(app.db, access.item.id, 'on_time');
  const key = `ontime:${actor.personId}:${value}:${access.item.today}:${since}`;
  const saved = await saveOnce(app, actor, access.item, key, async (db, now) => {
    await saveDueConfirmation(db, actor, access.item, { kind: 'on_time' }, now);
    return m.done.onTime;
  });
  const text = saved.first ? saved.answer : m.done.already(saved.answer);
  return { kind: 'private', message: { text, blocks: [{ type: 'context', text: `✓ ${text}` }] } };
}

function again(form: Form, values: Record<string, string>, errors: Record<string, string>): Reply {
  return {
    kind: 'form_errors',
    form: { ...form, fields: form.fields.map((f) => ({ ...f, initial: values[f.id] ?? f.initial })), errors },
  };
}

/** A submitted item form: validated field by field; nothing is saved unless every field is right. */
export async function onItemForm(
  app: AppContext,
  actor: Actor,
  formId: string,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const id = ITEM_FORMS[formId];
  const access = await itemForAction(app.db, actor, metadata.value ?? '', app.clock.now());
  if (!id || !access.ok) {
    const message = access.ok ? m.errors.unknownAction : access.message;
    return formClosedSaying(message);
  }
  const item = access.item;
  const letters = id === 'item.followup' && (await offersLetter(app.db, item));
  const form = withFormKey(itemForm(id, item, metadata.value ?? '', m, actor.locale, letters), metadata);
  const key = formKey(metadata);
  const done = ({ first, answer }: SavedOnce): Reply => {
    const text = first ? answer : m.done.already(answer);
    return { kind: 'form_done', message: { text, blocks: [{ type: 'context', text: `✓ ${text}` }] } };
  };

  if (id === 'item.promise') {
    const reads = {
      amount: readAmount(values.amount, item.currency, item.outstanding, m),
      date: readDate(values.date, item.today, 'ahead', m),
    };
    if (!reads.amount.ok || !reads.date.ok) return again(form, values, fieldErrors(reads));
    const input = { amount: reads.amount.value, date: reads.date.value as string, note: text(values.note) };
    return done(
      await saveOnce(app, actor, item, key, (db, now) =>
        savePromiseAsked({ db, platforms: app.platforms, now }, actor, item, input),
      ),
    );
  }
  if (id === 'item.followup') {
    const reads = {
      method: readChoice(values.method, METHOD_CODES, m),
      outcome: readChoice(values.outcome, ['contacted', 'no_contact'] as const, m),
      reason: readChoice(values.reason, REASON_CODES, m, false),
      next: readDate(values.next, item.today, 'ahead', m, false),
      letter: readLetterChoice(values.letter, letters, m),
      // As in the command, a follow-up says what happened.
      note: text(values.note)
        ? { ok: true as const, value: text(values.note) }
        : { ok: false as const, error: m.errors.required },
    };
    if (
      !reads.method.ok ||
      !reads.outcome.ok ||
      !reads.reason.ok ||
      !reads.next.ok ||
      !reads.letter.ok ||
      !reads.note.ok
    )
      return again(form, values, fieldErrors(reads));
    const input = {
      // A generated letter is how the customer was chased this time.
      // The final notice is a formal letter as far as the follow-up's method goes.
      method:
        reads.letter.value === 'final_notice'
          ? 'letter'
          : (reads.letter.value ?? (reads.method.value as string)),
      outcome: reads.outcome.value as string,
      reason: reads.reason.value,
      note: text(values.note),
      next: reads.next.value,
    };
    const letter = reads.letter.value;
    return done(
      await saveOnce(app, actor, item, key, async (db, now) => {
        const ctx = { db, platforms: app.platforms, now };
        const followUpId = await recordFollowUp(ctx, actor, item, input);
        if (!letter)
          return m.done.savedOn(item.customerName, item.invoiceNo, followUpWhat(m, actor.locale, input));
        return m.letters.sent(m.letters.kind(letter), await sendLetter(ctx, item, letter, followUpId));
      }),
    );
  }
  if (id === 'item.dispute') {
    const reads = {
      reason: readChoice(values.reason, REASON_CODES, m),
      note: text(values.note)
        ? { ok: true as const, value: text(values.note) }
        : { ok: false as const, error: m.errors.required },
    };
    if (!reads.reason.ok || !reads.note.ok) return again(form, values, fieldErrors(reads));
    const input = { reason: reads.reason.value as string, note: reads.note.value as string };
    return done(
      await saveOnce(app, actor, item, key, async (db, now) => {
        await openDispute({ db, platforms: app.platforms, now }, actor, item, { ...input, helperIds: [] });
        return m.disputes.saved(0);
      }),
    );
  }
  if (id === 'item.paid') {
    const reads = {
      amount: readAmount(values.amount, item.currency, item.outstanding, m),
      date: readDate(values.date, item.today, 'behind', m),
    };
    if (!reads.amount.ok || !reads.date.ok) return again(form, values, fieldErrors(reads));
    const input = {
      amount: reads.amount.value,
      date: reads.date.value as string,
      bank: text(values.bank),
      reference: text(values.reference),
    };
    return done(
      await saveOnce(app, actor, item, key, async (db, now) => {
        const claimId = await savePaidClaim(db, actor, item, input, now);
        await notifyFinanceOfClaim({ db, platforms: app.platforms, now }, actor, item, claimId, input);
        const what = m.done.claimedPaid(money(input.amount, item.currency), input.date);
        return m.done.savedOn(item.customerName, item.invoiceNo, what);
      }),
    );
  }
  const reads = {
    date: readDate(values.date, item.today, 'ahead', m),
    reason: readChoice(values.reason, REASON_CODES, m),
  };
  if (reads.date.ok && (reads.date.value as string) <= item.dueOn)
    return again(form, values, { date: m.errors.delayNotLater(item.dueOn) });
  if (!reads.date.ok || !reads.reason.ok) return again(form, values, fieldErrors(reads));
  const date = reads.date.value as string;
  const approval = needsApproval(date, item.dueOn, item.termsDays);
  const input = {
    kind: 'delay' as const,
    date,
    reason: reads.reason.value as string,
    note: text(values.note),
    needsApproval: approval,
  };
  return done(
    await saveOnce(app, actor, item, key, async (db, now) => {
      const id = await saveDueConfirmation(db, actor, item, input, now);
      if (approval)
        await requestApproval({ db, platforms: app.platforms, now }, actor, item, id, {
          date,
          limit: extensionLimit(item.dueOn, item.termsDays),
          reason: input.reason,
        });
      return approval ? m.done.delayPending(date) : m.done.delayAccepted(date);
    }),
  );
}
