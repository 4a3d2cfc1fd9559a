import type { Clock } from '../clock.js';
import type { DbHandle, DbOrTrx } from '../db/connect.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import type { DemoActivity } from './activity.js';
import { type DemoCompany, type DemoOptions, generateCompany } from './generate.js';
import type { DemoReceivable } from './ledger.js';
import { writeItems } from './seed-items.js';

export interface SeedResult {
  teams: number;
  people: number;
  customers: number;
  receivables: number;
  payments: number;
  promises: number;
  followUps: number;
}

const BATCH = 1_000;

/**
 * The size of the demo `npm start` shows: 300 customers and 750 items, so each of the 12
 * collectors has some 20–60 overdue items, a ledger a person can work through.
 */
export const SANDBOX_DEMO_SIZE = { customers: 300, receivables: 750 } as const;

/** True when the database holds no team yet, i.e. nothing a person set up could be overwritten. */
export async function isEmptyDatabase(db: DbOrTrx): Promise<boolean> {
  const row = await db.selectFrom('teams').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Writes the deterministic demo company in one transaction. */
export async function seedDemo(handle: DbHandle, clock: Clock, options: DemoOptions): Promise<SeedResult> {
  const company = generateCompany(options);
  return handle.db.transaction().execute(async (trx) => {
    const ids = await writeOrganisation(trx, company, clock.now());
    const result: SeedResult = {
      teams: company.teams.length,
      people: company.people.length,
      customers: company.customers.length,
      receivables: 0,
      payments: 0,
      promises: 0,
      followUps: 0,
    };
    let batch: { receivable: DemoReceivable; activity: DemoActivity }[] = [];
    for (const item of company.items()) {
      batch.push(item);
      if (batch.length === BATCH) {
        await writeItems(trx, ids, batch, result);
        batch = [];
      }
    }
    await writeItems(trx, ids, batch, result);
    await recordAudit(trx, {
      at: clock.now(),
      actorLabel: 'system',
      action: 'demo.seed',
      entity: 'database',
      after: result,
    });
    return result;
  });
}

interface IdMaps {
  team: Map<string, number>;
  person: Map<string, number>;
  customer: Map<string, number>;
}

async function writeOrganisation(trx: DbOrTrx, company: DemoCompany, now: Date): Promise<IdMaps> {
  const teams = await trx
    .insertInto('teams')
    .values(
      company.teams.map((t) => ({
        code: t.code,
        name: t.name,
        timezone: t.timezone,
        locale: t.locale,
        calendar_kind: t.calendarKind,
        legal_name: t.legalName,
        legal_address: t.legalAddress,
        settings: JSON.stringify(t.currency === 'USD' ? { largeAmount: 5_000_000 } : {}),
      })),
    )
    .returning(['id', 'code'])
    .execute();
  const team = new Map(teams.map((t) => [t.code, t.id]));
  const person = new Map<string, number>();
  // Managers first, so collectors can point at them.
  for (const role of ['admin', 'manager', 'collector'] as const) {
    const rows = company.people.filter((p) => p.role === role);
    if (rows.length === 0) continue;
    const inserted = await trx
      .insertInto('people')
      .values(
        rows.map((p) => ({
          email: p.email,
          name: p.name,
          role: p.role,
          team_id: p.teamCode ? (team.get(p.teamCode) ?? null) : null,
          manager_id: p.managerEmail ? (person.get(p.managerEmail) ?? null) : null,
        })),
      )
      .returning(['id', 'email'])
      .execute();
    for (const p of inserted) person.set(p.email, p.id);
  }
  const customer = new Map<string, number>();
  for (let i = 0; i < company.customers.length; i += BATCH) {
    const rows = company.customers.slice(i, i + BATCH).map((c) => ({
      external_id: c.externalId,
      name: c.name,
      team_id: team.get(c.teamCode) as number,
      owner_id: person.get(c.ownerEmail) ?? null,
      rating: c.rating,
      credit_limit: c.creditLimit,
      credit_currency: c.currency,
      payment_terms_days: c.termsDays,
      contact_name: c.contactName,
      contact_phone: c.contactPhone,
      contact_email: null,
      address: null,
      import_id: null,
    }));
    for (const c of await trx.insertInto('customers').values(rows).returning(['id', 'external_id']).execute())
      customer.set(c.external_id, c.id);
  }
  const contacts = company.customers.flatMap((c) =>
    c.contacts.map((k) => ({
      customer_id: customer.get(c.externalId) as number,
      name: k.name,
      role: k.role,
      phone: k.phone,
      email: k.email,
      import_id: null,
      created_at: now,
    })),
  );
  for (let i = 0; i < contacts.length; i += BATCH)
    await trx
      .insertInto('customer_contacts')
      .values(contacts.slice(i, i + BATCH))
      .execute();
  return { team, person, customer };
}
