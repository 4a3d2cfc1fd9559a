import type { DbOrTrx } from '../connect.js';
import type { ReportKind } from '../schema/index.js';

/** The figures stored when a team's report for a period was sent; null when it never was. */
export async function findSnapshot(
  db: DbOrTrx,
  teamId: number,
  kind: ReportKind,
  period: string,
): Promise<{ figures: unknown; sentAt: Date; asOf: string } | null> {
  const row = await db
    .selectFrom('report_snapshots')
    .select(['figures', 'sent_at', 'as_of'])
    .where('team_id', '=', teamId)
    .where('kind', '=', kind)
    .where('period', '=', period)
    .executeTakeFirst();
  return row ? { figures: row.figures, sentAt: row.sent_at, asOf: row.as_of } : null;
}

/** Keeps a sent report's figures; the first send of a period wins, so a re-run shows the same numbers. */
export async function saveSnapshot(
  db: DbOrTrx,
  snapshot: {
    teamId: number;
    kind: ReportKind;
    period: string;
    asOf: string;
    figures: unknown;
    sentAt: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('report_snapshots')
    .values({
      team_id: snapshot.teamId,
      kind: snapshot.kind,
      period: snapshot.period,
      as_of: snapshot.asOf,
      figures: JSON.stringify(snapshot.figures),
      sent_at: snapshot.sentAt,
    })
    .onConflict((oc) => oc.columns(['team_id', 'kind', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
