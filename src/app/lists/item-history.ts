import type { ItemHistoryRows } from '../../db/repositories/item-history.repository.js';
import { type CommitmentKind, type CommitmentStatus, isLive } from '../../domain/commitment.js';
import type { CollectionEvent } from '../../domain/escalation.js';
import type { LocalDate } from '../../domain/local-date.js';

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

/** The commitment that answers for an item today, as the lists show it. */
export interface LiveCommitment {
  id: number;
  kind: CommitmentKind;
  dueOn: string;
  amount: number | null;
  approval: string;
  /** True when it covers the whole customer rather than this item. */
  customerWide: boolean;
}

export interface ItemHistory {
  lastPromise: Map<number, { amount: number; promisedOn: string; status: string; madeOn: string }>;
  lastFollowUp: Map<number, { method: string; note: string | null; on: Date; outcome: string }>;
  claimPending: Set<number>;
  /** Per customer, promise outcomes and contact results in time order (the three-strikes rule). */
  events: Map<number, CollectionEvent[]>;
  /** Per item, the latest answer given at or after `since`. */
  answers: Map<number, Answer>;
  /** Per item, the live commitment that means it needs no answer today. */
  live: Map<number, LiveCommitment>;
  /** Per customer, a live promise on the whole customer. */
  customerLive: Map<number, LiveCommitment>;
  /** Per item, its open next action (shown on the line; today's work once due). */
  nextAction: Map<number, { dueOn: string; note: string | null }>;
}

// Dispute notes are not contact attempts, so they neither break nor extend a run of failed contacts.
const NOT_CONTACTS = new Set(['dispute', 'note']);

function keepLatest(answers: Map<number, Answer>, answer: Answer): void {
  const current = answers.get(answer.itemId);
  if (!current || current.at <= answer.at) answers.set(answer.itemId, answer);
}

/** Derives what the lists show about each item from its recorded history (rows come oldest first). */
export function deriveHistory(rows: ItemHistoryRows, since: Date, today: LocalDate): ItemHistory {
  const history: ItemHistory = {
    lastPromise: new Map(),
    lastFollowUp: new Map(),
    claimPending: new Set(),
    events: new Map(),
    answers: new Map(),
    live: new Map(),
    customerLive: new Map(),
    nextAction: new Map(),
  };
  const timeline = new Map<number, { at: number; id: number; event: CollectionEvent }[]>();
  const addEvent = (customerId: number, at: Date, id: number, event: CollectionEvent) => {
    const list = timeline.get(customerId);
    if (list) list.push({ at: at.getTime(), id, event });
    else timeline.set(customerId, [{ at: at.getTime(), id, event }]);
  };

  for (const p of rows.promises) noteCommitment(history, p, since, today, addEvent);
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
  for (const [customerId, list] of timeline) {
    list.sort((a, b) => a.at - b.at || a.id - b.id);
    history.events.set(
      customerId,
      list.map((e) => e.event),
    );
  }
  return history;
}

type CommitmentRow = ItemHistoryRows['promises'][number];

/** What one commitment adds to the history: last promise, strike event, today's answer, live cover. */
function noteCommitment(
  history: ItemHistory,
  p: CommitmentRow,
  since: Date,
  today: LocalDate,
  addEvent: (customerId: number, at: Date, id: number, event: CollectionEvent) => void,
): void {
  const item = p.receivable_id;
  if (p.kind === 'next_action') {
    if (item !== null && p.status === 'open')
      history.nextAction.set(item, { dueOn: p.promised_on, note: null });
  } else {
    if (p.kind === 'promise' && item !== null && p.status !== 'cancelled')
      history.lastPromise.set(item, {
        amount: p.amount as number,
        promisedOn: p.promised_on,
        status: p.status,
        madeOn: p.made_on,
      });
    addEvent(p.customer_id, p.resolved_at ?? p.created_at, p.id, {
      kind: 'promise',
      outcome: p.status as never,
    });
  }
  if (item !== null && p.created_at >= since) {
    const base = { itemId: item, personId: p.person_id, personName: p.person_name };
    if (p.kind === 'promise')
      keepLatest(history.answers, {
        ...base,
        at: p.created_at,
        kind: 'promise',
        amount: p.amount as number,
        date: p.promised_on,
      });
    else if (p.kind === 'on_time')
      keepLatest(history.answers, { ...base, at: p.created_at, kind: 'on_time' });
    else if (p.kind === 'delay')
      keepLatest(history.answers, {
        ...base,
        at: p.resolved_at ?? p.created_at,
        kind: 'delay',
        date: p.promised_on,
        approval: p.approval_state,
      });
  }
  const facts = {
    kind: p.kind,
    status: p.status as CommitmentStatus,
    dueOn: p.promised_on,
    approvalState: p.approval_state as 'pending',
  };
  // An instalment plan answers for its item while its next instalment is not yet due.
  if (!isLive(facts, today)) return;
  const live: LiveCommitment = {
    id: p.id,
    kind: p.kind,
    dueOn: p.promised_on,
    amount: p.amount,
    approval: p.approval_state,
    customerWide: item === null,
  };
  const map = item === null ? history.customerLive : history.live;
  const key = item ?? p.customer_id;
  const current = map.get(key);
  // The earliest live instalment of a plan is the one that matters; otherwise the newest commitment.
  const laterInstalment =
    current?.kind === 'instalment' && p.kind === 'instalment' && p.promised_on > current.dueOn;
  if (!laterInstalment) map.set(key, live);
}
