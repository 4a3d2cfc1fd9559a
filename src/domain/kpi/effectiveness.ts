/** The collection effectiveness index (CEI) and the collection rate (回款率). */
import { ratioBp } from './ratio.js';

/** The balances and flows of one period, in minor units of one currency. */
export interface PeriodFlows {
  /** Open receivables at the start of the period. */
  opening: number;
  /** Invoiced during the period (standing in for credit sales). */
  invoiced: number;
  /** Open receivables at the end of the period. */
  closing: number;
  /** Of the closing balance, what was not yet due. */
  closingCurrent: number;
  /** Receipts during the period. */
  collected: number;
}

/**
 * CEI = (opening + invoiced − closing) ÷ (opening + invoiced − closing current) × 100 %, in basis
 * points: how much of what could be collected in the period was collected. Null with nothing collectable.
 */
export function collectionEffectivenessBp(f: PeriodFlows): number | null {
  return ratioBp(f.opening + f.invoiced - f.closing, f.opening + f.invoiced - f.closingCurrent);
}

/** 回款率 = receipts in the period ÷ (opening balance + invoiced in the period), in basis points. */
export function collectionRateBp(f: Pick<PeriodFlows, 'opening' | 'invoiced' | 'collected'>): number | null {
  return ratioBp(f.collected, f.opening + f.invoiced);
}
