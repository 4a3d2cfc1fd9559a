import type { HoldReason } from '../../../domain/credit-hold.js';
import { openItemsAsOf } from '../../../domain/kpi/ledger.js';
import { ratioBp } from '../../../domain/kpi/ratio.js';
import type { LadderStep } from '../../../domain/ladder.js';
import { diffDays } from '../../../domain/local-date.js';
import { customerName, customerStep, personName } from '../figures.js';
import type { ReportData } from '../report-data.js';

/** One of the largest overdue customers of a currency. */
export interface TopCustomer {
  customerId: number;
  name: string;
  currency: string;
  overdue: number;
  /** Share of the team's overdue total in that currency. */
  shareBp: number | null;
  step: LadderStep;
  status: string;
  /** Why the customer is on hold (absent in figures stored before holds had reasons). */
  holdReasons?: HoldReason[];
}

/** The lists of the weekly report: largest customers, broken promises, escalations, disputes, claims. */
export interface WeeklyLists {
  topCustomers: TopCustomer[];
  broken: { customer: string; owner: string; currency: string; amount: number; dueOn: string }[];
  escalations: { customer: string; from: string; to: string; on: string }[];
  disputes: { customer: string; invoiceNo: string; currency: string; outstanding: number; ageDays: number }[];
  claims: {
    customer: string;
    invoiceNo: string;
    currency: string;
    amount: number;
    paidOn: string;
    ageDays: number;
  }[];
}

const TOP = 10;

/** The ten largest overdue customers per currency, with their share, ladder step and status. */
export function topOverdueCustomers(data: ReportData, limit = TOP): TopCustomer[] {
  const by = new Map<string, { customerId: number; currency: string; overdue: number; maxDays: number }>();
  const totals = new Map<string, number>();
  for (const o of openItemsAsOf(data.items, data.byItem, data.asOf)) {
    if (o.bucket === 'not_due') continue;
    const key = `${o.item.customerId}:${o.item.currency}`;
    const c = by.get(key) ?? {
      customerId: o.item.customerId,
      currency: o.item.currency,
      overdue: 0,
      maxDays: 0,
    };
    c.overdue += o.outstanding;
    c.maxDays = Math.max(c.maxDays, o.daysOverdue);
    by.set(key, c);
    totals.set(o.item.currency, (totals.get(o.item.currency) ?? 0) + o.outstanding);
  }
  const out: TopCustomer[] = [];
  for (const currency of [...totals.keys()].sort()) {
    const rows = [...by.values()]
      .filter((c) => c.currency === currency)
      .sort((a, b) => b.overdue - a.overdue);
    for (const c of rows.slice(0, limit))
      out.push({
        customerId: c.customerId,
        name: customerName(data, c.customerId),
        currency,
        overdue: c.overdue,
        shareBp: ratioBp(c.overdue, totals.get(currency) ?? 0),
        step: customerStep(data, c.customerId, c.maxDays),
        status: data.customers.get(c.customerId)?.status ?? 'active',
        holdReasons: data.holds.get(c.customerId) ?? [],
      });
  }
  return out;
}

export function weeklyLists(data: ReportData): WeeklyLists {
  const { period, asOf } = data;
  const inPeriod = (d: string | null) => d !== null && d >= period.start && d <= asOf;
  return {
    topCustomers: topOverdueCustomers(data),
    broken: data.commitments
      .filter((c) => c.status === 'broken' && inPeriod(c.settledOn))
      .map((c) => ({
        customer: customerName(data, c.customerId),
        owner: personName(data, c.ownerId),
        currency: c.currency,
        amount: c.amount,
        dueOn: c.dueOn,
      })),
    escalations: data.escalations.map((e) => ({
      customer: customerName(data, e.customerId),
      from: e.fromStep,
      to: e.toStep,
      on: e.on,
    })),
    disputes: data.disputes.map((d) => ({
      customer: customerName(data, d.customerId),
      invoiceNo: d.invoiceNo,
      currency: d.currency,
      outstanding: d.outstanding,
      ageDays: Math.max(0, diffDays(asOf, d.since)),
    })),
    claims: data.claims.map((c) => ({
      customer: customerName(data, c.customerId),
      invoiceNo: c.invoiceNo,
      currency: c.currency,
      amount: c.amount,
      paidOn: c.paidOn,
      ageDays: Math.max(0, diffDays(asOf, c.since)),
    })),
  };
}
