import type { Harness } from '../../helpers/app-harness.js';
import { addCustomer } from '../promises/promise-helpers.js';

/** Names of the customers `addBusyWeek` adds, largest first. */
export const busyCustomer = (n: number) => `Busy Customer ${String(n).padStart(2, '0')}`;

/** How a plan line shows a customer `addBusyWeek` added for `collectorId`: its name and code. */
export const busyLine = (collectorId: number, n: number) => `${busyCustomer(n)} (BUSY-${collectorId}-${n})`;

/**
 * Gives a collector of the intl team more customers falling due in the week of `due` than a plan
 * holds, each larger than any demo item so they come first in the plan.
 */
export async function addBusyWeek(h: Pick<Harness, 't'>, collectorId: number, due: string, count = 14) {
  for (let n = 1; n <= count; n++)
    await addCustomer(
      h,
      `BUSY-${collectorId}-${n}`,
      busyCustomer(n),
      collectorId,
      [{ invoice: `BUSY-${collectorId}-${n}`, yuan: 9_000_000 - n * 1_000, due }],
      'active',
      'intl',
      'USD',
    );
}
