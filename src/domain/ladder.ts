/**
 * The escalation ladder: the suggested next collection action for an item, by age.
 * pre-due reminder → contact (phone/IM/email) → 催款函 → 律师函 → task force / litigation.
 */

/** Rungs of the ladder, gentlest first. */
export type LadderStep = 'pre_due_reminder' | 'contact' | 'formal_letter' | 'lawyer_letter' | 'litigation';

/** The rungs in escalation order. */
export const LADDER_STEPS: readonly LadderStep[] = [
  'pre_due_reminder',
  'contact',
  'formal_letter',
  'lawyer_letter',
  'litigation',
];

/** The step an item's age alone calls for. */
export function baseStep(daysOverdue: number): LadderStep {
  if (daysOverdue <= 0) return 'pre_due_reminder';
  if (daysOverdue <= 30) return 'contact';
  if (daysOverdue <= 60) return 'formal_letter';
  if (daysOverdue <= 90) return 'lawyer_letter';
  return 'litigation';
}

/** The next harsher step; the top step (litigation) stays where it is. */
export function nextStep(step: LadderStep): LadderStep {
  const i = LADDER_STEPS.indexOf(step);
  return LADDER_STEPS[Math.min(i + 1, LADDER_STEPS.length - 1)] ?? step;
}

/** Position of a step on the ladder (0 = pre-due reminder), for comparing severities. */
export function stepRank(step: LadderStep): number {
  return LADDER_STEPS.indexOf(step);
}

/** Whether the step needs legal review before it is taken (lawyer's letter and beyond). */
export function needsLegalReview(step: LadderStep): boolean {
  return stepRank(step) >= stepRank('lawyer_letter');
}
