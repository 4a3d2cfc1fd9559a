import type { DbOrTrx } from '../../db/connect.js';
import type { LineResult, PlanLine } from '../../db/repositories/weekly.repository.js';
import { PLAN_OUTCOMES } from '../../domain/week.js';
import type { Messages } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { fieldErrors, readAmount, readChoice, readDate } from '../items/field-readers.js';
import { type ItemInContext, itemForCommand, mayActOn } from '../items/item-access.js';
import { customerOfLine } from './customer-label.js';
import { PROMISE_FIELDS, resultFieldIds } from './result-form.js';

/** A promise logged from the result form. */
export interface FormPromise {
  item: ItemInContext;
  amount: number;
  date: string;
}

export type ResultRead =
  | { ok: true; results: LineResult[]; promise: FormPromise | null }
  | { ok: false; errors: Record<string, string> };

const ZERO = /^0+(?:[.,]0+)?$/;

/** The earliest-due open item of a customer the person may answer, for a promise made on the customer. */
async function promiseItem(db: DbOrTrx, actor: Actor, customerId: number, now: Date) {
  const items = await db
    .selectFrom('receivables')
    .select(['id', 'team_id', 'collector_id'])
    .where('customer_id', '=', customerId)
    .where('status', '=', 'open')
    .where('outstanding', '>', 0)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  const mine = items.find((i) => mayActOn(actor, { teamId: i.team_id, collectorId: i.collector_id }));
  return mine ? itemForCommand(db, actor, mine.id, now) : null;
}

async function readPromise(
  db: DbOrTrx,
  actor: Actor,
  teamId: number,
  values: Record<string, string>,
  today: string,
  now: Date,
  m: Messages,
): Promise<{ ok: true; promise: FormPromise | null } | { ok: false; errors: Record<string, string> }> {
  const customer = (values[PROMISE_FIELDS.customer] ?? '').trim();
  const amountText = (values[PROMISE_FIELDS.amount] ?? '').trim();
  const dateText = (values[PROMISE_FIELDS.date] ?? '').trim();
  if (!customer && !amountText && !dateText) return { ok: true, promise: null };
  if (!customer)
    return { ok: false, errors: { [PROMISE_FIELDS.customer]: m.weekly.errors.promiseIncomplete } };
  const found = await customerOfLine(db, customer, teamId);
  if (found.kind !== 'one') {
    const error =
      found.kind === 'several'
        ? m.weekly.errors.customerAmbiguous(customer, found.labels)
        : m.weekly.errors.customerUnknown(customer);
    return { ok: false, errors: { [PROMISE_FIELDS.customer]: error } };
  }
  const match = found.customer;
  const item = await promiseItem(db, actor, match.id, now);
  if (!item)
    return { ok: false, errors: { [PROMISE_FIELDS.customer]: m.weekly.errors.promiseNoItem(match.name) } };
  const reads = {
    [PROMISE_FIELDS.amount]: readAmount(amountText, item.currency, item.outstanding, m),
    [PROMISE_FIELDS.date]: readDate(dateText, today, 'ahead', m),
  };
  const amount = reads[PROMISE_FIELDS.amount];
  const date = reads[PROMISE_FIELDS.date];
  if (!amount?.ok || !date?.ok) return { ok: false, errors: fieldErrors(reads) };
  return { ok: true, promise: { item, amount: amount.value as number, date: date.value as string } };
}

/**
 * Reads a submitted result: every line needs an outcome (the error names the customer) and a
 * readable amount; the optional promise needs a customer, an amount and a date ahead.
 */
export async function readResult(
  db: DbOrTrx,
  actor: Actor,
  teamId: number,
  lines: readonly PlanLine[],
  ledger: ReadonlyMap<number, number>,
  values: Record<string, string>,
  today: string,
  now: Date,
  m: Messages,
): Promise<ResultRead> {
  const errors: Record<string, string> = {};
  const results: LineResult[] = [];
  for (const line of lines) {
    const ids = resultFieldIds(line.id);
    const typed = (values[ids.collected] ?? '').trim();
    const amount =
      !typed || ZERO.test(typed)
        ? { ok: true as const, value: 0 }
        : readAmount(typed, line.currency, Number.MAX_SAFE_INTEGER, m);
    const outcome = readChoice(values[ids.outcome], PLAN_OUTCOMES, m);
    if (!amount.ok) errors[ids.collected] = amount.error;
    if (!outcome.ok) errors[ids.outcome] = m.weekly.errors.outcomeMissing(line.customerName);
    if (!amount.ok || !outcome.ok || outcome.value === null) continue;
    const note = (values[ids.note] ?? '').trim();
    results.push({
      lineId: line.id,
      actual: amount.value,
      ledger: ledger.get(line.id) ?? 0,
      outcome: outcome.value,
      note: note || null,
    });
  }
  const promise = await readPromise(db, actor, teamId, values, today, now, m);
  if (!promise.ok) Object.assign(errors, promise.errors);
  if (Object.keys(errors).length > 0 || !promise.ok) return { ok: false, errors };
  return { ok: true, results, promise: promise.promise };
}
