import { describe, expect, it } from 'vitest';
import { evaluatePromise, type PromiseInput } from '../../../src/domain/promise-status.js';

// Promised ¥50,000 on 1 December, made on 20 November.
const base: PromiseInput = {
  promisedAmount: 5_000_000,
  promisedDate: '2026-12-01',
  createdOn: '2026-11-20',
  receipts: [],
  today: '2026-11-25',
};

describe('evaluatePromise', () => {
  it('is open while nothing is due yet', () => {
    expect(evaluatePromise(base)).toMatchObject({ status: 'open', received: 0, shortfall: 5_000_000 });
  });

  it('is kept as soon as the receipts reach the amount, even before the date', () => {
    const r = evaluatePromise({
      ...base,
      receipts: [
        { date: '2026-11-22', amount: 2_000_000 },
        { date: '2026-11-24', amount: 3_000_000 },
      ],
    });
    expect(r).toMatchObject({ status: 'kept', received: 5_000_000, shortfall: 0, keptOn: '2026-11-24' });
  });

  it('is kept by a payment landing within the grace day', () => {
    const r = evaluatePromise({
      ...base,
      today: '2026-12-05',
      receipts: [{ date: '2026-12-02', amount: 5_000_000 }],
    });
    expect(r.status).toBe('kept');
    expect(r.deadline).toBe('2026-12-02');
  });

  it('stays open during the grace day', () => {
    expect(evaluatePromise({ ...base, today: '2026-12-02' }).status).toBe('open');
  });

  it('is broken once the date and grace pass with nothing received', () => {
    expect(evaluatePromise({ ...base, today: '2026-12-03' })).toMatchObject({
      status: 'broken',
      received: 0,
    });
  });

  it('is partially kept when some but not all of the money came in time', () => {
    const r = evaluatePromise({
      ...base,
      today: '2026-12-03',
      receipts: [{ date: '2026-11-30', amount: 1_000_000 }],
    });
    expect(r).toMatchObject({ status: 'partially_kept', received: 1_000_000, shortfall: 4_000_000 });
  });

  it('ignores payments made before the promise, after the deadline, or after today', () => {
    const receipts = [
      { date: '2026-11-19', amount: 5_000_000 },
      { date: '2026-12-03', amount: 5_000_000 },
    ];
    expect(evaluatePromise({ ...base, today: '2026-12-04', receipts }).status).toBe('broken');
    expect(evaluatePromise({ ...base, receipts: [{ date: '2026-11-28', amount: 5_000_000 }] }).status).toBe(
      'open',
    );
  });

  it('honours a team grace period', () => {
    const r = evaluatePromise({ ...base, graceDays: 3, today: '2026-12-04' });
    expect(r).toMatchObject({ status: 'open', deadline: '2026-12-04' });
    expect(evaluatePromise({ ...base, graceDays: 0, today: '2026-12-02' }).status).toBe('broken');
  });

  it('is cancelled when a newer promise replaced it before it fell due', () => {
    const r = evaluatePromise({ ...base, supersededOn: '2026-11-28', today: '2026-12-10' });
    expect(r.status).toBe('cancelled');
  });

  it('does not count money arriving after it was replaced', () => {
    const r = evaluatePromise({
      ...base,
      supersededOn: '2026-11-28',
      today: '2026-12-10',
      receipts: [{ date: '2026-11-29', amount: 5_000_000 }],
    });
    expect(r).toMatchObject({ status: 'cancelled', received: 0 });
  });

  it('stays kept or broken when a newer promise comes afterwards', () => {
    const kept = evaluatePromise({
      ...base,
      supersededOn: '2026-11-28',
      today: '2026-12-10',
      receipts: [{ date: '2026-11-27', amount: 5_000_000 }],
    });
    expect(kept.status).toBe('kept');
    expect(evaluatePromise({ ...base, supersededOn: '2026-12-05', today: '2026-12-10' }).status).toBe(
      'broken',
    );
  });
});
