import type { Form } from '../../chat/form.js';
import type { Block } from '../../chat/message.js';
import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import { openReceivablesOf } from '../../db/repositories/lookup-targets.repository.js';
import { instantAt } from '../../domain/local-time.js';
import { formatAmount } from '../../domain/money-format.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { fieldErrors, readAmount, readDate } from '../items/field-readers.js';
import { itemForAction, mayActOn } from '../items/item-access.js';
import { saveCustomerPromise } from '../items/save-answers.js';
import { loadCustomerStory } from '../lookups/customer-story.js';
import { storyMessage } from '../lookups/story-message.js';
import { loadItemViews, renderContextOf } from './daily-list.js';
import { money } from './labels.js';
import { totalsText } from './list-message.js';
import { byCustomer, CUSTOMER_FILE, CUSTOMER_PROMISE, SEE_COVERED, splitByCover } from './overdue-part.js';
import { redrawListMessage } from './redraw.js';
import { overdueItemBlocks } from './render-item.js';

/** True for the customer lines' buttons and the covered items' button of a collector's part. */
export function isMorningAction(actionId: string): boolean {
  return actionId === CUSTOMER_PROMISE || actionId === CUSTOMER_FILE || actionId === SEE_COVERED;
}

/** True for the customer promise form. */
export function isMorningForm(formId: string): boolean {
  return formId === CUSTOMER_PROMISE;
}

/** A click on a customer line (promise form, customer file) or on "see them" under the counts. */
export async function onMorningButton(
  app: AppContext,
  actor: Actor,
  actionId: string,
  value: string,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actionId === SEE_COVERED) return coveredItems(app, actor, value);
  const now = app.clock.now();
  const access = await itemForAction(app.db, actor, value, now);
  if (!access.ok) return privately(access.message);
  if (actionId === CUSTOMER_FILE) {
    const story = await loadCustomerStory(app.db, access.item.customerId, null, now);
    return story
      ? { kind: 'private', message: storyMessage(story, m, actor.locale) }
      : privately(m.commands.pickGone);
  }
  const owed = await customerBalance(app, access.item.customerId);
  if (owed.currencies.length > 1)
    return privately(m.commitments.customerCurrencies(access.item.customerName, owed.currencies.join(', ')));
  return { kind: 'form', form: customerPromiseForm(access.item.customerName, owed, value, m) };
}

async function customerBalance(app: AppContext, customerId: number) {
  const open = await openReceivablesOf(app.db, [customerId]);
  const currencies = [...new Set(open.map((i) => i.currency))];
  return {
    currencies,
    currency: currencies[0] ?? '',
    outstanding: open.reduce((a, i) => a + i.outstanding, 0),
    items: open.length,
  };
}

function customerPromiseForm(
  customer: string,
  owed: { currency: string; outstanding: number },
  value: string,
  m: ReturnType<typeof messagesFor>,
): Form {
  return {
    formId: CUSTOMER_PROMISE,
    title: m.morning.customerPromiseTitle,
    submitLabel: m.forms.submit,
    intro: m.morning.customerPromiseHint(customer, money(owed.outstanding, owed.currency)),
    metadata: { value },
    fields: [
      {
        id: 'amount',
        kind: 'amount',
        currency: owed.currency,
        label: `${m.forms.amount} (${owed.currency})`,
        required: true,
        initial: formatAmount(owed.outstanding, owed.currency),
        hint: m.forms.amountHint,
      },
      { id: 'date', kind: 'date', label: m.forms.promisedDate, required: true, hint: m.forms.dateHint },
      { id: 'note', kind: 'multiline', label: m.forms.note },
    ],
  };
}

/** The customer promise form submitted: one promise on the whole customer, kept from all its receipts. */
export async function onCustomerPromiseForm(
  app: AppContext,
  actor: Actor,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const value = metadata.value ?? '';
  const access = await itemForAction(app.db, actor, value, app.clock.now());
  if (!access.ok) return formClosedSaying(access.message);
  const item = access.item;
  const owed = await customerBalance(app, item.customerId);
  if (owed.currencies.length > 1)
    return formClosedSaying(m.commitments.customerCurrencies(item.customerName, owed.currencies.join(', ')));
  const reads = {
    amount: readAmount(values.amount, owed.currency, owed.outstanding, m),
    date: readDate(values.date, item.today, 'ahead', m),
  };
  if (!reads.amount.ok || !reads.date.ok) {
    const form = customerPromiseForm(item.customerName, owed, value, m);
    const fields = form.fields.map((f) => ({ ...f, initial: values[f.id] ?? f.initial }));
    return { kind: 'form_errors', form: { ...form, fields, errors: fieldErrors(reads) } };
  }
  const input = {
    amount: reads.amount.value,
    date: reads.date.value as string,
    note: (values.note ?? '').trim() || null,
  };
  const now = app.clock.now();
  await app.db.transaction().execute(async (trx) => {
    await saveCustomerPromise(trx, actor, { ...item, currency: owed.currency }, input, now);
    await redrawListMessage({ db: trx, platforms: app.platforms, now }, item.list.key);
  });
  app.nudge();
  const what = `${item.customerName}: ${m.commitments.customerPromised(money(input.amount, owed.currency), input.date, owed.items)}`;
  return { kind: 'form_done', message: { text: what, blocks: [{ type: 'context', text: `✓ ${what}` }] } };
}

/** The items of a part under a live commitment, privately, by customer with their buttons. */
async function coveredItems(app: AppContext, actor: Actor, key: string): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const part = await app.db.selectFrom('list_messages').selectAll().where('key', '=', key).executeTakeFirst();
  if (!part) return privately(m.errors.unknownAction);
  if (!mayActOn(actor, { teamId: part.team_id, collectorId: part.person_id }))
    return privately(m.errors.notAllowed);
  const team = await app.db
    .selectFrom('teams')
    .selectAll()
    .where('id', '=', part.team_id)
    .executeTakeFirstOrThrow();
  const ctx = renderContextOf(team);
  const since = instantAt(part.on_date, '00:00', team.timezone);
  const today = part.on_date;
  const { items, answers } = await loadItemViews(
    app.db,
    { teamId: team.id, itemIds: part.item_ids },
    today,
    since,
    team,
  );
  const { covered } = splitByCover(items, answers, ctx.everyDay ?? false);
  if (covered.length === 0) return privately(ctx.m.morning.noneCovered);
  const title = ctx.m.morning.coveredTitle(covered.length);
  const blocks: Block[] = [{ type: 'header', text: title }];
  for (const group of byCustomer(covered)) {
    const first = group[0];
    if (!first) continue;
    blocks.push(
      { type: 'divider' },
      { type: 'text', text: ctx.m.morning.customerLine(first.customerName, group.length, totalsText(group)) },
    );
    for (const item of group) blocks.push(...overdueItemBlocks(item, undefined, part.on_date, ctx, true));
  }
  return { kind: 'private', message: { text: title, blocks } };
}
