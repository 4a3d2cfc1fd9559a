import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, DateColumn } from './org.js';

export type ReportKind = 'weekly' | 'monthly';

/** The figures of a report as it was sent for a team and period. */
export interface ReportSnapshotTable {
  id: Generated<number>;
  team_id: number;
  kind: ReportKind;
  /** 2026-W47 or 2026-11. */
  period: string;
  as_of: DateColumn;
  figures: ColumnType<unknown, string, string>;
  sent_at: CreatedAt;
}

export type ReportSnapshotRow = Selectable<ReportSnapshotTable>;
