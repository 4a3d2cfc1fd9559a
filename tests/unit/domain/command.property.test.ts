import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/domain/command/parse.js';
import { DOMAIN_ERROR_CODES } from '../../../src/domain/errors.js';
import { formatAmount } from '../../../src/domain/money-format.js';

const today = '2026-11-25';

describe('parseCommand properties', () => {
  it('never throws on any text, and errors carry a known code', () => {
    const words = fc.constantFrom(
      'promise',
      '承诺',
      'followup',
      '跟进',
      'paid',
      'leave',
      'overdue',
      'next',
      '下次',
      'ref',
      'bank',
      'delegate',
      '@bob',
      '"',
      '「',
      '5万',
      '12/1',
      'fri',
      '明天',
      'phone',
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseCommand(t, { today });
        if (!r.ok) expect(DOMAIN_ERROR_CODES).toContain(r.error.code);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads back any promise amount and target exactly', () => {
    const target = fc.stringMatching(/^[A-Z]{2,4}-\d{1,6}$/);
    const minor = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(target, minor, (t, m) => {
        const r = parseCommand(`promise ${t} ${formatAmount(m, 'CNY')} 2026-12-01`, { today });
        expect(
          r.ok && r.command.kind === 'promise' && [r.command.target.text, r.command.amount.minor],
        ).toEqual([t, m]);
      }),
    );
  });
});
