import { sql } from 'kysely';
import type { Message } from '../../chat/message.js';
import { privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { handOverLines, moveCollection } from '../../db/repositories/hand-over.repository.js';
import type { PersonRef, Target } from '../../domain/command/types.js';
import { type Messages, messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { money } from '../lists/labels.js';
import { totalsText } from '../lists/list-message.js';
import { sendToPerson } from '../publish.js';
import { findMentioned } from '../weekly/find-person.js';

type Found = { ok: true; ids: number[] | null } | { ok: false; text: string };

/** The team's customers named in the command, by code or name; null for "all of them". */
async function namedCustomers(app: AppContext, teamId: number, targets: readonly Target[]): Promise<Found> {
  if (targets.length === 0) return { ok: true, ids: null };
  const ids: number[] = [];
  for (const t of targets) {
    const row = await app.db
      .selectFrom('customers')
      .select('id')
      .where('team_id', '=', teamId)
      .where((eb) => eb.or([eb('external_id', '=', t.text), eb(sql`lower(name)`, '=', t.text.toLowerCase())]))
      .executeTakeFirst();
    if (!row) return { ok: false, text: t.text };
    ids.push(row.id);
  }
  return { ok: true, ids };
}

/** The successor's hand-over summary: what they now collect and everything still open on it. */
function summary(
  m: Messages,
  from: string,
  by: string,
  moved: { items: number; customers: number; totals: string },
  lines: Awaited<ReturnType<typeof handOverLines>>,
): Message {
  const parts = [
    m.handOver.summaryTitle(from, by),
    m.handOver.summaryCounts(moved.items, moved.customers, moved.totals),
  ];
  if (lines.length === 0) parts.push(m.handOver.nothingOpen);
  let section = '';
  for (const l of lines) {
    if (l.kind !== section) parts.push(m.handOver.section(l.kind));
    section = l.kind;
    const amount = l.amount !== null && l.currency ? money(l.amount, l.currency) : null;
    parts.push(m.handOver.line(l.customerName, l.invoiceNo, l.dueOn, amount));
  }
  const text = parts.join('\n');
  return { text, blocks: [{ type: 'text', text }] };
}

/**
 * `reassign @from @to [customer …]` (交接): a manager of the team, or finance, moves a collector's
 * open items, the customers they own and their open commitments, plans and disputes to a
 * successor in the same team, who gets a hand-over summary. Audited; a leaver may be handed over.
 */
export async function reassign(
  app: AppContext,
  actor: Actor,
  input: { from: PersonRef; to: PersonRef; customers: Target[] },
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actor.role !== 'manager' && actor.role !== 'admin') return privately(m.handOver.managersOnly);
  const from = await findMentioned(app.db, input.from, true);
  if (!from) return privately(m.handOver.noPerson(input.from.handle));
  const to = await findMentioned(app.db, input.to, true);
  if (!to) return privately(m.handOver.noPerson(input.to.handle));
  if (from.id === to.id) return privately(m.handOver.samePerson);
  const successor = await app.db
    .selectFrom('people')
    .select('active')
    .where('id', '=', to.id)
    .executeTakeFirstOrThrow();
  if (!successor.active) return privately(m.handOver.successorLeft(to.name));
  const teamId = from.teamId;
  if (teamId === null || (actor.role === 'manager' && actor.teamId !== teamId))
    return privately(m.handOver.managersOnly);
  if (to.teamId !== teamId) return privately(m.handOver.otherTeam(to.name));
  const named = await namedCustomers(app, teamId, input.customers);
  if (!named.ok) return privately(m.handOver.noCustomer(named.text));
  const now = app.clock.now();
  const answer = await app.db.transaction().execute(async (trx) => {
    const { counts, customerIds } = await moveCollection(trx, {
      fromId: from.id,
      toId: to.id,
      teamId,
      customerIds: named.ids,
      now,
    });
    if (counts.items === 0 && counts.customers === 0) return m.handOver.nothingToMove(from.name);
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'person.reassign',
      entity: 'person',
      entityId: from.id,
      before: { collector: from.id },
      after: { collector: to.id, customerIds, ...counts },
    });
    const open = await trx
      .selectFrom('receivables')
      .select(['outstanding', 'currency'])
      .where('collector_id', '=', to.id)
      .where('customer_id', 'in', customerIds)
      .where('status', '=', 'open')
      .execute();
    const team = await trx
      .selectFrom('teams')
      .select('locale')
      .where('id', '=', teamId)
      .executeTakeFirstOrThrow();
    const lines = await handOverLines(trx, to.id, customerIds);
    const message = summary(
      messagesFor(team.locale),
      from.name,
      actor.name,
      { items: counts.items, customers: counts.customers, totals: totalsText(open) || '0' },
      lines,
    );
    // The nth hand-over of this person keys its summary, so each is delivered once.
    const nth = await trx
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'person.reassign')
      .where('entity_id', '=', String(from.id))
      .executeTakeFirstOrThrow();
    const ctx = { db: trx, platforms: app.platforms, now };
    await sendToPerson(ctx, to.id, `handover:${from.id}:${Number(nth.n)}`, message);
    return m.handOver.moved(from.name, to.name, counts.items, counts.customers, counts.commitments);
  });
  app.nudge();
  return privately(answer);
}
