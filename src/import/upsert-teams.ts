import type { KindStore } from './kind-store.js';
import { duplicateCheck, duplicateJoin, runChecks } from './resolve-sql.js';
import { upsertFromStage } from './upsert-sql.js';

/** Teams: upsert by code; settings columns are merged into the stored settings. */
export const teamStore: KindStore = {
  check(db) {
    return runChecks(db, duplicateJoin('code'), [duplicateCheck('code', 'code', 'team code')]);
  },

  write(db, ctx) {
    return upsertFromStage(
      db,
      {
        table: 'teams',
        conflict: 'code',
        joins: 'LEFT JOIN teams ex ON ex.code = s.code',
        importId: false,
        updatedAt: true,
        columns: [
          { name: 'code', value: 's.code' },
          { name: 'name', value: 's.name' },
          { name: 'timezone', value: "COALESCE(s.timezone, ex.timezone, 'Asia/Shanghai')" },
          { name: 'locale', value: "COALESCE(s.locale, ex.locale, 'zh-CN')" },
          { name: 'calendar_kind', value: "COALESCE(s.calendar_kind, ex.calendar_kind, 'cn')" },
          { name: 'legal_name', value: 'COALESCE(s.legal_name, ex.legal_name)' },
          { name: 'legal_address', value: 'COALESCE(s.legal_address, ex.legal_address)' },
          {
            name: 'settings',
            value: "COALESCE(ex.settings, '{}'::jsonb) || COALESCE(s.settings, '{}'::jsonb)",
          },
        ],
      },
      ctx,
    );
  },
};
