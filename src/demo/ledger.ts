import { addDays, type LocalDate } from '../domain/local-date.js';
import type { DemoContact } from './contacts.js';
import { chineseCompanyName, englishCompanyName } from './names.js';
import type { DemoPerson, DemoTeam } from './organisation.js';
import type { Random } from './random.js';

export interface DemoCustomer {
  externalId: string;
  name: string;
  teamCode: string;
  ownerEmail: string;
  rating: 'A' | 'B' | 'C' | 'D';
  creditLimit: number;
  currency: string;
  termsDays: number;
  contactName: string;
  contactPhone: string;
  /** The people to talk to there: a decision-maker and a finance contact. */
  contacts: DemoContact[];
  /** One customer in ten pays badly: only such customers owe anything older than two months. */
  troubled: boolean;
}

export interface DemoReceivable {
  externalId: string;
  customerExternalId: string;
  teamCode: string;
  collectorEmail: string;
  invoiceNo: string;
  contractNo: string;
  kind: 'invoice' | 'retention';
  currency: string;
  amount: number;
  issuedOn: LocalDate;
  dueOn: LocalDate;
  disputed: boolean;
}

const TERMS = [30, 30, 45, 60, 60, 90];
const RATINGS = { A: 30, B: 40, C: 20, D: 10 } as const;

/** A name no earlier customer has: a namesake becomes a numbered branch, drawing nothing more from the generator. */
function uniqueName(taken: Set<string>, name: string, english: boolean): string {
  let unique = name;
  for (let n = 2; taken.has(unique); n++)
    unique = english ? `${name} (Branch ${n})` : `${name}（第${n}分公司）`;
  taken.add(unique);
  return unique;
}

/** Customers spread over the teams, each owned by a collector of its team, with unique names. */
export function demoCustomers(
  rng: Random,
  count: number,
  teams: readonly DemoTeam[],
  people: readonly DemoPerson[],
  receivableCount = count * 10,
): DemoCustomer[] {
  const collectorsByTeam = new Map<string, DemoPerson[]>();
  for (const p of people) {
    if (p.role !== 'collector' || !p.teamCode) continue;
    collectorsByTeam.set(p.teamCode, [...(collectorsByTeam.get(p.teamCode) ?? []), p]);
  }
  const customers: DemoCustomer[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const team = teams[i % teams.length] as DemoTeam;
    const owner = rng.pick(collectorsByTeam.get(team.code) ?? []);
    const english = team.locale === 'en';
    const troubled = i % 10 === 3;
    const base = rng.int(5, 200) * 10_000_00;
    customers.push({
      externalId: `C${String(i + 1).padStart(5, '0')}`,
      name: uniqueName(names, english ? englishCompanyName(rng, i) : chineseCompanyName(rng, i), english),
      teamCode: team.code,
      ownerEmail: owner.email,
      rating: rng.weighted(RATINGS),
      creditLimit: troubled ? base : Math.max(base, ampleLimit(i, count, receivableCount)),
      currency: team.currency,
      termsDays: rng.pick(TERMS),
      contactName: english ? 'Accounts Payable' : '财务部',
      contactPhone: `1${rng.int(30, 89)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
      contacts: [],
      troubled,
    });
  }
  return customers;
}

/**
 * A limit a well-paying customer stays within: the items it can expect (the generator skews items
 * towards the first customers) at a generous ¥800,000 each, plus ¥2,000,000, in whole ¥100,000s.
 */
function ampleLimit(index: number, count: number, receivables: number): number {
  const share = ((index + 1) / count) ** (1 / 1.6) - (index / count) ** (1 / 1.6);
  const yuan = receivables * share * 800_000 + 2_000_000;
  return Math.ceil(yuan / 100_000) * 100_000 * 100;
}

// Share of items per aging bucket, with the range of days overdue (negative: days until due).
const AGE_BANDS = {
  notDue: [-45, 0],
  d1_30: [1, 30],
  d31_60: [31, 60],
  d61_90: [61, 90],
  d91_180: [91, 180],
  d181_365: [181, 365],
  over365: [366, 900],
} as const;
const OLD_BANDS: ReadonlySet<string> = new Set(['d61_90', 'd91_180', 'd181_365', 'over365']);
const AGE_WEIGHTS = { notDue: 36, d1_30: 20, d31_60: 12, d61_90: 9, d91_180: 10, d181_365: 8, over365: 5 };

/** Builds receivable number `n` for a customer: amount, dates around `today`, kind and dispute flag. */
export function demoReceivable(
  rng: Random,
  n: number,
  customer: DemoCustomer,
  today: LocalDate,
): DemoReceivable {
  let key = rng.weighted(AGE_WEIGHTS);
  // A customer who pays well owes nothing older than two months: its old items became recent ones.
  if (!customer.troubled && OLD_BANDS.has(key)) key = key === 'd61_90' ? 'd31_60' : 'd1_30';
  const band = AGE_BANDS[key];
  const overdueDays = rng.int(band[0], band[1]);
  const retention = rng.chance(0.05);
  const dueOn = addDays(today, -overdueDays);
  // Retention money falls due when the warranty year ends; invoices after the payment terms.
  const issuedOn = addDays(dueOn, -(retention ? 365 : customer.termsDays));
  const yuan = rng.chance(0.15) ? rng.int(100, 2_000) * 1_000 : rng.int(5, 400) * 1_000 + rng.int(0, 999);
  const amount = yuan * 100 + (rng.chance(0.3) ? rng.int(1, 99) : 0);
  const year = issuedOn.slice(0, 4);
  return {
    externalId: `AR-${year}-${String(n).padStart(6, '0')}`,
    customerExternalId: customer.externalId,
    teamCode: customer.teamCode,
    collectorEmail: customer.ownerEmail,
    invoiceNo: `${retention ? 'ZB' : 'INV'}-${year}-${String(n).padStart(6, '0')}`,
    contractNo: `HT-${year}-${String(rng.int(1, 9_999)).padStart(4, '0')}`,
    kind: retention ? 'retention' : 'invoice',
    currency: customer.currency,
    amount: retention ? Math.max(100, Math.floor(amount / 20)) : amount,
    issuedOn,
    dueOn,
    disputed: overdueDays > 20 && rng.chance(0.03),
  };
}
