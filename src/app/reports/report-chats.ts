import type { DbOrTrx } from '../../db/connect.js';
import type { Platform } from '../../db/schema/index.js';

/** A chat a report goes to. */
export interface ReportChat {
  platform: Platform;
  chatId: string;
}

/**
 * Where a team's reports go on the configured platforms: its own report chats and the report chats
 * of every team; with none of those, its collection chats.
 */
export async function reportChats(
  db: DbOrTrx,
  platforms: readonly Platform[],
  teamId: number,
): Promise<ReportChat[]> {
  if (platforms.length === 0) return [];
  const rows = await db
    .selectFrom('channels')
    .select(['platform', 'platform_chat_id', 'purpose'])
    .where('platform', 'in', [...platforms])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('purpose', '=', 'reports'),
          eb.or([eb('team_id', '=', teamId), eb('team_id', 'is', null)]),
        ]),
        eb.and([eb('purpose', '=', 'collection'), eb('team_id', '=', teamId)]),
      ]),
    )
    .orderBy('id')
    .execute();
  const reports = rows.filter((r) => r.purpose === 'reports');
  return (reports.length > 0 ? reports : rows).map((r) => ({
    platform: r.platform,
    chatId: r.platform_chat_id,
  }));
}
