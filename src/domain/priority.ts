/**
 * Priority of an item in a collector's list: expected recovery = outstanding × likelihood,
 * where likelihood of getting paid falls with age. Recent large items come first.
 */

/** Likelihood for items at most `maxDays` overdue, in basis points (10000 = 100 %). */
export interface LikelihoodBand {
  maxDays: number;
  basisPoints: number;
}

/** Likelihood of recovery by age: bands by ascending `maxDays`, then the rate for anything older. */
export interface LikelihoodTable {
  bands: readonly LikelihoodBand[];
  beyondBasisPoints: number;
}

/** Default likelihood: ≤60 d 100 %, ≤100 d 80 %, ≤180 d 50 %, ≤365 d 20 %, older 10 %. */
export const DEFAULT_LIKELIHOOD_TABLE: LikelihoodTable = {
  bands: [
    { maxDays: 60, basisPoints: 10000 },
    { maxDays: 100, basisPoints: 8000 },
    { maxDays: 180, basisPoints: 5000 },
    { maxDays: 365, basisPoints: 2000 },
  ],
  beyondBasisPoints: 1000,
};

const FULL = 10000;

const isBasisPoints = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= FULL;

/** Whether a team's table is usable: whole basis points 0–10000 and strictly rising day limits. */
export function isValidLikelihoodTable(table: LikelihoodTable): boolean {
  if (!isBasisPoints(table.beyondBasisPoints)) return false;
  let previous = -1;
  for (const band of table.bands) {
    if (!Number.isInteger(band.maxDays) || band.maxDays <= previous || !isBasisPoints(band.basisPoints)) {
      return false;
    }
    previous = band.maxDays;
  }
  return true;
}

/** The likelihood of recovery, in basis points, for an item so many days overdue. */
export function likelihoodBasisPoints(
  daysOverdue: number,
  table: LikelihoodTable = DEFAULT_LIKELIHOOD_TABLE,
): number {
  for (const band of table.bands) {
    if (daysOverdue <= band.maxDays) return band.basisPoints;
  }
  return table.beyondBasisPoints;
}

/** Outstanding × likelihood in minor units, rounded down; nothing is expected from a credit balance. */
export function expectedRecovery(
  outstanding: number,
  daysOverdue: number,
  table: LikelihoodTable = DEFAULT_LIKELIHOOD_TABLE,
): number {
  if (outstanding <= 0) return 0;
  // outstanding × 10000 can pass 2^53, so the product is taken in BigInt; the quotient is no
  // larger than outstanding and therefore safe again.
  return Number((BigInt(outstanding) * BigInt(likelihoodBasisPoints(daysOverdue, table))) / BigInt(FULL));
}

/** An item as the priority order sees it (amounts in one currency's minor units). */
export interface PriorityItem {
  id: string | number;
  outstanding: number;
  daysOverdue: number;
}

/** A comparator putting higher expected recovery first, then fresher, then larger, then by id. */
export function priorityComparator<T extends PriorityItem>(
  table: LikelihoodTable = DEFAULT_LIKELIHOOD_TABLE,
): (a: T, b: T) => number {
  return (a, b) =>
    compareRanked(
      { item: a, recovery: expectedRecovery(a.outstanding, a.daysOverdue, table) },
      { item: b, recovery: expectedRecovery(b.outstanding, b.daysOverdue, table) },
    );
}

function compareRanked<T extends PriorityItem>(
  a: { item: T; recovery: number },
  b: { item: T; recovery: number },
): number {
  if (a.recovery !== b.recovery) return b.recovery - a.recovery;
  // Fresher debt first: it is the easiest to collect and the cheapest to lose sight of.
  if (a.item.daysOverdue !== b.item.daysOverdue) return a.item.daysOverdue - b.item.daysOverdue;
  if (a.item.outstanding !== b.item.outstanding) return b.item.outstanding - a.item.outstanding;
  // The id makes the order total, so the same list always prints in the same order.
  return a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0;
}

/** A copy of the items in priority order (the input is left as it was). */
export function sortByPriority<T extends PriorityItem>(
  items: readonly T[],
  table: LikelihoodTable = DEFAULT_LIKELIHOOD_TABLE,
): T[] {
  // Each item's expected recovery is worked out once, not on every comparison of the sort.
  return items
    .map((item) => ({ item, recovery: expectedRecovery(item.outstanding, item.daysOverdue, table) }))
    .sort(compareRanked)
    .map((ranked) => ranked.item);
}
