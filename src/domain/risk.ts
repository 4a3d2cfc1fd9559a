/**
 * Risk class (风险等级): 未到期 not due · 催收中 in collection · 准呆账 doubtful · 呆账 bad · 死账 dead.
 */

/** Risk classes, from healthy to lost. */
export type RiskClass = 'not_due' | 'in_collection' | 'doubtful' | 'bad' | 'dead';

/** The classes in display order (healthiest first). */
export const RISK_CLASSES: readonly RiskClass[] = ['not_due', 'in_collection', 'doubtful', 'bad', 'dead'];

/** What the risk class of an item depends on. */
export interface RiskInput {
  daysOverdue: number;
  /** Broken promises in a row on the customer, most recent last (a kept promise resets it). */
  consecutiveBrokenPromises?: number;
  writtenOff?: boolean;
}

/** Broken promises in a row that make an item doubtful whatever its age. */
export const BROKEN_PROMISES_FOR_DOUBTFUL = 3;

/** The risk class of an item from its age, its promise record and whether it was written off. */
export function riskClass(input: RiskInput): RiskClass {
  const { daysOverdue } = input;
  if (input.writtenOff === true || daysOverdue > 365) return 'dead';
  if (daysOverdue > 180) return 'bad';
  if (daysOverdue > 90) return 'doubtful';
  // A customer who has broken three promises running is treated as doubtful even while the
  // debt is young, but the rule only applies to money that is actually overdue.
  if (daysOverdue > 0 && (input.consecutiveBrokenPromises ?? 0) >= BROKEN_PROMISES_FOR_DOUBTFUL) {
    return 'doubtful';
  }
  return daysOverdue > 0 ? 'in_collection' : 'not_due';
}
