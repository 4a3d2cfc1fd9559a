import { cashForecast, type ForecastWeek } from '../../../domain/kpi/forecast.js';
import { weightedDaysLate } from '../../../domain/kpi/lateness.js';
import { openItemsAsOf } from '../../../domain/kpi/ledger.js';
import { ratioBp } from '../../../domain/kpi/ratio.js';
import { addMonths, type LocalDate } from '../../../domain/local-date.js';
import type { ReportData } from '../report-data.js';

/** The cash forecast of one currency: 13 weeks from `from`. */
export interface CurrencyForecast {
  currency: string;
  weeks: ForecastWeek[];
  fourWeeks: number;
  thirteenWeeks: number;
}

export interface ForecastFigures {
  from: LocalDate;
  currencies: CurrencyForecast[];
}

/** A customer's keeping rate when it has no settled promise of its own to go by. */
const UNKNOWN_KEEPING_BP = 5_000;

/**
 * Forecasts receipts from `from` (today): open commitments × the customer's keeping rate (else the
 * team's, else 50 %), open items not yet due at their due date moved by the customer's weighted
 * days late over the last year, and overdue items without an open commitment by recovery likelihood.
 */
export function forecastFigures(data: ReportData, from: LocalDate): ForecastFigures {
  const rates = keepingRates(data);
  const late = averageDaysLate(data, from);
  const committedItems = new Set<number>();
  const commitments = new Map<string, { amount: number; on: string; keepingRateBp: number }[]>();
  for (const c of data.commitments) {
    if (c.status !== 'open' || c.amount <= c.received) continue;
    committedItems.add(c.itemId);
    listOf(commitments, c.currency).push({
      amount: c.amount - c.received,
      on: c.dueOn,
      keepingRateBp: rates.get(c.customerId) ?? rates.get(-1) ?? UNKNOWN_KEEPING_BP,
    });
  }
  const notDue = new Map<string, { outstanding: number; dueOn: string; averageDaysLate: number }[]>();
  const overdue = new Map<string, { outstanding: number; daysOverdue: number }[]>();
  for (const o of openItemsAsOf(data.items, data.byItem, from)) {
    if (committedItems.has(o.item.id)) continue;
    const c = o.item.currency;
    if (o.bucket === 'not_due')
      listOf(notDue, c).push({
        outstanding: o.outstanding,
        dueOn: o.item.dueOn,
        averageDaysLate: late.get(o.item.customerId) ?? 0,
      });
    else listOf(overdue, c).push({ outstanding: o.outstanding, daysOverdue: o.daysOverdue });
  }
  const currencies = [...new Set([...commitments.keys(), ...notDue.keys(), ...overdue.keys()])].sort();
  return {
    from,
    currencies: currencies.map((currency) => {
      const weeks = cashForecast(
        {
          from,
          weeks: 13,
          commitments: commitments.get(currency) ?? [],
          notDue: notDue.get(currency) ?? [],
          overdue: overdue.get(currency) ?? [],
        },
        data.team.settings.recoveryLikelihood,
      );
      const sum = (n: number) => weeks.slice(0, n).reduce((s, w) => s + w.total, 0);
      return { currency, weeks, fourWeeks: sum(4), thirteenWeeks: sum(13) };
    }),
  };
}

/** Kept (or partly kept) over settled promises per customer; the team's own rate under key -1. */
function keepingRates(data: ReportData): Map<number, number> {
  const by = new Map<number, { kept: number; settled: number }>();
  const team = { kept: 0, settled: 0 };
  for (const c of data.commitments) {
    if (c.status === 'open' || c.status === 'cancelled') continue;
    const kept = c.status === 'broken' ? 0 : 1;
    const s = by.get(c.customerId) ?? { kept: 0, settled: 0 };
    by.set(c.customerId, { kept: s.kept + kept, settled: s.settled + 1 });
    team.kept += kept;
    team.settled += 1;
  }
  const rates = new Map<number, number>();
  for (const [id, s] of by) rates.set(id, ratioBp(s.kept, s.settled) ?? UNKNOWN_KEEPING_BP);
  const teamRate = ratioBp(team.kept, team.settled);
  if (teamRate !== null) rates.set(-1, teamRate);
  return rates;
}

/** Each customer's receipt-weighted days late over the year before `from`. */
function averageDaysLate(data: ReportData, from: LocalDate): Map<number, number> {
  const since = addMonths(from, -12);
  const by = new Map<number, { amount: number; receivedOn: string; dueOn: string }[]>();
  for (const r of data.receipts) {
    if (r.on < since || r.on > from) continue;
    const item = data.itemsById.get(r.itemId);
    if (!item) continue;
    listOf(by, item.customerId).push({ amount: r.amount, receivedOn: r.on, dueOn: item.dueOn });
  }
  const out = new Map<number, number>();
  for (const [id, receipts] of by) out.set(id, weightedDaysLate(receipts) ?? 0);
  return out;
}

/** The list under a key, created empty on first use. */
function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
