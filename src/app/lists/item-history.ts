import type { ItemHistoryRows } from '../../db/repositories/item-history.repository.js';
import type { CollectionEvent } from '../../domain/escalation.js';

/** The latest thing someone did about an item since a moment: what the daily list marks with ✓. */
export type Answer = {
  itemId: number;
  personId: number | null;
  personName: string | null;
  at: Date;
} & (
  | { kind: 'promise'; amount: number; date: string }
  | { kind: 'follow_up'; method: string; outcome: string; reason: string | null }
  | { kind: 'paid_claim'; amount: number; date: string }
  | { kind: 'on_time' }
  | { kind: 'delay'; date: string; approval: string }
);

export interface ItemHistory {
  lastPromise: Map<number, { amount: number; promisedOn: string; status: string; madeOn: string }>;
  lastFollowUp: Map<number, { method: string; note: string | null; on: Date; outcome: string }>;
  claimPending: Set<number>;
  /** Per customer, promise outcomes and contact results in time order (the three-strikes rule). */
  events: Map<number, CollectionEvent[]>;
  /** Per item, the latest answer given at or after `since`. */
  answers: Map<number, Answer>;
}

// Dispute notes are not contact attempts, so they neither break nor extend a run of failed contacts.
const NOT_CONTACTS = new Set(['dispute', 'note']);

function keepLatest(answers: Map<number, Answer>, answer: Answer): void {
  const current = answers.get(answer.itemId);
  if (!current || current.at <= answer.at) answers.set(answer.itemId, answer);
}

/** Derives what the lists show about each item from its recorded history (rows come oldest first). */
export function deriveHistory(rows: ItemHistoryRows, since: Date): ItemHistory {
  const history: ItemHistory = {
    lastPromise: new Map(),
    lastFollowUp: new Map(),
    claimPending: new Set(),
    events: new Map(),
    answers: new Map(),
  };
  const timeline = new Map<number, { at: number; id: number; event: CollectionEvent }[]>();
  const addEvent = (customerId: number, at: Date, id: number, event: CollectionEvent) => {
    const list = timeline.get(customerId);
    if (list) list.push({ at: at.getTime(), id, event });
    else timeline.set(customerId, [{ at: at.getTime(), id, event }]);
  };

  for (const p of rows.promises) {
    if (p.status !== 'cancelled')
      history.lastPromise.set(p.receivable_id, {
        amount: p.amount,
        promisedOn: p.promised_on,
        status: p.status,
        madeOn: p.made_on,
      });
    addEvent(p.customer_id, p.resolved_at ?? p.created_at, p.id, {
      kind: 'promise',
      outcome: p.status as never,
    });
    if (p.created_at >= since)
      keepLatest(history.answers, {
        itemId: p.receivable_id,
        personId: p.person_id,
        personName: p.person_name,
        at: p.created_at,
        kind: 'promise',
        amount: p.amount,
        date: p.promised_on,
      });
  }
  for (const f of rows.followUps) {
    if (f.receivable_id !== null) {
      history.lastFollowUp.set(f.receivable_id, {
        method: f.method,
        note: f.note,
        on: f.created_at,
        outcome: f.outcome,
      });
      if (f.created_at >= since) {
        keepLatest(history.answers, {
          itemId: f.receivable_id,
          personId: f.person_id,
          personName: f.person_name,
          at: f.created_at,
          kind: 'follow_up',
          method: f.method,
          outcome: f.outcome,
          reason: f.reason_code,
        });
      }
    }
    if (!NOT_CONTACTS.has(f.method))
      addEvent(f.customer_id, f.created_at, f.id, { kind: 'follow_up', outcome: f.outcome as never });
  }
  for (const c of rows.claims) {
    if (c.state === 'pending') history.claimPending.add(c.receivable_id);
    if (c.created_at >= since)
      keepLatest(history.answers, {
        itemId: c.receivable_id,
        personId: c.person_id,
        personName: c.person_name,
        at: c.created_at,
        kind: 'paid_claim',
        amount: c.amount,
        date: c.paid_on,
      });
  }
  for (const d of rows.confirmations) {
    const base = { itemId: d.receivable_id, personId: d.person_id, personName: d.person_name, at: d.at };
    keepLatest(
      history.answers,
      d.kind === 'on_time'
        ? { ...base, kind: 'on_time' }
        : { ...base, kind: 'delay', date: d.new_due_on ?? '', approval: d.approval_state },
    );
  }
  for (const [customerId, list] of timeline) {
    list.sort((a, b) => a.at - b.at || a.id - b.id);
    history.events.set(
      customerId,
      list.map((e) => e.event),
    );
  }
  return history;
}
