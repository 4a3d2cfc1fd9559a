import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.js';
import { STAGE } from './stage.js';

/** One target column: its value as SQL over the staging row `s` and the lookups' aliases. */
export interface UpsertColumn {
  name: string;
  value: string;
  /** The file has no column for it: an update keeps the stored value (an insert still uses `value`). */
  keep?: boolean;
}

export interface UpsertPlan {
  table: string;
  conflict: string;
  joins: string;
  columns: readonly UpsertColumn[];
  /** Further SET items for updates, e.g. moving the outstanding balance. */
  alsoSet?: readonly string[];
  /** Whether the table has an import_id column. */
  importId: boolean;
  /** Whether the table keeps updated_at (payments only have created_at). */
  updatedAt: boolean;
  /** The table keeps no created_at (a policy row is simply replaced). */
  noCreatedAt?: boolean;
  /** Whether an existing row is left as it is (payments are inserted once). */
  insertOnly?: boolean;
  /** Records each changed row's key in the temporary `import_changed` table (roster). */
  changedKey?: string;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/**
 * One set-based statement: INSERT … SELECT from the staging table, ON CONFLICT DO UPDATE only
 * where a compared column really differs, so re-importing the same file touches nothing
 * (no updated_at bump). Inserted and updated rows are told apart by xmax.
 */
export async function upsertFromStage(
  db: DbOrTrx,
  plan: UpsertPlan,
  ctx: { importId: number; now: Date },
): Promise<UpsertCounts> {
  const names = plan.columns.map((c) => c.name);
  const values = plan.columns.map((c) => c.value);
  const now = `'${ctx.now.toISOString()}'::timestamptz`;
  if (plan.importId) {
    names.push('import_id');
    values.push(String(ctx.importId));
  }
  const hasUpdatedAt = plan.updatedAt;
  if (!plan.noCreatedAt) {
    names.push('created_at');
    values.push(now);
  }
  if (hasUpdatedAt) {
    names.push('updated_at');
    values.push(now);
  }
  let onConflict = 'DO NOTHING';
  if (!plan.insertOnly) {
    const changing = plan.columns.filter((c) => !c.keep && c.name !== plan.conflict);
    const set = changing.map((c) => `${c.name} = EXCLUDED.${c.name}`);
    set.push(...(plan.alsoSet ?? []));
    if (plan.importId) set.push('import_id = EXCLUDED.import_id');
    if (hasUpdatedAt) set.push('updated_at = EXCLUDED.updated_at');
    const before = changing.map((c) => `${plan.table}.${c.name}`).join(', ');
    const after = changing.map((c) => `EXCLUDED.${c.name}`).join(', ');
    onConflict = `DO UPDATE SET ${set.join(', ')} WHERE (${before}) IS DISTINCT FROM (${after})`;
  }
  const returning = plan.changedKey ? `${plan.changedKey} AS key, ` : '';
  const changed = plan.changedKey
    ? ', w AS (INSERT INTO import_changed SELECT key, inserted FROM up ON CONFLICT DO NOTHING RETURNING inserted)'
    : ', w AS (SELECT inserted FROM up)';
  const text = `WITH up AS (
      INSERT INTO ${plan.table} (${names.join(', ')})
      SELECT ${values.join(', ')} FROM ${STAGE} s ${plan.joins} WHERE s.ok
      ON CONFLICT (${plan.conflict}) ${onConflict}
      RETURNING ${returning}(xmax = 0) AS inserted)${changed}
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted,
      count(*) FILTER (WHERE NOT inserted)::int AS updated FROM w`;
  const result = await sql.raw<UpsertCounts>(text).execute(db);
  const row = result.rows[0];
  return { inserted: row?.inserted ?? 0, updated: row?.updated ?? 0 };
}
