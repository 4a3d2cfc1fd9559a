import type { Form } from '../../../src/chat/form.js';
import type { Reply } from '../../../src/chat/reply.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import type { Harness } from '../../helpers/app-harness.js';

export interface Person {
  id: number;
  email: string;
  name: string;
}

/** The team's id by code. */
export async function teamId(h: Harness, code: string): Promise<number> {
  const row = await h.t.db
    .selectFrom('teams')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The text of a recorded message or a reply, block by block (tables cell by cell). */
export function textOf(r: Recorded | Reply | undefined): string {
  const message = r && 'content' in r ? r.content?.message : r && 'message' in r ? r.message : undefined;
  return (message?.blocks ?? [])
    .map((b) =>
      'text' in b
        ? b.text
        : b.type === 'table'
          ? b.rows.map((row) => b.columns.map((c) => row[c.key] ?? '').join(' | ')).join('\n')
          : '',
    )
    .join('\n');
}

/** Private messages sent to a person whose key starts with `prefix`. */
export function dmsTo(h: Harness, person: Person, prefix: string): Recorded[] {
  return h.port.sent.filter(
    (s) => s.op === 'direct' && s.userId === person.email && s.dedupeKey?.startsWith(prefix),
  );
}

/** Group posts whose key starts with `prefix`. */
export function postsWith(h: Harness, prefix: string): Recorded[] {
  return h.port.sent.filter((s) => s.op === 'post' && s.dedupeKey?.startsWith(prefix));
}

/** The form a reply opens, or a failure naming what came instead. */
export function formOf(reply: Reply): Form {
  if (reply.kind !== 'form' && reply.kind !== 'form_errors')
    throw new Error(`no form: ${JSON.stringify(reply)}`);
  return reply.form;
}

/** The values a form holds as shown. */
export function initialValues(form: Form): Record<string, string> {
  return Object.fromEntries(form.fields.map((f) => [f.id, f.initial ?? '']));
}

/**
 * Plan values keeping only the given customers (by name) at the given amounts: every other
 * pre-filled line is blanked, customers not pre-filled go into the empty lines.
 */
export function planValues(form: Form, wanted: Record<string, string>): Record<string, string> {
  const values = initialValues(form);
  const left = new Map(Object.entries(wanted));
  const rows = form.fields
    .filter((f) => f.id.startsWith('customer_'))
    .map((f) => f.id.slice('customer_'.length));
  for (const n of rows) {
    // Lines show "name (code)"; the tests name customers by their name alone.
    const customer = (values[`customer_${n}`] ?? '').replace(/ \([^()]+\)$/, '');
    const amount = left.get(customer);
    values[`amount_${n}`] = amount ?? '';
    if (amount !== undefined) left.delete(customer);
  }
  for (const n of rows) {
    if (values[`customer_${n}`] || left.size === 0) continue;
    const [customer, amount] = [...left.entries()][0] as [string, string];
    values[`customer_${n}`] = customer;
    values[`amount_${n}`] = amount;
    left.delete(customer);
  }
  return values;
}

/** Runs the scheduler at a moment and delivers what it queued. */
export async function runAt(h: Harness, iso: string): Promise<Map<string, string>> {
  h.clock.set(iso);
  const outcomes = await h.app.scheduler.tick();
  await h.app.outbox.drain();
  return outcomes;
}
