import type { ChannelRef } from '../../chat/interaction.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import type { AppContext } from '../context.js';

/** Who of a team the platform's directory found, and the names it did not find. */
export interface BindOutcome {
  found: number;
  missing: string[];
}

/**
 * Binds the team's people who are not yet known on the chat's platform to their accounts there,
 * by e-mail, so prompts reach them and mentions notify them before they ever write to Duebot.
 * Returns null where the platform has no directory (the sandbox binds everyone itself).
 */
export async function bindTeamByEmail(
  app: AppContext,
  teamId: number,
  channel: ChannelRef,
  actorId: number,
): Promise<BindOutcome | null> {
  const unbound = await app.db
    .selectFrom('people as p')
    .select(['p.id', 'p.name', 'p.email'])
    .where('p.team_id', '=', teamId)
    .where('p.active', '=', true)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('chat_identities as ci')
            .select('ci.person_id')
            .whereRef('ci.person_id', '=', 'p.id')
            .where('ci.platform', '=', channel.platform)
            .where('ci.workspace_id', '=', channel.workspaceId),
        ),
      ),
    )
    .orderBy('p.name')
    .execute();
  if (unbound.length === 0) return { found: 0, missing: [] };
  const ids = await app.findUsersByEmail?.(
    channel.platform,
    unbound.map((p) => p.email.toLowerCase()),
  );
  if (!ids) return null;
  const now = app.clock.now();
  let found = 0;
  const missing: string[] = [];
  for (const person of unbound) {
    const userId = ids.get(person.email.toLowerCase());
    if (!userId) {
      missing.push(person.name);
      continue;
    }
    const inserted = await app.db
      .insertInto('chat_identities')
      .values({
        person_id: person.id,
        platform: channel.platform,
        workspace_id: channel.workspaceId,
        platform_user_id: userId,
        created_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('person_id')
      .executeTakeFirst();
    if (!inserted) continue;
    found += 1;
    await recordAudit(app.db, {
      at: now,
      actorId,
      actorLabel: 'person',
      action: 'identity.bind',
      entity: 'person',
      entityId: person.id,
      after: { platform: channel.platform, userId, by: 'e-mail directory' },
    });
  }
  return { found, missing };
}
