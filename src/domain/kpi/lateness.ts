/**
 * How late money came in: receipt-weighted days late, and the commission factor table of the
 * handbooks (seed 002: "一个月之内回收货款…全部奖金提成 … 第二个月 80% … 第三个月 60% … 三个月之内
 * 没有回收…没有奖金提成 … 半年之内没有回收…倒扣奖金提成").
 */
import { diffDays, type LocalDate } from '../local-date.js';
import { applyBp, roundDays } from './ratio.js';

/** A receipt on an item: how much, when it arrived, and when the item was due. */
export interface TimedReceipt {
  amount: number;
  receivedOn: LocalDate;
  dueOn: LocalDate;
}

/** Days a receipt came after the due date; 0 when on time or early. */
export function daysLate(r: Pick<TimedReceipt, 'receivedOn' | 'dueOn'>): number {
  return Math.max(0, diffDays(r.receivedOn, r.dueOn));
}

/** Σ(amount × days late) ÷ Σ amount, to one decimal; null without receipts. */
export function weightedDaysLate(receipts: readonly TimedReceipt[]): number | null {
  let weight = 0n;
  let total = 0n;
  for (const r of receipts) {
    weight += BigInt(r.amount) * BigInt(daysLate(r));
    total += BigInt(r.amount);
  }
  if (total === 0n) return null;
  // Ten times the quotient, rounded, keeps one decimal exactly.
  return roundDays(Number((weight * 10n * 2n + total) / (2n * total)) / 10);
}

/** A commission factor for money received at most `maxDaysLate` days after the due date. */
export interface CommissionBand {
  maxDaysLate: number;
  /** Basis points of the commission; negative means it is deducted. */
  factorBp: number;
}

/** The factor table: bands by rising day limits, then the factor for anything later. */
export interface CommissionTable {
  bands: readonly CommissionBand[];
  beyondBp: number;
}

/** Seed 002's example: first month 100 %, second 80 %, third 60 %, then 0, after six months −100 %. */
export const DEFAULT_COMMISSION_TABLE: CommissionTable = {
  bands: [
    { maxDaysLate: 30, factorBp: 10_000 },
    { maxDaysLate: 60, factorBp: 8_000 },
    { maxDaysLate: 90, factorBp: 6_000 },
    { maxDaysLate: 180, factorBp: 0 },
  ],
  beyondBp: -10_000,
};

/** The factor for money received so many days after the due date. */
export function commissionFactorBp(days: number, table: CommissionTable = DEFAULT_COMMISSION_TABLE): number {
  for (const band of table.bands) if (days <= band.maxDaysLate) return band.factorBp;
  return table.beyondBp;
}

/** Receipts weighted by the factor of their lateness: what HR reads as lateness-weighted collections. */
export function latenessWeightedCollected(
  receipts: readonly TimedReceipt[],
  table: CommissionTable = DEFAULT_COMMISSION_TABLE,
): number {
  let sum = 0;
  for (const r of receipts) sum += applyBp(r.amount, commissionFactorBp(daysLate(r), table));
  return sum;
}

/** Whether a team's table is usable: whole basis points within ±100 % and strictly rising limits. */
export function isValidCommissionTable(table: CommissionTable): boolean {
  const ok = (bp: number) => Number.isInteger(bp) && bp >= -10_000 && bp <= 10_000;
  if (!ok(table.beyondBp)) return false;
  let previous = -1;
  for (const b of table.bands) {
    if (!Number.isInteger(b.maxDaysLate) || b.maxDaysLate <= previous || !ok(b.factorBp)) return false;
    previous = b.maxDaysLate;
  }
  return true;
}
