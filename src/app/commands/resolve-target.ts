import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/connect.js';
import type { Target } from '../../domain/command/types.js';
import type { Actor } from '../actor.js';
import { type ItemInContext, itemForCommand } from '../items/item-access.js';

export type TargetResult =
  | { kind: 'item'; item: ItemInContext }
  | { kind: 'several'; invoices: string[] }
  | { kind: 'none' };

/**
 * Finds the one open item a command means: an invoice number first, else a customer with a single
 * open item. Several candidates are listed back, never guessed.
 */
export async function resolveTarget(
  db: DbOrTrx,
  actor: Actor,
  target: Target,
  now: Date,
): Promise<TargetResult> {
  const text = target.text.trim();
  const byInvoice = target.quoted
    ? []
    : await db
        .selectFrom('receivables')
        .select(['id', 'invoice_no'])
        .where(sql`lower(invoice_no)`, '=', text.toLowerCase())
        .where('status', '=', 'open')
        .execute();
  const candidates = byInvoice.length
    ? byInvoice
    : await db
        .selectFrom('receivables as r')
        .innerJoin('customers as c', 'c.id', 'r.customer_id')
        .select(['r.id', 'r.invoice_no'])
        .where((eb) =>
          eb.or([eb(sql`lower(c.name)`, '=', text.toLowerCase()), eb('c.external_id', '=', text)]),
        )
        .where('r.status', '=', 'open')
        .orderBy('r.due_on')
        .execute();
  const allowed: ItemInContext[] = [];
  for (const c of candidates) {
    const item = await itemForCommand(db, actor, c.id, now);
    if (item) allowed.push(item);
  }
  if (allowed.length === 1) return { kind: 'item', item: allowed[0] as ItemInContext };
  if (allowed.length > 1) return { kind: 'several', invoices: allowed.slice(0, 10).map((i) => i.invoiceNo) };
  return { kind: 'none' };
}
