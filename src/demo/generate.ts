import type { LocalDate } from '../domain/local-date.js';
import { type DemoActivity, demoActivity } from './activity.js';
import { demoContacts } from './contacts.js';
import { type DemoCustomer, type DemoReceivable, demoCustomers, demoReceivable } from './ledger.js';
import { type DemoPerson, type DemoTeam, demoPeople, demoTeams } from './organisation.js';
import { Random } from './random.js';

export interface DemoOptions {
  today: LocalDate;
  seed?: number;
  teams?: number;
  collectors?: number;
  customers?: number;
  receivables?: number;
  /** False for benchmark sets that need only the ledger. */
  withActivity?: boolean;
}

export interface DemoCompany {
  teams: DemoTeam[];
  people: DemoPerson[];
  customers: DemoCustomer[];
  /** Streamed, so a 100,000-item set never sits in memory at once. */
  items(): Generator<{ receivable: DemoReceivable; activity: DemoActivity }>;
}

/** The demo company: same options and date, same company, every time. */
export function generateCompany(options: DemoOptions): DemoCompany {
  const {
    today,
    seed = 20261123,
    teams: teamCount = 3,
    collectors = 12,
    customers: customerCount = 300,
  } = options;
  const receivableCount = options.receivables ?? customerCount * 10;
  const rng = new Random(seed);
  const teams = demoTeams(teamCount);
  const localeOf = new Map(teams.map((t) => [t.code, t.locale]));
  const people = demoPeople(rng, teams, collectors);
  const customers = demoCustomers(rng, customerCount, teams, people, receivableCount);
  // Contacts come from a stream of their own: adding them changed nothing else in the demo.
  const contactRng = new Random(seed ^ 0x2545f491);
  for (const c of customers) {
    const english = teams.find((t) => t.code === c.teamCode)?.locale === 'en';
    c.contacts = demoContacts(contactRng, english, `${c.externalId.toLowerCase()}.example`);
  }
  return {
    teams,
    people,
    customers,
    *items() {
      // A separate stream so the ledger does not depend on how many people or customers came before.
      const itemRng = new Random(seed ^ 0x5f3759df);
      for (let n = 1; n <= receivableCount; n++) {
        // Skewed towards the first customers: a few customers owe most of the money, as in life.
        const index = Math.floor(itemRng.next() ** 1.6 * customers.length);
        const customer = customers[index] as DemoCustomer;
        const receivable = demoReceivable(itemRng, n, customer, today);
        const activity =
          options.withActivity === false
            ? { payments: [], promises: [], followUps: [] }
            : demoActivity(itemRng, receivable, n, today, localeOf.get(receivable.teamCode));
        yield { receivable, activity };
      }
    },
  };
}
