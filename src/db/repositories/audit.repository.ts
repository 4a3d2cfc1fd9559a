import type { DbOrTrx } from '../connect.js';

/** One change worth keeping: who did what to which record, with the record before and after. */
export interface AuditEntry {
  at: Date;
  actorId?: number | null;
  /** 'person', 'import', 'system' or 'scheduler'. */
  actorLabel: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  importId?: number | null;
}

/** Appends entries to the audit log inside the caller's transaction. */
export async function recordAudit(db: DbOrTrx, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        at: e.at,
        actor_id: e.actorId ?? null,
        actor_label: e.actorLabel,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId == null ? null : String(e.entityId),
        before: e.before === undefined ? null : JSON.stringify(e.before),
        after: e.after === undefined ? null : JSON.stringify(e.after),
        import_id: e.importId ?? null,
      })),
    )
    .execute();
}
