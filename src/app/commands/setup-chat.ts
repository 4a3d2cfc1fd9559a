import type { ChannelRef } from '../../chat/interaction.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { bindTeamByEmail } from '../identity/bind-by-email.js';
import { searchable } from './plain-text.js';

/**
 * `setup <team>` (finance admins only): binds the chat the command was typed in to the team as
 * its collection chat, so the daily lists go there. A chat bound elsewhere is moved; the audit
 * log keeps the team before and after.
 */
export async function setupChat(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  teamText: string,
): Promise<string> {
  const m = messagesFor(actor.locale);
  const bound = await bindChat(app, actor, channel, teamText);
  if (!bound.teamId || !channel) return bound.answer;
  // Outside the binding's transaction: the directory is a network call per person.
  const people = await bindTeamByEmail(app, bound.teamId, channel, actor.personId).catch((err: unknown) => {
    // The chat is bound either way; people are then recognised when they first write.
    app.logger.warn({ err, teamId: bound.teamId }, 'could not look the team up in the platform directory');
    return null;
  });
  const more = people ? m.commands.setupPeople(people.found, people.missing) : '';
  return more ? `${bound.answer}\n${more}` : bound.answer;
}

async function bindChat(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  teamText: string,
): Promise<{ answer: string; teamId?: number }> {
  const m = messagesFor(actor.locale);
  if (actor.role !== 'admin') return { answer: m.commands.setupAdminOnly };
  if (!channel) return { answer: m.commands.setupNeedsChat };
  const wanted = teamText.trim().toLowerCase();
  const teams = await app.db.selectFrom('teams').select(['id', 'code', 'name']).orderBy('id').execute();
  const team = searchable(wanted)
    ? teams.find((t) => t.code.toLowerCase() === wanted || t.name.toLowerCase() === wanted)
    : undefined;
  if (!team)
    return {
      answer: m.commands.setupNoTeam(
        teamText,
        teams.map((t) => t.code),
      ),
    };
  const now = app.clock.now();
  return app.db.transaction().execute(async (trx) => {
    const where = {
      platform: channel.platform,
      workspace_id: channel.workspaceId,
      platform_chat_id: channel.chatId,
    };
    const current = await trx
      .selectFrom('channels')
      .innerJoin('teams', 'teams.id', 'channels.team_id')
      .select(['channels.id', 'channels.team_id', 'channels.purpose', 'teams.name'])
      .where('channels.platform', '=', where.platform)
      .where('channels.workspace_id', '=', where.workspace_id)
      .where('channels.platform_chat_id', '=', where.platform_chat_id)
      // Two admins binding the same chat at once must not both insert it.
      .forUpdate()
      .executeTakeFirst();
    if (current?.team_id === team.id && current.purpose === 'collection')
      return { answer: m.commands.setupAlready(team.name), teamId: team.id };
    const after = { teamId: team.id, team: team.code, purpose: 'collection', ...where };
    if (current) {
      await trx
        .updateTable('channels')
        .set({ team_id: team.id, purpose: 'collection' })
        .where('id', '=', current.id)
        .execute();
      await recordAudit(trx, {
        at: now,
        actorId: actor.personId,
        actorLabel: 'person',
        action: 'channel.move',
        entity: 'channel',
        entityId: current.id,
        before: { teamId: current.team_id, purpose: current.purpose, ...where },
        after,
      });
      return { answer: m.commands.setupMoved(current.name, team.name), teamId: team.id };
    }
    const created = await trx
      .insertInto('channels')
      .values({ team_id: team.id, purpose: 'collection', created_at: now, ...where })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'channel.bind',
      entity: 'channel',
      entityId: created.id,
      after,
    });
    return { answer: m.commands.setupBound(team.name), teamId: team.id };
  });
}
