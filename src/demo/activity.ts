import { addDays, diffDays, type LocalDate } from '../domain/local-date.js';
import type { DemoReceivable } from './ledger.js';
import type { Random } from './random.js';

export interface DemoPayment {
  externalId: string;
  amount: number;
  receivedOn: LocalDate;
  bank: string;
  reference: string;
}

export interface DemoPromise {
  amount: number;
  promisedOn: LocalDate;
  madeOn: LocalDate;
  status: 'open' | 'kept' | 'broken';
  received: number;
  note: string;
}

export interface DemoFollowUp {
  method: string;
  outcome: 'contacted' | 'no_contact';
  reasonCode: string | null;
  note: string;
  on: LocalDate;
  nextActionOn: LocalDate | null;
}

/** What has happened to one receivable so far: receipts, promises and follow-ups. */
export interface DemoActivity {
  payments: DemoPayment[];
  promises: DemoPromise[];
  followUps: DemoFollowUp[];
}

const BANKS = ['中国工商银行', '招商银行', '中国建设银行', '交通银行', '浦发银行'];
const REASONS: Record<string, string> = {
  funds_tight: '资金紧张，答应月底前安排',
  approval_in_progress: '对方财务在走付款审批',
  awaiting_downstream: '在等下游客户回款',
  invoice_not_received: '对方说发票未收到，已重新寄出',
  quality_dispute: '对部分批次质量有异议',
  deliberate_delay: '多次推脱，态度消极',
};
const METHODS = ['phone', 'phone', 'im', 'email', 'visit'];

/** Builds a believable history for one item, ending no later than `today`. */
export function demoActivity(rng: Random, r: DemoReceivable, n: number, today: LocalDate): DemoActivity {
  const overdue = diffDays(today, r.dueOn);
  const activity: DemoActivity = { payments: [], promises: [], followUps: [] };
  if (overdue <= 0) return activity;
  const pay = (amount: number, on: LocalDate) =>
    activity.payments.push({
      externalId: `BK-${r.externalId}-${activity.payments.length + 1}`,
      amount,
      receivedOn: on,
      bank: rng.pick(BANKS),
      reference: `${on.replaceAll('-', '')}${String(n).padStart(6, '0')}${activity.payments.length + 1}`,
    });

  if (rng.chance(0.12)) {
    pay(r.amount, addDays(r.dueOn, rng.int(0, Math.max(0, overdue - 1))));
    return activity;
  }
  let outstanding = r.amount;
  if (rng.chance(0.15)) {
    const part = Math.floor((r.amount * rng.int(20, 60)) / 100);
    pay(part, addDays(r.dueOn, rng.int(0, Math.max(0, overdue - 1))));
    outstanding -= part;
  }
  const roll = rng.next();
  const since = (days: number) => addDays(today, -Math.min(days, overdue));
  if (roll < 0.05 && overdue > 3) {
    const promisedOn = since(rng.int(1, 3));
    const amount = Math.min(outstanding, Math.max(1, Math.floor(outstanding / 2)));
    pay(amount, addDays(promisedOn, -1));
    activity.promises.push({
      amount,
      promisedOn,
      madeOn: since(rng.int(4, 10)),
      status: 'kept',
      received: amount,
      note: '财务已排款',
    });
  } else if (roll < 0.11 && overdue > 3) {
    const promisedOn = since(rng.int(2, 3));
    activity.promises.push({
      amount: outstanding,
      promisedOn,
      madeOn: since(rng.int(4, 12)),
      status: 'broken',
      received: 0,
      note: '答应本周付款',
    });
  } else if (roll < 0.23) {
    activity.promises.push({
      amount: outstanding,
      promisedOn: addDays(today, rng.int(1, 14)),
      madeOn: since(rng.int(0, 4)),
      status: 'open',
      received: 0,
      note: '对方承诺按期付款',
    });
  }
  if (rng.chance(0.35)) {
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      const contacted = rng.chance(0.8);
      const reasonCode = contacted ? rng.pick(Object.keys(REASONS)) : null;
      activity.followUps.push({
        method: rng.pick(METHODS),
        outcome: contacted ? 'contacted' : 'no_contact',
        reasonCode,
        note: reasonCode ? (REASONS[reasonCode] as string) : '电话无人接听',
        on: since(rng.int(1 + i * 5, 5 + i * 5)),
        nextActionOn: contacted ? addDays(today, rng.int(1, 7)) : null,
      });
    }
  }
  return activity;
}
