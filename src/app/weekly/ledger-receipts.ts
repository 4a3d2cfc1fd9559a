import type { DbOrTrx } from '../../db/connect.js';
import type { PlanLine } from '../../db/repositories/weekly.repository.js';
import { ledgerReceipts, receiptKey } from '../../db/repositories/weekly-score.repository.js';
import { minLocalDate } from '../../domain/local-date.js';

/** Receipts imported this week (up to `today`) per plan line, by the line's customer and currency. */
export async function ledgerByLine(
  db: DbOrTrx,
  lines: readonly PlanLine[],
  week: { weekStart: string; weekEnd: string },
  today: string,
): Promise<Map<number, number>> {
  const receipts = await ledgerReceipts(
    db,
    lines.map((l) => l.customerId),
    week.weekStart,
    minLocalDate(today, week.weekEnd),
  );
  return new Map(lines.map((l) => [l.id, receipts.get(receiptKey(l.customerId, l.currency)) ?? 0]));
}
