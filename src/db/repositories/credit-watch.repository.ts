import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';
import type { Platform } from '../schema/index.js';

/** The hold and risk class last announced for a customer. */
export interface WatchedCustomer {
  customerId: number;
  onHold: boolean;
  changes: number;
  riskClass: string | null;
}

/** What was last announced for the team's customers; locked so two runs announce a change once. */
export async function watchedCustomers(db: DbOrTrx, teamId: number): Promise<Map<number, WatchedCustomer>> {
  const { rows } = await sql<{
    customer_id: number;
    on_hold: boolean;
    changes: number;
    risk_class: string | null;
  }>`
    SELECT w.customer_id, w.on_hold, w.changes, w.risk_class
    FROM credit_watch w JOIN customers c ON c.id = w.customer_id
    WHERE c.team_id = ${teamId}
    FOR UPDATE OF w`.execute(db);
  return new Map(
    rows.map((r) => [
      r.customer_id,
      { customerId: r.customer_id, onHold: r.on_hold, changes: r.changes, riskClass: r.risk_class },
    ]),
  );
}

/** Stores what is now announced for a customer. */
export async function saveWatch(
  db: DbOrTrx,
  row: {
    customerId: number;
    onHold: boolean;
    reasons: unknown;
    changes: number;
    riskClass: string | null;
    now: Date;
  },
): Promise<void> {
  const values = {
    customer_id: row.customerId,
    on_hold: row.onHold,
    reasons: JSON.stringify(row.reasons),
    changes: row.changes,
    risk_class: row.riskClass,
    updated_at: row.now,
  };
  await db
    .insertInto('credit_watch')
    .values(values)
    .onConflict((oc) =>
      oc.column('customer_id').doUpdateSet({
        on_hold: values.on_hold,
        reasons: values.reasons,
        changes: values.changes,
        risk_class: values.risk_class,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

/** Adds an entry to a customer's credit history. */
export async function addCreditHistory(
  db: DbOrTrx,
  entry: {
    customerId: number;
    kind: string;
    detail: Record<string, unknown>;
    personId: number | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('credit_history')
    .values({
      customer_id: entry.customerId,
      kind: entry.kind,
      detail: JSON.stringify(entry.detail),
      person_id: entry.personId,
      at: entry.at,
    })
    .execute();
}

/** The chats bound as report chats of a team (its own, or of every team) on the given platforms. */
export async function teamReportChats(
  db: DbOrTrx,
  platforms: readonly Platform[],
  teamId: number,
): Promise<{ platform: Platform; chatId: string }[]> {
  if (platforms.length === 0) return [];
  const rows = await db
    .selectFrom('channels')
    .select(['platform', 'platform_chat_id'])
    .where('purpose', '=', 'reports')
    .where('platform', 'in', [...platforms])
    .where((eb) => eb.or([eb('team_id', '=', teamId), eb('team_id', 'is', null)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ platform: r.platform, chatId: r.platform_chat_id }));
}
