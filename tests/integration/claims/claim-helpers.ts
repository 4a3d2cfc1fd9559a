import { expect } from 'vitest';
import type { Button } from '../../../src/chat/message.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import type { Harness } from '../../helpers/app-harness.js';

/** Plain text of a recorded message's blocks. */
export const textOf = (r: Recorded | undefined) =>
  (r?.content?.message.blocks ?? []).map((b) => ('text' in b ? b.text : '')).join('\n');

/** The values of a collector's items on today's overdue list, and the posted part itself. */
export function overdueList(h: Harness, personId: number): { part: Recorded; values: string[] } {
  const part = h.port.sent.find(
    (s) => s.op === 'post' && s.dedupeKey?.startsWith('overdue:') && s.dedupeKey.includes(`:p${personId}@`),
  );
  if (!part) throw new Error(`no overdue list for person ${personId}`);
  const values = (part.content?.message.blocks ?? []).flatMap((b) =>
    b.type === 'actions' && b.buttons.some((x) => x.actionId === 'item.promise')
      ? [b.buttons[0]?.value ?? '']
      : [],
  );
  return { part, values };
}

/** The latest redraw of a posted list part. */
export const lastEdit = (h: Harness, of: Recorded) =>
  h.port.sent.filter((s) => s.op === 'update' && s.threadId === of.id).at(-1);

/** Private messages a person received. */
export const directTo = (h: Harness, email: string) =>
  h.port.sent.filter((s) => s.op === 'direct' && s.userId === email);

/** The Confirmed / Not found buttons of the newest claim notice a finance admin got. */
export function claimButtons(h: Harness, adminEmail: string): Button[] {
  const notice = directTo(h, adminEmail).at(-1);
  const actions = notice?.content?.message.blocks.find((b) => b.type === 'actions');
  if (actions?.type !== 'actions') throw new Error('no claim buttons');
  expect(actions.buttons.map((b) => b.actionId)).toEqual(['claim.confirm', 'claim.reject']);
  return actions.buttons;
}

/** An overdue item's ledger row, customer code and invoice, read by the item id in a button value. */
export async function itemOf(h: Harness, value: string) {
  const id = Number(value.split(':')[1]);
  return h.t.db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select(['r.id', 'r.invoice_no', 'r.currency', 'r.outstanding', 'r.status', 'c.external_id as customer'])
    .where('r.id', '=', id)
    .executeTakeFirstOrThrow();
}
