import { describe, expect, it } from 'vitest';
import {
  brokenPromisesInARow,
  type CollectionEvent,
  escalate,
  failedContactsInARow,
} from '../../../src/domain/escalation.js';
import { baseStep, LADDER_STEPS, needsLegalReview, nextStep, stepRank } from '../../../src/domain/ladder.js';

const broken: CollectionEvent = { kind: 'promise', outcome: 'broken' };
const kept: CollectionEvent = { kind: 'promise', outcome: 'kept' };
const noContact: CollectionEvent = { kind: 'follow_up', outcome: 'no_contact' };
const contacted: CollectionEvent = { kind: 'follow_up', outcome: 'contacted' };

describe('baseStep', () => {
  it.each([
    [-3, 'pre_due_reminder'],
    [0, 'pre_due_reminder'],
    [1, 'contact'],
    [30, 'contact'],
    [31, 'formal_letter'],
    [60, 'formal_letter'],
    [61, 'lawyer_letter'],
    [90, 'lawyer_letter'],
    [91, 'litigation'],
    [700, 'litigation'],
  ] as const)('%i days overdue → %s', (days, step) => {
    expect(baseStep(days)).toBe(step);
  });
});

describe('nextStep', () => {
  it('climbs one rung and stops at litigation', () => {
    expect(nextStep('pre_due_reminder')).toBe('contact');
    expect(nextStep('contact')).toBe('formal_letter');
    expect(nextStep('formal_letter')).toBe('lawyer_letter');
    expect(nextStep('lawyer_letter')).toBe('litigation');
    expect(nextStep('litigation')).toBe('litigation');
  });

  it('ranks steps in ladder order and asks for legal review from the lawyer letter on', () => {
    expect(LADDER_STEPS.map(stepRank)).toEqual([0, 1, 2, 3, 4]);
    expect(needsLegalReview('formal_letter')).toBe(false);
    expect(needsLegalReview('lawyer_letter')).toBe(true);
    expect(needsLegalReview('litigation')).toBe(true);
  });
});

describe('three strikes', () => {
  it('counts only the unbroken run at the end of the history', () => {
    expect(brokenPromisesInARow([broken, kept, broken, broken])).toBe(2);
    expect(failedContactsInARow([noContact, contacted, noContact])).toBe(1);
  });

  it('ignores open and cancelled promises and interleaved follow-ups when counting broken promises', () => {
    const events: CollectionEvent[] = [
      broken,
      { kind: 'promise', outcome: 'cancelled' },
      contacted,
      broken,
      { kind: 'promise', outcome: 'open' },
      broken,
    ];
    expect(brokenPromisesInARow(events)).toBe(3);
  });

  it('lets a partial payment end a run of broken promises', () => {
    expect(brokenPromisesInARow([broken, broken, { kind: 'promise', outcome: 'partially_kept' }])).toBe(0);
  });

  it('escalates one step and notifies the manager after three broken promises', () => {
    const r = escalate(20, [broken, broken, broken]);
    expect(r).toMatchObject({
      step: 'formal_letter',
      baseStep: 'contact',
      escalated: true,
      notifyManager: true,
      reasons: ['broken_promises'],
      brokenPromisesInARow: 3,
    });
  });

  it('escalates after three failed contacts in a row', () => {
    const r = escalate(45, [contacted, noContact, noContact, noContact]);
    expect(r.step).toBe('lawyer_letter');
    expect(r.reasons).toEqual(['failed_contacts']);
  });

  it('escalates only one step when both runs reach three', () => {
    const r = escalate(5, [broken, noContact, broken, noContact, broken, noContact]);
    expect(r.step).toBe('formal_letter');
    expect(r.reasons).toEqual(['broken_promises', 'failed_contacts']);
  });

  it('stays at litigation but still notifies the manager', () => {
    const r = escalate(120, [noContact, noContact, noContact]);
    expect(r).toMatchObject({ step: 'litigation', escalated: false, notifyManager: true });
  });

  it('does nothing with two strikes, or after the run is broken by success', () => {
    expect(escalate(20, [broken, broken]).escalated).toBe(false);
    expect(escalate(20, [broken, broken, broken, kept])).toMatchObject({
      step: 'contact',
      notifyManager: false,
    });
    expect(escalate(20, [noContact, noContact, noContact, contacted]).notifyManager).toBe(false);
  });

  it('takes the number of strikes as a team setting', () => {
    expect(escalate(20, [broken, broken], 2).step).toBe('formal_letter');
  });
});
