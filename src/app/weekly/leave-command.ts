import { recordAudit } from '../../db/repositories/audit.repository.js';
import { insertLeave } from '../../db/repositories/leave.repository.js';
import type { Command } from '../../domain/command/types.js';
import { localDateIn } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { findMentioned, type MentionedPerson } from './find-person.js';

/**
 * `leave [@person] <from> <to> [delegate @person]`: records a leave. Only managers (for their
 * team) and finance record one for someone else; the delegate is a colleague of the same team.
 */
export async function recordLeave(
  app: AppContext,
  actor: Actor,
  command: Extract<Command, { kind: 'leave' }>,
): Promise<string> {
  const m = messagesFor(actor.locale);
  let subject: MentionedPerson = { id: actor.personId, name: actor.name, teamId: actor.teamId };
  if (command.person) {
    const found = await findMentioned(app.db, command.person);
    if (!found) return m.weekly.leave.noPerson(command.person.raw);
    if (found.id !== actor.personId) {
      if (actor.role === 'collector') return m.weekly.leave.managerOnly;
      if (actor.role === 'manager' && found.teamId !== actor.teamId)
        return m.weekly.leave.otherTeam(found.name);
    }
    subject = found;
  }
  let delegate: MentionedPerson | null = null;
  if (command.delegate) {
    delegate = await findMentioned(app.db, command.delegate);
    if (!delegate) return m.weekly.leave.noPerson(command.delegate.raw);
    if (delegate.id === subject.id) return m.weekly.leave.selfDelegate;
    if (delegate.teamId !== subject.teamId) return m.weekly.leave.otherTeam(delegate.name);
  }
  const now = app.clock.now();
  if (command.to < localDateIn(now, actor.timezone)) return m.weekly.leave.ended(command.to);
  await app.db.transaction().execute(async (trx) => {
    const id = await insertLeave(trx, {
      personId: subject.id,
      fromOn: command.from,
      toOn: command.to,
      delegateId: delegate?.id ?? null,
      now,
    });
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'leave.record',
      entity: 'leave',
      entityId: id,
      after: { personId: subject.id, from: command.from, to: command.to, delegateId: delegate?.id ?? null },
    });
  });
  return subject.id === actor.personId
    ? m.weekly.leave.saved(command.from, command.to, delegate?.name ?? null)
    : m.weekly.leave.savedFor(subject.name, command.from, command.to, delegate?.name ?? null);
}
