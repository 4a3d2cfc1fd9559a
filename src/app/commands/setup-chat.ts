import type { ChannelRef } from '../../chat/interaction.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { bindTeamByEmail } from '../identity/bind-by-email.js';
import { searchable } from './plain-text.js';

/**
 * `setup <team>` (finance admins only): binds the chat the command was typed in to the team as
 * its collection chat, so the daily lists go there; `setup <team> reports` as its report chat,
 * `setup all reports` (team null) as the report chat of every team. A chat bound elsewhere is
 * moved; the audit log keeps the team before and after.
 */
export async function setupChat(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  teamText: string | null,
  purpose: 'collection' | 'reports' = 'collection',
): Promise<string> {
  const m = messagesFor(actor.locale);
  const bound = await bindChat(app, actor, channel, teamText, purpose);
  if (!bound.teamId || !channel || purpose !== 'collection') return bound.answer;
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
  teamText: string | null,
  purpose: 'collection' | 'reports',
): Promise<{ answer: string; teamId?: number }> {
  const m = messagesFor(actor.locale);
  if (actor.role !== 'admin') return { answer: m.commands.setupAdminOnly };
  if (!channel) return { answer: m.commands.setupNeedsChat };
  const wanted = (teamText ?? '').trim().toLowerCase();
  const teams = await app.db.selectFrom('teams').select(['id', 'code', 'name']).orderBy('id').execute();
  const found = searchable(wanted)
    ? teams.find((t) => t.code.toLowerCase() === wanted || t.name.toLowerCase() === wanted)
    : undefined;
  // Every team's report chat has no team of its own.
  const team = teamText === null ? { id: null, code: null, name: m.reports.allTeams } : found;
  if (!team)
    return {
      answer: m.commands.setupNoTeam(
        teamText ?? '',
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
      .leftJoin('teams', 'teams.id', 'channels.team_id')
      .select(['channels.id', 'channels.team_id', 'channels.purpose', 'teams.name'])
      .where('channels.platform', '=', where.platform)
      .where('channels.workspace_id', '=', where.workspace_id)
      .where('channels.platform_chat_id', '=', where.platform_chat_id)
      // Two admins binding the same chat at once must not both insert it.
      .forUpdate('channels')
      .executeTakeFirst();
    const teamId = team.id ?? undefined;
    if (current && current.team_id === team.id && current.purpose === purpose)
      return {
        answer:
          purpose === 'reports'
            ? m.reports.setupReportsAlready(team.name)
            : m.commands.setupAlready(team.name),
        teamId,
      };
    const after = { teamId: team.id, team: team.code, purpose, ...where };
    const done =
      purpose === 'collection'
        ? m.commands.setupBound(team.name)
        : team.id === null
          ? m.reports.setupReportsAll
          : m.reports.setupReports(team.name);
    if (current) {
      await trx
        .updateTable('channels')
        .set({ team_id: team.id, purpose })
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
      const moved = current.team_id !== team.id && current.name !== null && purpose === 'collection';
      return { answer: moved ? m.commands.setupMoved(current.name ?? '', team.name) : done, teamId };
    }
    const created = await trx
      .insertInto('channels')
      .values({ team_id: team.id, purpose, created_at: now, ...where })
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
    return { answer: done, teamId };
  });
}
