import type { DbOrTrx } from '../db/connect.js';
import { recordAudit } from '../db/repositories/audit.repository.js';

export interface SandboxDirectory {
  /** One chat per team (its id is the team code), and the report chat of every team. */
  channels: { chatId: string; name: string; teamId: number | null }[];
  /** Everyone on the roster; the sandbox user id is the e-mail address. */
  people: { userId: string; name: string; role: string; teamName: string | null }[];
}

/** The sandbox chat finance reads every team's reports in. */
export const SANDBOX_REPORT_CHAT = 'reports';

/**
 * The sandbox workspace mirrors the roster: every team gets a chat and every active person an
 * identity, bound on first use so the bot can post and mention without any set-up. One more chat
 * is the report chat of every team, where the weekly and monthly reports arrive.
 */
export async function sandboxDirectory(db: DbOrTrx, now: Date): Promise<SandboxDirectory> {
  const teams = await db.selectFrom('teams').select(['id', 'code', 'name']).orderBy('id').execute();
  const people = await db
    .selectFrom('people')
    .leftJoin('teams', 'teams.id', 'people.team_id')
    .select(['people.id', 'people.email', 'people.name', 'people.role', 'teams.name as team_name'])
    .where('people.active', '=', true)
    .orderBy('people.team_id')
    .orderBy('people.role', 'desc')
    .orderBy('people.name')
    .execute();
  const newChannels = teams.length
    ? await db
        .insertInto('channels')
        .values(
          teams.map((t) => ({
            team_id: t.id,
            platform: 'sandbox' as const,
            platform_chat_id: t.code,
            purpose: 'collection' as const,
            created_at: now,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute()
    : [];
  if (teams.length > 0)
    newChannels.push(
      ...(await db
        .insertInto('channels')
        .values({
          team_id: null,
          platform: 'sandbox',
          platform_chat_id: SANDBOX_REPORT_CHAT,
          purpose: 'reports',
          created_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute()),
    );
  const newIdentities = people.length
    ? await db
        .insertInto('chat_identities')
        .values(
          people.map((p) => ({
            person_id: p.id,
            platform: 'sandbox' as const,
            platform_user_id: p.email,
            created_at: now,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute()
    : [];
  if (newChannels.length + newIdentities.length > 0) {
    await recordAudit(db, {
      at: now,
      actorLabel: 'system',
      action: 'sandbox.bind',
      entity: 'workspace',
      after: { channels: newChannels.length, identities: newIdentities.length },
    });
  }
  return {
    channels: [
      ...teams.map((t): SandboxDirectory['channels'][number] => ({
        chatId: t.code,
        name: t.name,
        teamId: t.id,
      })),
      ...(teams.length > 0
        ? [{ chatId: SANDBOX_REPORT_CHAT, name: 'Reports · 报表 (all teams)', teamId: null }]
        : []),
    ],
    people: people.map((p) => ({ userId: p.email, name: p.name, role: p.role, teamName: p.team_name })),
  };
}
