import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.js';
import type { KindStore, WriteContext } from './kind-store.js';
import {
  type Check,
  duplicateCheck,
  duplicateJoin,
  lookupChecks,
  runChecks,
  teamLookup,
} from './resolve-sql.js';
import { STAGE } from './stage.js';
import { upsertFromStage } from './upsert-sql.js';

const PLATFORMS = [
  { platform: 'slack', column: 'slack_id', label: 'Slack ID' },
  { platform: 'lark', column: 'lark_open_id', label: 'Lark open_id' },
] as const;

function joins(present: ReadonlySet<string>): string {
  return `LEFT JOIN people ex ON ex.email = s.email ${present.has('team') ? teamLookup('t').joins : ''}`;
}

/** Binds chat identities; a changed binding counts the person as updated. */
async function bindIdentities(db: DbOrTrx, ctx: WriteContext, now: string): Promise<void> {
  for (const { platform, column } of PLATFORMS) {
    if (!ctx.present.has(column)) continue;
    await sql
      .raw(`WITH up AS (
        INSERT INTO chat_identities (person_id, platform, platform_user_id, created_at)
        SELECT p.id, '${platform}', s.${column}, ${now}
        FROM ${STAGE} s JOIN people p ON p.email = s.email WHERE s.ok AND s.${column} IS NOT NULL
        ON CONFLICT (person_id, platform, workspace_id) DO UPDATE SET platform_user_id = EXCLUDED.platform_user_id
        WHERE chat_identities.platform_user_id IS DISTINCT FROM EXCLUDED.platform_user_id
        RETURNING person_id)
      INSERT INTO import_changed SELECT p.email, false FROM up JOIN people p ON p.id = up.person_id
      ON CONFLICT DO NOTHING`)
      .execute(db);
  }
}

/**
 * The roster: people upserted by email, then managers (who may be listed further down the same
 * file), then chat identities. A person counts once, as inserted or updated.
 */
export const rosterStore: KindStore = {
  async check(db, present) {
    const checks: Check[] = [duplicateCheck('email', 'email', 'email')];
    let extra = duplicateJoin('email');
    if (present.has('team'))
      checks.push(...lookupChecks(teamLookup('t'), 'team', 'team', 'use the team code'));
    if (present.has('manager')) {
      extra += ' LEFT JOIN people pm ON pm.email = s.manager_email';
      checks.push({
        when: `s.manager_email IS NOT NULL AND pm.id IS NULL
          AND NOT EXISTS (SELECT 1 FROM ${STAGE} sm WHERE sm.email = s.manager_email)`,
        field: 'manager',
        value: 's.manager_email',
        reason: 'unknown manager: not in the roster nor in this file',
      });
    }
    for (const { platform, column, label } of PLATFORMS) {
      if (!present.has(column)) continue;
      extra += ` ${duplicateJoin(column, `d_${column}`)}
        LEFT JOIN chat_identities ci_${column} ON ci_${column}.platform = '${platform}'
          AND ci_${column}.workspace_id = '' AND ci_${column}.platform_user_id = s.${column}
        LEFT JOIN people cp_${column} ON cp_${column}.id = ci_${column}.person_id`;
      checks.push(duplicateCheck(column, column, label, `d_${column}`), {
        when: `cp_${column}.id IS NOT NULL AND cp_${column}.email <> s.email`,
        field: column,
        value: `s.${column}`,
        reason: `${label} already belongs to {x}`,
        extra: `cp_${column}.email`,
      });
    }
    return runChecks(db, `${joins(present)} ${extra}`, checks);
  },

  async write(db, ctx) {
    const now = `'${ctx.now.toISOString()}'::timestamptz`;
    await sql
      .raw('CREATE TEMP TABLE import_changed (key text PRIMARY KEY, inserted boolean) ON COMMIT DROP')
      .execute(db);
    const hasTeam = ctx.present.has('team');
    const employment = ctx.present.has('status') || ctx.present.has('left_on');
    // A leaver without a date left on the day of the import, in their team's timezone.
    const leftOn = `CASE WHEN s.status = 'left' THEN COALESCE(s.left_on, ex.left_on, (${now} AT TIME ZONE
      COALESCE((SELECT timezone FROM teams WHERE id = COALESCE(${hasTeam ? teamLookup('t').id : 'NULL::int'}, ex.team_id)), 'Asia/Shanghai'))::date)
      END`;
    await upsertFromStage(
      db,
      {
        table: 'people',
        conflict: 'email',
        joins: joins(ctx.present),
        importId: false,
        updatedAt: true,
        changedKey: 'email',
        columns: [
          { name: 'email', value: 's.email' },
          { name: 'name', value: 's.name' },
          { name: 'role', value: "COALESCE(s.role, ex.role, 'collector')" },
          { name: 'team_id', value: hasTeam ? teamLookup('t').id : 'NULL::int', keep: !hasTeam },
          // Without an active / left column the stored state stays; a new person starts active.
          { name: 'active', value: "s.status IS DISTINCT FROM 'left'", keep: !employment },
          { name: 'left_on', value: leftOn, keep: !employment },
        ],
      },
      ctx,
    );
    if (ctx.present.has('manager')) {
      await sql
        .raw(`WITH up AS (
          UPDATE people p SET manager_id = pm.id, updated_at = ${now}
          FROM ${STAGE} s LEFT JOIN people pm ON pm.email = s.manager_email
          WHERE s.ok AND p.email = s.email AND p.manager_id IS DISTINCT FROM pm.id
          RETURNING p.email)
        INSERT INTO import_changed SELECT email, false FROM up ON CONFLICT DO NOTHING`)
        .execute(db);
    }
    await bindIdentities(db, ctx, now);
    const result = await sql<{ inserted: number; updated: number }>`SELECT
      count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
      FROM import_changed`.execute(db);
    return { inserted: result.rows[0]?.inserted ?? 0, updated: result.rows[0]?.updated ?? 0 };
  },
};
