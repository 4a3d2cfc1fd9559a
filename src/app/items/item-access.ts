import type { DbOrTrx } from '../../db/connect.js';
import { localDateIn } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { type ListKind, listKey } from '../lists/list-message.js';
import { parseItemButtonValue } from '../lists/render-item.js';

/** An item someone is answering from a daily list, with what the answer needs to know. */
export interface ItemInContext {
  id: number;
  invoiceNo: string;
  customerId: number;
  customerName: string;
  teamId: number;
  teamLocale: string;
  timezone: string;
  collectorId: number | null;
  managerId: number | null;
  currency: string;
  outstanding: number;
  dueOn: string;
  termsDays: number;
  /** Today in the team's timezone. */
  today: string;
  /** The list the button was on, for redrawing it. */
  list: { kind: ListKind; date: string; key: string };
}

export type Access = { ok: true; item: ItemInContext } | { ok: false; message: string };

/** Whether a person may act on an item: its collector, their delegate during leave, a manager of its team, or finance. */
export function mayActOn(actor: Actor, item: { teamId: number; collectorId: number | null }): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'manager') return actor.teamId === item.teamId;
  if (item.collectorId !== null && actor.coveringFor?.includes(item.collectorId)) return true;
  return item.collectorId === actor.personId;
}

async function loadItemRow(db: DbOrTrx, itemId: number) {
  return db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .innerJoin('teams as t', 't.id', 'r.team_id')
    .leftJoin('people as p', 'p.id', 'r.collector_id')
    .select([
      'r.id',
      'r.invoice_no',
      'r.status',
      'r.outstanding',
      'r.currency',
      'r.due_on',
      'r.team_id',
      'r.collector_id',
      'c.id as customer_id',
      'c.name as customer_name',
      'c.payment_terms_days',
      't.locale',
      't.timezone',
      'p.name as collector_name',
      'p.manager_id',
    ])
    .where('r.id', '=', itemId)
    .executeTakeFirst();
}

function inContext(
  row: NonNullable<Awaited<ReturnType<typeof loadItemRow>>>,
  now: Date,
  list?: { kind: ListKind; date: string },
): ItemInContext {
  const today = localDateIn(now, row.timezone);
  // An item answered by command belongs to today's list it would appear on.
  const kind = list?.kind ?? (row.due_on < today ? 'overdue' : 'predue');
  const date = list?.date ?? today;
  return {
    id: row.id,
    invoiceNo: row.invoice_no,
    customerId: row.customer_id,
    customerName: row.customer_name,
    teamId: row.team_id,
    teamLocale: row.locale,
    timezone: row.timezone,
    collectorId: row.collector_id,
    managerId: row.manager_id,
    currency: row.currency,
    outstanding: row.outstanding,
    dueOn: row.due_on,
    termsDays: row.payment_terms_days,
    today,
    list: { kind, date, key: listKey(kind, row.team_id, date, row.collector_id) },
  };
}

/** Loads the item a list button or form refers to, refusing when it changed since the list or the person may not act. */
export async function itemForAction(db: DbOrTrx, actor: Actor, value: string, now: Date): Promise<Access> {
  const m = messagesFor(actor.locale);
  const ref = parseItemButtonValue(value);
  if (!ref) return { ok: false, message: m.errors.unknownAction };
  const row = await loadItemRow(db, ref.itemId);
  if (!row) return { ok: false, message: m.errors.itemChanged(m.errors.itemGone) };
  if (row.status !== 'open' || row.outstanding === 0)
    return { ok: false, message: m.errors.itemChanged(m.errors.itemPaid) };
  if (row.collector_id !== ref.collectorId) {
    return {
      ok: false,
      message: m.errors.itemChanged(m.errors.itemReassigned(row.collector_name ?? m.lists.unassigned)),
    };
  }
  if (!mayActOn(actor, { teamId: row.team_id, collectorId: row.collector_id }))
    return { ok: false, message: m.errors.notAllowed };
  return {
    ok: true,
    item: inContext(row, now, { kind: ref.kind === 'o' ? 'overdue' : 'predue', date: ref.date }),
  };
}

/** Loads an open item by id for a command, when the person may act on it. */
export async function itemForCommand(
  db: DbOrTrx,
  actor: Actor,
  itemId: number,
  now: Date,
): Promise<ItemInContext | null> {
  const row = await loadItemRow(db, itemId);
  if (row?.status !== 'open' || row.outstanding === 0) return null;
  if (!mayActOn(actor, { teamId: row.team_id, collectorId: row.collector_id })) return null;
  return inContext(row, now);
}
