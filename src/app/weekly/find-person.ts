import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/connect.js';
import type { PersonRef } from '../../domain/command/types.js';

/** A roster person a mention means. */
export interface MentionedPerson {
  id: number;
  name: string;
  teamId: number | null;
}

/**
 * Finds the person an @mention means: e-mail name, e-mail, roster name, or a bound chat id.
 * Only active people, unless `withLeavers` (a hand-over names someone who has left).
 */
export async function findMentioned(
  db: DbOrTrx,
  ref: PersonRef,
  withLeavers = false,
): Promise<MentionedPerson | null> {
  const handle = ref.handle.trim();
  const lowered = handle.toLowerCase();
  const row = await db
    .selectFrom('people as p')
    .select(['p.id', 'p.name', 'p.team_id'])
    .$if(!withLeavers, (q) => q.where('p.active', '=', true))
    .where((eb) =>
      eb.or([
        eb(sql`lower(split_part(p.email, '@', 1))`, '=', lowered),
        eb(sql`lower(p.email)`, '=', lowered),
        eb('p.name', '=', handle),
        eb.exists(
          eb
            .selectFrom('chat_identities as ci')
            .select('ci.id')
            .whereRef('ci.person_id', '=', 'p.id')
            .where('ci.platform_user_id', '=', handle),
        ),
      ]),
    )
    // An active namesake comes before a leaver.
    .orderBy('p.active', 'desc')
    .orderBy('p.id')
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, teamId: row.team_id } : null;
}
