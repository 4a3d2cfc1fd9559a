import { sql } from 'kysely';
import type { ChannelRef } from '../../chat/interaction.js';
import { privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { teamOfConversation } from '../../db/repositories/chat-team.repository.js';
import type { CustomerStatusWord, Target } from '../../domain/command/types.js';
import { localDateIn } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { watchCreditNow } from '../credit/credit-watch.js';

/**
 * `customer <customer> hold | legal | active`: finance puts a customer on credit hold, hands it to
 * legal (its items leave the group's daily chase) or back to normal collection. Audit-logged.
 */
export async function setCustomerStatus(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  target: Target,
  status: CustomerStatusWord,
): Promise<Reply> {
  const m = messagesFor(actor.locale).customers;
  if (actor.role !== 'admin') return privately(m.adminOnly);
  const text = target.text.trim();
  // Customer codes and names are unique only within a team: the chat's team decides whose is meant.
  const team = await teamOfConversation(app.db, channel, actor.teamId);
  const customers = () =>
    app.db
      .selectFrom('customers')
      .select(['id', 'name', 'external_id', 'status'])
      .$if(team !== undefined, (q) => q.where('team_id', '=', team?.id as number));
  const exact = await customers()
    .where((eb) => eb.or([eb('external_id', '=', text), eb(sql`lower(name)`, '=', text.toLowerCase())]))
    .execute();
  const matches = exact.length
    ? exact
    : await customers()
        .where(sql<boolean>`strpos(lower(name), ${text.toLowerCase()}) > 0`)
        .orderBy('name')
        .limit(11)
        .execute();
  if (matches.length === 0) return privately(m.noCustomer(text));
  if (matches.length > 1) {
    const names = matches
      .slice(0, 10)
      .map((c) => `${c.name} (${c.external_id})`)
      .join(', ');
    return privately(m.severalCustomers(text, names));
  }
  const customer = matches[0] as (typeof matches)[number];
  if (customer.status === status) return privately(m.unchanged(customer.name, m.status(status)));
  const now = app.clock.now();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('customers')
      .set({
        status,
        updated_at: now,
        // A hand-set hold says who set it and when; any other status clears that.
        hold_set_by: status === 'credit_hold' ? actor.personId : null,
        hold_set_at: status === 'credit_hold' ? now : null,
      })
      .where('id', '=', customer.id)
      .execute();
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'customer.status',
      entity: 'customer',
      entityId: customer.id,
      before: { status: customer.status },
      after: { status },
    });
    const team = await trx
      .selectFrom('teams as t')
      .innerJoin('customers as c', 'c.team_id', 't.id')
      .selectAll('t')
      .where('c.id', '=', customer.id)
      .executeTakeFirstOrThrow();
    // A hold set or lifted by hand is announced at once, like one the ledger brings about.
    await watchCreditNow(
      { db: trx, platforms: app.platforms, now },
      team,
      localDateIn(now, team.timezone),
      actor.personId,
    );
  });
  app.nudge();
  return privately(m.changed(customer.name, m.status(customer.status), m.status(status)));
}
