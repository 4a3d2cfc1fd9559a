import type { ChannelRef, PlatformUser } from '../chat/interaction.js';
import type { DbOrTrx } from '../db/connect.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { teamOfConversation } from '../db/repositories/chat-team.repository.js';
import { coveredBy } from '../db/repositories/leave.repository.js';
import type { Role } from '../db/schema/index.js';
import { localDateIn } from '../domain/local-date.js';
import { asLocale, type Locale } from '../locale/index.js';

/** The person behind an interaction, as the roster knows them. */
export interface Actor {
  personId: number;
  name: string;
  email: string;
  role: Role;
  teamId: number | null;
  /** The language to answer in: the chat's team, else the person's team. */
  locale: Locale;
  /** Where relative dates ("明天", "fri") are read: the chat's team, else the person's team. */
  timezone: string;
  /** Collectors on leave today whose items this person covers as their delegate. */
  coveringFor?: readonly number[];
}

/**
 * Finds the roster person for a platform user: by their bound chat identity, else by the e-mail
 * the platform reports (binding it for next time). Unknown or inactive people get null.
 */
export async function resolveActor(
  db: DbOrTrx,
  user: PlatformUser,
  channel: ChannelRef | null,
  now: Date,
): Promise<Actor | null> {
  let person = await db
    .selectFrom('chat_identities as ci')
    .innerJoin('people as p', 'p.id', 'ci.person_id')
    .select(['p.id', 'p.name', 'p.email', 'p.role', 'p.team_id', 'p.active'])
    .where('ci.platform', '=', user.platform)
    .where('ci.workspace_id', '=', user.workspaceId)
    .where('ci.platform_user_id', '=', user.userId)
    .executeTakeFirst();
  if (!person && user.email) {
    person = await db
      .selectFrom('people')
      .select(['id', 'name', 'email', 'role', 'team_id', 'active'])
      .where('email', '=', user.email.trim().toLowerCase())
      .executeTakeFirst();
    if (person) {
      await db
        .insertInto('chat_identities')
        .values({
          person_id: person.id,
          platform: user.platform,
          workspace_id: user.workspaceId,
          platform_user_id: user.userId,
          created_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await recordAudit(db, {
        at: now,
        actorId: person.id,
        actorLabel: 'person',
        action: 'identity.bind',
        entity: 'person',
        entityId: person.id,
        after: { platform: user.platform, userId: user.userId },
      });
    }
  }
  if (!person?.active) return null;
  const team = await teamOfConversation(db, channel, person.team_id);
  const timezone = team?.timezone ?? 'Asia/Shanghai';
  return {
    personId: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    teamId: person.team_id,
    locale: asLocale(team?.locale ?? 'zh-CN'),
    timezone,
    coveringFor: await coveredBy(db, person.id, localDateIn(now, timezone)),
  };
}
