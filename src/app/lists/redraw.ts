import type { DbOrTrx } from '../../db/connect.js';
import { instantAt } from '../../domain/local-time.js';
import { type PublishContext, updateOnTeam } from '../publish.js';
import { coversOn, loadItemViews, renderContextOf } from './daily-list.js';
import { collectorMessage } from './list-message.js';

/** Redraws one posted list part from the database, so answers show as ✓ in place. */
export async function redrawListMessage(ctx: PublishContext, key: string): Promise<void> {
  const db: DbOrTrx = ctx.db;
  const part = await db.selectFrom('list_messages').selectAll().where('key', '=', key).executeTakeFirst();
  if (!part) return;
  const team = await db
    .selectFrom('teams')
    .selectAll()
    .where('id', '=', part.team_id)
    .executeTakeFirstOrThrow();
  const position = new Map(part.item_ids.map((id, i) => [id, i]));
  // Keep the order people saw this morning, whatever has changed since.
  const since = instantAt(part.on_date, '00:00', team.timezone);
  const { items: views, answers } = await loadItemViews(
    db,
    { teamId: team.id, itemIds: part.item_ids },
    part.on_date,
    since,
  );
  const items = views.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const message = collectorMessage(
    part.kind,
    part.person_id,
    items,
    answers,
    part.on_date,
    renderContextOf(team),
    part.person_id === null
      ? undefined
      : (await coversOn(db, part.on_date, [part.person_id])).get(part.person_id),
  );
  await updateOnTeam(ctx, team.id, key, message);
}
