/**
 * Commitments: everything someone agreed with a date — a promise to pay (on an invoice or a
 * customer), an instalment of a repayment plan, an on-time confirmation, an agreed delay, a next
 * action. Money commitments are settled against ledger receipts; an item under a live
 * commitment needs no answer until its date.
 */
import { addDays, compareLocalDate, type LocalDate } from './local-date.js';
import {
  DEFAULT_PROMISE_GRACE_DAYS,
  evaluatePromise,
  type PromiseEvaluation,
  type PromiseStatus,
  type Receipt,
} from './promise-status.js';

/** What was agreed. */
export type CommitmentKind = 'promise' | 'instalment' | 'on_time' | 'delay' | 'next_action';

/** Where a commitment stands (the promise lifecycle applies to every kind). */
export type CommitmentStatus = PromiseStatus;

/** The kinds that carry money and are settled against receipts. */
export const MONEY_KINDS: readonly CommitmentKind[] = ['promise', 'instalment', 'on_time', 'delay'];

/** How the morning counts items under a live commitment, one line per kind. */
export type LiveKind = 'promised' | 'delay' | 'plan' | 'on_time' | 'next_action' | 'disputed';

/** The part of a commitment the rules look at. */
export interface CommitmentFacts {
  kind: CommitmentKind;
  status: CommitmentStatus;
  dueOn: LocalDate;
  approvalState?: 'not_needed' | 'pending' | 'approved' | 'rejected';
}

/**
 * Whether the commitment answers for its item today. Money commitments hold through their
 * date; a next action holds until its date, when it becomes today's work.
 */
export function isLive(c: CommitmentFacts, today: LocalDate): boolean {
  if (c.status !== 'open' || c.approvalState === 'rejected') return false;
  const order = compareLocalDate(today, c.dueOn);
  return c.kind === 'next_action' ? order < 0 : order <= 0;
}

/** Whether the commitment is today's business: a next action, promise or instalment due, a delay ending. */
export function isDueToday(c: CommitmentFacts, today: LocalDate): boolean {
  if (c.status !== 'open') return false;
  if (c.kind === 'next_action') return compareLocalDate(c.dueOn, today) <= 0;
  return c.dueOn === today && c.kind !== 'on_time';
}

/** The counting line a live commitment belongs to. */
export function liveKind(kind: CommitmentKind): LiveKind {
  if (kind === 'promise') return 'promised';
  if (kind === 'instalment') return 'plan';
  return kind;
}

/** A money commitment with the receipts that may count towards it. */
export interface MoneyCommitmentInput {
  amount: number;
  dueOn: LocalDate;
  madeOn: LocalDate;
  graceDays?: number;
  receipts: readonly Receipt[];
  today: LocalDate;
}

/** Settles a promise, on-time confirmation or delay on `today` (kept as soon as the money is in). */
export function evaluateMoneyCommitment(input: MoneyCommitmentInput): PromiseEvaluation {
  return evaluatePromise({
    promisedAmount: input.amount,
    promisedDate: input.dueOn,
    createdOn: input.madeOn,
    graceDays: input.graceDays,
    receipts: input.receipts,
    today: input.today,
  });
}

/** One instalment of a repayment plan. */
export interface Instalment {
  amount: number;
  dueOn: LocalDate;
}

/**
 * Settles a repayment plan's instalments one by one: receipts since the plan was made fill the
 * instalments in date order; each is judged at its own date + grace.
 */
export function evaluateInstalments(
  instalments: readonly Instalment[],
  madeOn: LocalDate,
  receipts: readonly Receipt[],
  today: LocalDate,
  graceDays = DEFAULT_PROMISE_GRACE_DAYS,
): PromiseEvaluation[] {
  const counted = receipts
    .filter((r) => compareLocalDate(r.date, madeOn) >= 0 && compareLocalDate(r.date, today) <= 0)
    .sort((a, b) => compareLocalDate(a.date, b.date));
  let before = 0n;
  return instalments.map((inst) => {
    const deadline = addDays(inst.dueOn, graceDays);
    const target = before + BigInt(inst.amount);
    let cumulative = 0n;
    let keptOn: LocalDate | null = null;
    for (const r of counted) {
      if (compareLocalDate(r.date, deadline) > 0) break;
      cumulative += BigInt(r.amount);
      if (keptOn === null && cumulative >= target) keptOn = r.date;
    }
    const towards = cumulative > before ? cumulative - before : 0n;
    const receivedBig = towards > BigInt(inst.amount) ? BigInt(inst.amount) : towards;
    before = target;
    const received = Number(receivedBig);
    const shortfall = inst.amount - received;
    let status: PromiseStatus = 'open';
    if (keptOn !== null) status = 'kept';
    else if (compareLocalDate(today, deadline) > 0) status = received > 0 ? 'partially_kept' : 'broken';
    return { status, received, shortfall, deadline, keptOn };
  });
}

/** Largest number of instalments in one repayment plan. */
export const MAX_INSTALMENTS = 12;

/** Why a set of instalments cannot make a plan, or null when it can. */
export type PlanProblem = 'none' | 'too_many' | 'over_outstanding' | 'dates_not_rising';

/** Checks a plan: 1–12 instalments, dates strictly rising, total not above what is outstanding. */
export function checkPlan(instalments: readonly Instalment[], outstanding: number): PlanProblem | null {
  if (instalments.length === 0) return 'none';
  if (instalments.length > MAX_INSTALMENTS) return 'too_many';
  for (let i = 1; i < instalments.length; i += 1) {
    const prev = instalments[i - 1] as Instalment;
    const cur = instalments[i] as Instalment;
    if (compareLocalDate(cur.dueOn, prev.dueOn) <= 0) return 'dates_not_rising';
  }
  const total = instalments.reduce((a, i) => a + BigInt(i.amount), 0n);
  if (total > BigInt(outstanding)) return 'over_outstanding';
  return null;
}
