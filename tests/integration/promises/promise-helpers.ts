import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { runImport } from '../../../src/import/run-import.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import type { Harness } from '../../helpers/app-harness.js';

/** A customer of our own in a team (east unless named), with items due on the given days (amounts in yuan). */
export async function addCustomer(
  h: Pick<Harness, 't'>,
  code: string,
  name: string,
  collectorId: number,
  items: { invoice: string; yuan: number; due: string }[],
  status: 'active' | 'legal' = 'active',
  teamCode = 'east',
  currency = 'CNY',
): Promise<{ id: number; items: Map<string, number> }> {
  const team = await h.t.db
    .selectFrom('teams')
    .select('id')
    .where('code', '=', teamCode)
    .executeTakeFirstOrThrow();
  const customer = await h.t.db
    .insertInto('customers')
    .values({
      external_id: code,
      name,
      team_id: team.id,
      owner_id: collectorId,
      rating: 'B',
      credit_limit: 0,
      credit_currency: currency,
      payment_terms_days: 30,
      status,
      contact_name: null,
      contact_phone: null,
      contact_email: null,
      address: null,
      import_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids = new Map<string, number>();
  for (const item of items) {
    const row = await h.t.db
      .insertInto('receivables')
      .values({
        external_id: `${code}-${item.invoice}`,
        customer_id: customer.id,
        team_id: team.id,
        collector_id: collectorId,
        invoice_no: item.invoice,
        contract_no: null,
        kind: 'invoice',
        currency,
        amount: item.yuan * 100,
        outstanding: item.yuan * 100,
        issued_on: null,
        due_on: item.due,
        dispute_note: null,
        import_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(item.invoice, row.id);
  }
  return { id: customer.id, items: ids };
}

/** Imports a payments file through the real import use case. */
export async function importPayments(
  h: Pick<Harness, 't' | 'clock'>,
  rows: { id: string; customer: string; invoice: string; yuan: number; on: string }[],
) {
  const dir = await mkdtemp(path.join(tmpdir(), 'duebot-promises-'));
  try {
    const file = path.join(dir, 'payments.csv');
    const lines = rows.map((r) => `${r.id},${r.customer},${r.invoice},${r.yuan.toFixed(2)},${r.on}`);
    await writeFile(file, ['收款单号,客户编码,发票号,金额,到账日期', ...lines].join('\n'));
    const result = await runImport(h.t, h.clock, pino({ level: 'silent' }), { kind: 'payments', file });
    if (result.state !== 'committed') throw new Error(`payments rejected: ${JSON.stringify(result.issues)}`);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Logs a promise from the item's button on the day's overdue list, as the collector would. */
export async function promise(
  h: Harness,
  collector: { id: number; email: string },
  itemId: number,
  listDate: string,
  values: { amount: string; date: string },
  teamCode = 'east',
) {
  const value = `o:${itemId}:${listDate}:${collector.id}`;
  const reply = await h.app.handle(h.as(collector.email, teamCode).submit('item.promise', values, { value }));
  if (reply.kind !== 'form_done') throw new Error(`promise not saved: ${JSON.stringify(reply)}`);
}

/** Runs the scheduler at a moment and delivers what it queued. */
export async function runAt(h: Harness, iso: string): Promise<void> {
  h.clock.set(iso);
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
}

/** The text of a recorded message, block by block. */
export const textOf = (r: Recorded | undefined) =>
  (r?.content?.message.blocks ?? []).map((b) => ('text' in b ? b.text : '')).join('\n');

/** A promise's row by item, newest first. */
export function promisesOn(h: Harness, itemId: number) {
  return h.t.db
    .selectFrom('commitments')
    .selectAll()
    .where('receivable_id', '=', itemId)
    .orderBy('id', 'desc')
    .execute();
}

/** Audit actions recorded for one entity. */
export async function auditActions(h: Harness, entity: string, id: number): Promise<string[]> {
  const rows = await h.t.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity', '=', entity)
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

/**
 * A collector of `team` whose seeded items are handed to a colleague, so whatever the test adds
 * is all they hold and the deadline speaks of those items alone.
 */
export async function collectorWithNoItems(h: Harness, team: string) {
  const collector = await h.person('collector', team, 1);
  const other = await h.person('collector', team, 0);
  await h.t.db
    .updateTable('receivables')
    .set({ collector_id: other.id })
    .where('collector_id', '=', collector.id)
    .execute();
  return collector;
}
