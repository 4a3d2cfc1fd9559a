import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

export interface DueDateTotal {
  currency: string;
  dueOn: string;
  count: number;
  outstanding: number;
}

/** Open, undisputed-or-not items of a team grouped by currency and due date; the caller buckets them by age. */
export async function openTotalsByDueDate(db: DbOrTrx, teamId: number): Promise<DueDateTotal[]> {
  const rows = await db
    .selectFrom('receivables')
    .select([
      'currency',
      'due_on',
      sql<number>`count(*)::bigint`.as('count'),
      sql<number>`sum(outstanding)::bigint`.as('outstanding'),
    ])
    .where('team_id', '=', teamId)
    .where('status', '=', 'open')
    .where('outstanding', '>', 0)
    .groupBy(['currency', 'due_on'])
    .orderBy('due_on')
    .execute();
  return rows.map((r) => ({
    currency: r.currency,
    dueOn: r.due_on,
    count: r.count,
    outstanding: r.outstanding,
  }));
}
