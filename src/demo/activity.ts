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

/** The demo's own notes and banks in a team's language (same keys and lengths, so the ledger is alike). */
const WORDS = {
  'zh-CN': {
    banks: ['中国工商银行', '招商银行', '中国建设银行', '交通银行', '浦发银行'],
    reasons: {
      funds_tight: '资金紧张，答应月底前安排',
      approval_in_progress: '对方财务在走付款审批',
      awaiting_downstream: '在等下游客户回款',
      invoice_not_received: '对方说发票未收到，已重新寄出',
      quality_dispute: '对部分批次质量有异议',
      deliberate_delay: '多次推脱，态度消极',
    } as Record<string, string>,
    noAnswer: '电话无人接听',
    scheduled: '财务已排款',
    thisWeek: '答应本周付款',
    onTime: '对方承诺按期付款',
  },
  en: {
    banks: ['HSBC', 'DBS Bank', 'Standard Chartered', 'Citibank', 'OCBC Bank'],
    reasons: {
      funds_tight: 'Cash is tight; they will arrange it by month end',
      approval_in_progress: 'Their finance is approving the payment',
      awaiting_downstream: 'Waiting for their own customer to pay',
      invoice_not_received: 'They say the invoice never arrived; sent again',
      quality_dispute: 'They question the quality of some batches',
      deliberate_delay: 'Keeps putting us off',
    } as Record<string, string>,
    noAnswer: 'No answer on the phone',
    scheduled: 'Their finance has scheduled the payment',
    thisWeek: 'Promised to pay this week',
    onTime: 'They promised to pay on time',
  },
};
const METHODS = ['phone', 'phone', 'im', 'email', 'visit'];

/** Builds a believable history for one item, ending no later than `today`, in the team's language. */
export function demoActivity(
  rng: Random,
  r: DemoReceivable,
  n: number,
  today: LocalDate,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): DemoActivity {
  const words = WORDS[locale];
  const reasons = words.reasons;
  const overdue = diffDays(today, r.dueOn);
  const activity: DemoActivity = { payments: [], promises: [], followUps: [] };
  if (overdue <= 0) return activity;
  const pay = (amount: number, on: LocalDate) =>
    activity.payments.push({
      externalId: `BK-${r.externalId}-${activity.payments.length + 1}`,
      amount,
      receivedOn: on,
      bank: rng.pick(words.banks),
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
      note: words.scheduled,
    });
  } else if (roll < 0.11 && overdue > 3) {
    const promisedOn = since(rng.int(2, 3));
    activity.promises.push({
      amount: outstanding,
      promisedOn,
      madeOn: since(rng.int(4, 12)),
      status: 'broken',
      received: 0,
      note: words.thisWeek,
    });
  } else if (roll < 0.23) {
    activity.promises.push({
      amount: outstanding,
      promisedOn: addDays(today, rng.int(1, 14)),
      madeOn: since(rng.int(0, 4)),
      status: 'open',
      received: 0,
      note: words.onTime,
    });
  }
  if (rng.chance(0.35)) {
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      const contacted = rng.chance(0.8);
      const reasonCode = contacted ? rng.pick(Object.keys(reasons)) : null;
      activity.followUps.push({
        method: rng.pick(METHODS),
        outcome: contacted ? 'contacted' : 'no_contact',
        reasonCode,
        note: reasonCode ? (reasons[reasonCode] as string) : words.noAnswer,
        on: since(rng.int(1 + i * 5, 5 + i * 5)),
        nextActionOn: contacted ? addDays(today, rng.int(1, 7)) : null,
      });
    }
  }
  return activity;
}
