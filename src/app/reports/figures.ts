/** Small helpers the report figures share: grouping by currency and people, and plain shapes. */
import type { AgingBucket } from '../../domain/aging.js';
import { AGING_BUCKETS } from '../../domain/aging.js';
import type { LedgerReceipt } from '../../domain/kpi/ledger.js';
import { ratioBp } from '../../domain/kpi/ratio.js';
import { baseStep, type LadderStep, stepRank } from '../../domain/ladder.js';
import type { ReportData } from './report-data.js';

/** Amounts by aging bucket, in minor units of one currency. */
export type Buckets = Record<AgingBucket, number>;

/** Buckets with nothing in them. */
export function zeroBuckets(): Buckets {
  return Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Buckets;
}

/** The overdue buckets, oldest last. */
export const OVERDUE_BUCKETS = AGING_BUCKETS.filter((b) => b !== 'not_due');

/** Adds `amount` under `key` of a map of numbers. */
export function addTo<K>(map: Map<K, number>, key: K, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** A person's name, or the locale's word for nobody. */
export function personName(data: ReportData, id: number | null): string {
  if (id === null) return data.team.m.lists.unassigned;
  return data.people.get(id) ?? `#${id}`;
}

/** A customer's name as the report shows it. */
export function customerName(data: ReportData, id: number): string {
  return data.customers.get(id)?.name ?? `#${id}`;
}

/** The currencies with anything open or received, the team's largest first when given totals. */
export function currencyOrder(totals: ReadonlyMap<string, number>): string[] {
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

/** Receipts on the team's items within [from, to] with the item they were allocated to. */
export function receiptsIn(
  data: ReportData,
  from: string,
  to: string,
): (LedgerReceipt & { currency: string })[] {
  const out: (LedgerReceipt & { currency: string })[] = [];
  for (const r of data.receipts) {
    if (r.on < from || r.on > to) continue;
    const item = data.itemsById.get(r.itemId);
    if (item) out.push({ ...r, currency: item.currency });
  }
  return out;
}

/** The ladder step a customer stands on: its escalated step, or what its oldest overdue age calls for. */
export function customerStep(data: ReportData, customerId: number, maxDaysOverdue: number): LadderStep {
  const byAge = baseStep(maxDaysOverdue);
  const stored = data.customers.get(customerId)?.escalationStep as LadderStep | null | undefined;
  return stored && stepRank(stored) > stepRank(byAge) ? stored : byAge;
}

/** Rows keyed by person and currency, each created from `blank` the first time it is asked for. */
export function rowsByPerson<R>(blank: (personId: number | null, currency: string) => R) {
  const rows = new Map<string, R>();
  return {
    row(personId: number | null, currency: string): R {
      const key = `${personId}:${currency}`;
      let r = rows.get(key);
      if (!r) {
        r = blank(personId, currency);
        rows.set(key, r);
      }
      return r;
    },
    all: (): R[] => [...rows.values()],
  };
}

/** Weekly plan achievement (collected ÷ planned, basis points) by `person:currency`. */
export function planAchievements(data: ReportData): Map<string, number | null> {
  const plans = new Map<string, { planned: number; collected: number }>();
  for (const s of data.planScores) {
    const key = `${s.personId}:${s.currency}`;
    const p = plans.get(key) ?? { planned: 0, collected: 0 };
    plans.set(key, { planned: p.planned + s.planned, collected: p.collected + s.collected });
  }
  return new Map([...plans].map(([key, p]) => [key, ratioBp(p.collected, p.planned)]));
}

/** Who a commitment counts for: whoever obtained it, else the collector of its item. */
export function commitmentOwner(
  data: ReportData,
  c: { ownerId: number | null; itemId: number },
): number | null {
  return c.ownerId ?? data.itemsById.get(c.itemId)?.collectorId ?? null;
}
