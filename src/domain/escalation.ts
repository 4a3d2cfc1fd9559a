/**
 * The three-strikes rule: a customer who breaks promises, or cannot be reached, again and again
 * moves one rung up the ladder and the manager hears about it.
 */
import { baseStep, type LadderStep, nextStep } from './ladder.js';

/** Something that happened with a customer, as the three-strikes rule sees it. */
export type CollectionEvent =
  | { kind: 'promise'; outcome: 'open' | 'kept' | 'partially_kept' | 'broken' | 'cancelled' }
  | { kind: 'follow_up'; outcome: 'contacted' | 'no_contact' };

/** Why an item was escalated beyond what its age calls for. */
export type EscalationReason = 'broken_promises' | 'failed_contacts';

/** The suggested step for an item and whether the manager must be told. */
export interface EscalationResult {
  step: LadderStep;
  /** The step by age alone, before the three-strikes rule. */
  baseStep: LadderStep;
  escalated: boolean;
  notifyManager: boolean;
  reasons: EscalationReason[];
  brokenPromisesInARow: number;
  failedContactsInARow: number;
}

/** Default number of strikes in a row that escalate (a team setting). */
export const DEFAULT_STRIKES = 3;

/** Broken promises at the end of the history with no settled promise between them. */
export function brokenPromisesInARow(events: readonly CollectionEvent[]): number {
  let run = 0;
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i];
    // Open promises are still undecided and cancelled ones were replaced, so neither breaks
    // or extends the run; a partial payment does break it, because money did arrive.
    if (e === undefined || e.kind !== 'promise' || e.outcome === 'open' || e.outcome === 'cancelled')
      continue;
    if (e.outcome !== 'broken') break;
    run += 1;
  }
  return run;
}

/** Failed contact attempts at the end of the history with no successful contact between them. */
export function failedContactsInARow(events: readonly CollectionEvent[]): number {
  let run = 0;
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const e = events[i];
    if (e === undefined || e.kind !== 'follow_up') continue;
    if (e.outcome !== 'no_contact') break;
    run += 1;
  }
  return run;
}

/** The ladder step for an item given its age and the customer's chronological event history. */
export function escalate(
  daysOverdue: number,
  events: readonly CollectionEvent[],
  strikes: number = DEFAULT_STRIKES,
): EscalationResult {
  const base = baseStep(daysOverdue);
  const broken = brokenPromisesInARow(events);
  const failed = failedContactsInARow(events);
  const reasons: EscalationReason[] = [];
  if (broken >= strikes) reasons.push('broken_promises');
  if (failed >= strikes) reasons.push('failed_contacts');
  const triggered = reasons.length > 0;
  // One rung even when both runs hit: the rule is "escalate one step", not one per reason.
  const step = triggered ? nextStep(base) : base;
  return {
    step,
    baseStep: base,
    escalated: step !== base,
    notifyManager: triggered,
    reasons,
    brokenPromisesInARow: broken,
    failedContactsInARow: failed,
  };
}
