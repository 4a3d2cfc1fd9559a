import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** The latest thing someone did about an item since a moment: what the daily list marks with ✓. */
export type Answer = {
  itemId: number;
  personId: number | null;
  personName: string | null;
  at: Date;
} & (
  | { kind: 'promise'; amount: number; date: string }
  | { kind: 'follow_up'; method: string; outcome: string; reason: string | null }
  | { kind: 'paid_claim'; amount: number; date: string }
  | { kind: 'on_time' }
  | { kind: 'delay'; date: string; approval: string }
);

/** Latest answer per item recorded at or after `since`. */
export async function latestAnswers(
  db: DbOrTrx,
  itemIds: readonly number[],
  since: Date,
): Promise<Map<number, Answer>> {
  const answers = new Map<number, Answer>();
  if (itemIds.length === 0) return answers;
  const ids = [...itemIds];
  const { rows } = await sql<{
    item_id: number;
    person_id: number | null;
    person_name: string | null;
    at: Date;
    kind: string;
    amount: number | null;
    date: string | null;
    text1: string | null;
    text2: string | null;
    text3: string | null;
  }>`
    SELECT DISTINCT ON (a.item_id) a.*, p.name AS person_name FROM (
      SELECT receivable_id AS item_id, person_id, created_at AS at, 'promise' AS kind, amount, promised_on AS date,
             NULL AS text1, NULL AS text2, NULL AS text3
        FROM promises WHERE receivable_id = ANY(${ids}::int[]) AND created_at >= ${since}
      UNION ALL
      SELECT receivable_id, person_id, created_at, 'follow_up', NULL, NULL, method, outcome, reason_code
        FROM follow_ups WHERE receivable_id = ANY(${ids}::int[]) AND created_at >= ${since}
      UNION ALL
      SELECT receivable_id, person_id, created_at, 'paid_claim', amount, paid_on, NULL, NULL, NULL
        FROM paid_claims WHERE receivable_id = ANY(${ids}::int[]) AND created_at >= ${since}
      UNION ALL
      SELECT receivable_id, person_id, coalesce(decided_at, created_at), kind, NULL, new_due_on, approval_state, NULL, NULL
        FROM due_confirmations WHERE receivable_id = ANY(${ids}::int[]) AND created_at >= ${since}
    ) a LEFT JOIN people p ON p.id = a.person_id
    ORDER BY a.item_id, a.at DESC`.execute(db);
  for (const r of rows) {
    const base = { itemId: r.item_id, personId: r.person_id, personName: r.person_name, at: new Date(r.at) };
    if (r.kind === 'promise')
      answers.set(r.item_id, { ...base, kind: 'promise', amount: r.amount ?? 0, date: r.date ?? '' });
    else if (r.kind === 'paid_claim')
      answers.set(r.item_id, { ...base, kind: 'paid_claim', amount: r.amount ?? 0, date: r.date ?? '' });
    else if (r.kind === 'follow_up')
      answers.set(r.item_id, {
        ...base,
        kind: 'follow_up',
        method: r.text1 ?? '',
        outcome: r.text2 ?? '',
        reason: r.text3,
      });
    else if (r.kind === 'on_time') answers.set(r.item_id, { ...base, kind: 'on_time' });
    else answers.set(r.item_id, { ...base, kind: 'delay', date: r.date ?? '', approval: r.text1 ?? '' });
  }
  return answers;
}
