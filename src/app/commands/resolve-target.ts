import type { DbOrTrx } from '../../db/connect.js';
import {
  type CustomerMatch,
  customerById,
  findCustomers,
  findInvoices,
  openReceivablesOf,
  type ReceivableMatch,
  receivableById,
} from '../../db/repositories/lookup-targets.repository.js';
import type { Target } from '../../domain/command/types.js';
import type { Actor } from '../actor.js';
import { type ItemInContext, itemForCommand, mayActOn } from '../items/item-access.js';
import { searchable } from './plain-text.js';

/** What a "which one?" button said the person meant: an item or a customer, by id. */
export type Chosen = { kind: 'item'; id: number } | { kind: 'customer'; id: number };

/** The one item an item command acts on, or why there is not exactly one. */
export type ItemTarget =
  | { kind: 'item'; item: ItemInContext }
  /** One customer with several open items, for a command that may act on the whole customer. */
  | { kind: 'customer'; customer: CustomerMatch; first: ItemInContext; items: ReceivableMatch[] }
  | { kind: 'items'; items: ReceivableMatch[] }
  | { kind: 'customers'; customers: CustomerMatch[] }
  /** The invoice exists but is settled, or belongs to someone this person may not answer for. */
  | { kind: 'refused'; why: 'settled' | 'not_allowed'; invoiceNo: string }
  | { kind: 'none' };

/** The team whose customers a person may look up; null for finance admins, who see every team. */
export function lookupTeam(actor: Actor): number | null | undefined {
  if (actor.role === 'admin') return null;
  return actor.teamId ?? undefined;
}

/** Customers a person may see that the typed name means. */
export async function visibleCustomers(db: DbOrTrx, actor: Actor, text: string): Promise<CustomerMatch[]> {
  const team = lookupTeam(actor);
  if (team === undefined || !searchable(text)) return [];
  return findCustomers(db, text, team);
}

/** Whether a person may see a customer's story. */
export function maySee(actor: Actor, customer: { teamId: number }): boolean {
  const team = lookupTeam(actor);
  return team === null || (team !== undefined && team === customer.teamId);
}

async function single(db: DbOrTrx, actor: Actor, id: number, now: Date): Promise<ItemTarget> {
  const item = await itemForCommand(db, actor, id, now);
  return item ? { kind: 'item', item } : { kind: 'none' };
}

async function fromItems(db: DbOrTrx, actor: Actor, items: ReceivableMatch[], now: Date) {
  const allowed = items.filter((i) => i.open && mayActOn(actor, i));
  if (allowed.length === 1) return single(db, actor, (allowed[0] as ReceivableMatch).id, now);
  if (allowed.length > 1) return { kind: 'items' as const, items: allowed };
  return null;
}

/**
 * Finds the one open item an item command means: a chosen item, an invoice number, or a customer
 * (exact name or external id, else part of the name) with one open item the person may answer.
 * Several customers or several items are handed back for a "which one?" answer, never guessed.
 */
export async function resolveItemTarget(
  db: DbOrTrx,
  actor: Actor,
  target: Target,
  now: Date,
  chosen: Chosen | null,
  wholeCustomer = false,
): Promise<ItemTarget> {
  if (chosen?.kind === 'item') return single(db, actor, chosen.id, now);
  let customers: CustomerMatch[];
  if (chosen?.kind === 'customer') {
    const customer = await customerById(db, chosen.id);
    customers = customer ? [customer] : [];
  } else {
    const text = target.text.trim();
    if (!searchable(text)) return { kind: 'none' };
    const invoices = target.quoted ? [] : await findInvoices(db, text);
    if (invoices.length > 0) {
      const found = await fromItems(db, actor, invoices, now);
      if (found) return found;
      const open = invoices.find((i) => i.open);
      return { kind: 'refused', why: open ? 'not_allowed' : 'settled', invoiceNo: open?.invoiceNo ?? text };
    }
    customers = await findCustomers(db, text, actor.role === 'admin' ? null : (actor.teamId ?? -1));
  }
  const items = await openReceivablesOf(
    db,
    customers.map((c) => c.id),
  );
  const allowed = items.filter((i) => mayActOn(actor, i));
  const withItems = customers.filter((c) => allowed.some((i) => i.customerId === c.id));
  if (withItems.length > 1) return { kind: 'customers', customers: withItems };
  // A customer named for a promise means the customer as a whole: "which one?" is for customers only.
  const customer = withItems[0];
  if (wholeCustomer && customer && allowed.length > 1) {
    const first = await itemForCommand(db, actor, (allowed[0] as ReceivableMatch).id, now);
    if (first) return { kind: 'customer', customer, first, items: allowed };
  }
  return (await fromItems(db, actor, allowed, now)) ?? { kind: 'none' };
}

/** The customer a lookup means, the item to highlight when an invoice was named, or the candidates. */
export type LookupTarget =
  | { kind: 'customer'; customer: CustomerMatch; highlight: number | null }
  | { kind: 'items'; items: ReceivableMatch[] }
  | { kind: 'customers'; customers: CustomerMatch[] }
  | { kind: 'none' };

/** Finds the customer `ar` asks about: by a chosen id, an invoice number (any status) or a name. */
export async function resolveLookupTarget(
  db: DbOrTrx,
  actor: Actor,
  target: Target,
  chosen: Chosen | null,
): Promise<LookupTarget> {
  const text = target.text.trim();
  let invoices: ReceivableMatch[] = [];
  if (chosen?.kind === 'item') {
    const one = await receivableById(db, chosen.id);
    invoices = one ? [one] : [];
  } else if (chosen === null && !target.quoted && searchable(text)) {
    invoices = await findInvoices(db, text);
  }
  const seen = invoices.filter((i) => maySee(actor, i));
  const first = seen[0];
  if (seen.length > 1) return { kind: 'items', items: seen };
  if (first) {
    const customer = await customerById(db, first.customerId);
    return customer ? { kind: 'customer', customer, highlight: first.id } : { kind: 'none' };
  }
  if (chosen?.kind === 'item') return { kind: 'none' };
  const customers =
    chosen?.kind === 'customer'
      ? [await customerById(db, chosen.id)].filter((c): c is CustomerMatch => c !== null && maySee(actor, c))
      : await visibleCustomers(db, actor, text);
  const only = customers[0];
  if (customers.length === 1 && only) return { kind: 'customer', customer: only, highlight: null };
  if (customers.length > 1) return { kind: 'customers', customers };
  return { kind: 'none' };
}
