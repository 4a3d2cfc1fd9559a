/**
 * Promise-to-pay (承诺回款) lifecycle: open → kept · partially kept · broken, or cancelled when a
 * newer promise replaced it before it fell due.
 */
import { addDays, compareLocalDate, type LocalDate } from './local-date.js';

/** Where a promise stands. */
export type PromiseStatus = 'open' | 'kept' | 'partially_kept' | 'broken' | 'cancelled';

/** The statuses in lifecycle order. */
export const PROMISE_STATUSES: readonly PromiseStatus[] = [
  'open',
  'kept',
  'partially_kept',
  'broken',
  'cancelled',
];

/** A payment received on the promised item. */
export interface Receipt {
  date: LocalDate;
  /** Minor units. */
  amount: number;
}

/** A promise and what has been received on its item. */
export interface PromiseInput {
  /** Minor units. */
  promisedAmount: number;
  promisedDate: LocalDate;
  createdOn: LocalDate;
  /** Calendar days after the promised date before the promise counts as broken; default 1. */
  graceDays?: number;
  receipts: readonly Receipt[];
  today: LocalDate;
  /** The day a newer promise replaced this one. */
  supersededOn?: LocalDate;
}

/** The evaluated promise. */
export interface PromiseEvaluation {
  status: PromiseStatus;
  /** Minor units received towards this promise (receipts inside its window). */
  received: number;
  /** Promised amount still missing, 0 when kept. */
  shortfall: number;
  /** Last day a payment counts towards the promise: promised date + grace. */
  deadline: LocalDate;
  /** The day the receipts reached the promised amount, when kept. */
  keptOn: LocalDate | null;
}

/** Default grace after the promised date, in calendar days (bank transfers land a day late). */
export const DEFAULT_PROMISE_GRACE_DAYS = 1;

/** Evaluates a promise on `today` against the receipts on its item. */
export function evaluatePromise(input: PromiseInput): PromiseEvaluation {
  const deadline = addDays(input.promisedDate, input.graceDays ?? DEFAULT_PROMISE_GRACE_DAYS);
  const counts = (r: Receipt): boolean =>
    compareLocalDate(r.date, input.createdOn) >= 0 &&
    compareLocalDate(r.date, deadline) <= 0 &&
    compareLocalDate(r.date, input.today) <= 0 &&
    // Money arriving once a newer promise exists is that promise's, not this one's.
    (input.supersededOn === undefined || compareLocalDate(r.date, input.supersededOn) < 0);
  const window = input.receipts.filter(counts).sort((a, b) => compareLocalDate(a.date, b.date));

  // Summed in BigInt so a long list of large receipts cannot lose precision on the way.
  const target = BigInt(input.promisedAmount);
  let total = 0n;
  let keptOn: LocalDate | null = null;
  for (const r of window) {
    total += BigInt(r.amount);
    if (keptOn === null && total >= target) keptOn = r.date;
  }
  const received = total > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(total);
  const shortfall = total >= target ? 0 : Number(target - total);
  const result = (status: PromiseStatus): PromiseEvaluation => ({
    status,
    received,
    shortfall,
    deadline,
    keptOn,
  });

  // Kept as soon as the money is in, even before the promised date.
  if (keptOn !== null) return result('kept');
  // Replacing a promise only cancels it while it is still pending: a promise already broken
  // stays broken, so a fresh promise cannot wipe out the record.
  if (input.supersededOn !== undefined && compareLocalDate(input.supersededOn, deadline) <= 0) {
    return result('cancelled');
  }
  if (compareLocalDate(input.today, deadline) > 0) return result(total > 0n ? 'partially_kept' : 'broken');
  return result('open');
}
