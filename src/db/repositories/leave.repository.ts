import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** A leave in force: who is away, until when, and who covers. */
export interface ActiveLeave {
  id: number;
  personId: number;
  personName: string;
  fromOn: string;
  toOn: string;
  delegateId: number | null;
  delegateName: string | null;
}

/** Records a leave; returns its id. */
export async function insertLeave(
  db: DbOrTrx,
  leave: { personId: number; fromOn: string; toOn: string; delegateId: number | null; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('leaves')
    .values({
      person_id: leave.personId,
      from_on: leave.fromOn,
      to_on: leave.toOn,
      delegate_id: leave.delegateId,
      created_at: leave.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Leaves in force on `date`, of the given people (or everyone); the newest leave wins per person. */
export async function leavesOn(
  db: DbOrTrx,
  date: string,
  personIds?: readonly number[],
): Promise<Map<number, ActiveLeave>> {
  let query = db
    .selectFrom('leaves as l')
    .innerJoin('people as p', 'p.id', 'l.person_id')
    .leftJoin('people as d', 'd.id', 'l.delegate_id')
    .select([
      'l.id',
      'l.person_id',
      'p.name as person_name',
      'l.from_on',
      'l.to_on',
      'l.delegate_id',
      'd.name as delegate_name',
    ])
    .where('l.from_on', '<=', date)
    .where('l.to_on', '>=', date);
  if (personIds) {
    if (personIds.length === 0) return new Map();
    query = query.where(sql<boolean>`l.person_id = ANY(${[...personIds]}::int[])`);
  }
  const rows = await query.orderBy('l.id').execute();
  return new Map(
    rows.map((r) => [
      r.person_id,
      {
        id: r.id,
        personId: r.person_id,
        personName: r.person_name,
        fromOn: r.from_on,
        toOn: r.to_on,
        delegateId: r.delegate_id,
        delegateName: r.delegate_name,
      },
    ]),
  );
}

/** The people `delegateId` covers for on `date`. */
export async function coveredBy(db: DbOrTrx, delegateId: number, date: string): Promise<number[]> {
  const rows = await db
    .selectFrom('leaves')
    .select('person_id')
    .where('delegate_id', '=', delegateId)
    .where('from_on', '<=', date)
    .where('to_on', '>=', date)
    .execute();
  return [...new Set(rows.map((r) => r.person_id))];
}

/** Whether `delegateId` covers for `personId` on any day between `from` and `to`. */
export async function coversDuring(
  db: DbOrTrx,
  delegateId: number,
  personId: number,
  from: string,
  to: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('leaves')
    .select('id')
    .where('delegate_id', '=', delegateId)
    .where('person_id', '=', personId)
    .where('from_on', '<=', to)
    .where('to_on', '>=', from)
    .executeTakeFirst();
  return row !== undefined;
}
