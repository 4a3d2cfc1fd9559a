import { describe, expect, it } from 'vitest';
import { RISK_CLASSES, riskClass } from '../../../src/domain/risk.js';

describe('riskClass', () => {
  it.each([
    [0, 'not_due'],
    [1, 'in_collection'],
    [90, 'in_collection'],
    [91, 'doubtful'],
    [180, 'doubtful'],
    [181, 'bad'],
    [365, 'bad'],
    [366, 'dead'],
  ] as const)('%i days overdue → %s', (daysOverdue, expected) => {
    expect(riskClass({ daysOverdue })).toBe(expected);
  });

  it('makes a young debt doubtful after three broken promises in a row', () => {
    expect(riskClass({ daysOverdue: 10, consecutiveBrokenPromises: 2 })).toBe('in_collection');
    expect(riskClass({ daysOverdue: 10, consecutiveBrokenPromises: 3 })).toBe('doubtful');
  });

  it('does not let broken promises lower an older class or touch items not yet due', () => {
    expect(riskClass({ daysOverdue: 200, consecutiveBrokenPromises: 5 })).toBe('bad');
    expect(riskClass({ daysOverdue: 0, consecutiveBrokenPromises: 3 })).toBe('not_due');
  });

  it('treats a written-off item as dead whatever its age', () => {
    expect(riskClass({ daysOverdue: 0, writtenOff: true })).toBe('dead');
    expect(riskClass({ daysOverdue: 40, writtenOff: true })).toBe('dead');
  });

  it('lists classes healthiest first', () => {
    expect(RISK_CLASSES).toEqual(['not_due', 'in_collection', 'doubtful', 'bad', 'dead']);
  });
});
