import { sql } from 'kysely';
import type { ChannelRef } from '../../chat/interaction.js';
import { privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { teamOfConversation } from '../../db/repositories/chat-team.repository.js';
import { addCreditHistory } from '../../db/repositories/credit-watch.repository.js';
import type { AmountArg, Target } from '../../domain/command/types.js';
import { compareLocalDate, type LocalDate, localDateIn } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { composeLetter } from '../letters/compose-letter.js';
import { DOCX_MIME, letterDocx } from '../letters/letter-document.js';
import { money } from '../lists/labels.js';
import { totalsText } from '../lists/list-message.js';
import { uploadToTeam } from '../publish.js';

type ReplyArg = { kind: 'confirmed' | 'disputed'; amount: AmountArg | null; on: LocalDate };

/**
 * `confirm <customer>` (对账): writes the balance confirmation of every open item with its reply
 * slip into the team's chat and keeps the balances stated; `confirm <customer> confirmed | disputed
 * <amount> [date]` records the customer's reply to the last one. Audited, kept in the credit history.
 */
export async function confirmBalance(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  input: { target: Target; reply: ReplyArg | null },
): Promise<Reply> {
  const m = messagesFor(actor.locale).balance;
  const team = await teamOfConversation(app.db, channel, actor.teamId);
  const text = input.target.text.trim();
  const customer = await app.db
    .selectFrom('customers')
    .select(['id', 'name', 'team_id', 'owner_id'])
    .$if(team !== undefined, (q) => q.where('team_id', '=', team?.id as number))
    .where((eb) => eb.or([eb('external_id', '=', text), eb(sql`lower(name)`, '=', text.toLowerCase())]))
    .executeTakeFirst();
  if (!customer) return privately(m.noCustomer(text));
  const allowed =
    actor.role === 'admin' ||
    (actor.role === 'manager' && actor.teamId === customer.team_id) ||
    customer.owner_id === actor.personId;
  if (!allowed) return privately(m.notAllowed);
  const now = app.clock.now();
  const timezone = team?.timezone ?? actor.timezone;
  const today = localDateIn(now, timezone);
  if (input.reply) return recordReply(app, actor, customer, input.reply, now);
  const open = await app.db
    .selectFrom('receivables')
    .select(['currency', 'outstanding'])
    .where('customer_id', '=', customer.id)
    .where('status', '=', 'open')
    .where('outstanding', '>', 0)
    .execute();
  if (open.length === 0) return privately(m.nothingOpen(customer.name));
  const balances = new Map<string, number>();
  for (const o of open) balances.set(o.currency, (balances.get(o.currency) ?? 0) + o.outstanding);
  await app.db.transaction().execute(async (trx) => {
    const rows = await trx
      .insertInto('balance_confirmations')
      .values(
        [...balances].map(([currency, balance]) => ({
          customer_id: customer.id,
          as_of: today,
          currency,
          balance,
          created_by: actor.personId,
          created_at: now,
        })),
      )
      .returning('id')
      .execute();
    const detail = { asOf: today, balances: Object.fromEntries(balances) };
    await addCreditHistory(trx, {
      customerId: customer.id,
      kind: 'balance_confirmation',
      detail,
      personId: actor.personId,
      at: now,
    });
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'balance_confirmation.send',
      entity: 'customer',
      entityId: customer.id,
      after: { confirmations: rows.map((r) => r.id), ...detail },
    });
    const letter = await composeLetter(trx, {
      customerId: customer.id,
      teamId: customer.team_id,
      kind: 'balance_confirmation',
      today,
    });
    const bytes = await letterDocx(letter.content);
    const file = {
      name: letter.name,
      title: letter.title,
      mimeType: DOCX_MIME,
      contentBase64: bytes.toString('base64'),
    };
    const ctx = { db: trx, platforms: app.platforms, now };
    await uploadToTeam(ctx, customer.team_id, `balance-confirmation:${rows[0]?.id}`, file);
  });
  app.nudge();
  return privately(m.sent(customer.name, today, totalsText(open)));
}

async function recordReply(
  app: AppContext,
  actor: Actor,
  customer: { id: number; name: string },
  reply: ReplyArg,
  now: Date,
): Promise<Reply> {
  const m = messagesFor(actor.locale).balance;
  const waiting = await app.db
    .selectFrom('balance_confirmations')
    .select(['id', 'as_of', 'currency', 'balance'])
    .where('customer_id', '=', customer.id)
    .where('reply', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const latest = waiting[0];
  if (!latest) return privately(m.noneWaiting(customer.name));
  if (compareLocalDate(reply.on, latest.as_of) < 0) return privately(m.beforeSent(reply.on, latest.as_of));
  // The reply answers the last confirmation sent: every currency stated on that day.
  const batch = waiting.filter((w) => w.as_of === latest.as_of);
  const disputed =
    reply.kind === 'disputed' ? (batch.find((b) => b.currency === reply.amount?.currency) ?? latest) : null;
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('balance_confirmations')
      .set({ reply: reply.kind, replied_on: reply.on, recorded_by: actor.personId })
      .where(
        'id',
        'in',
        batch.map((b) => b.id),
      )
      .execute();
    if (disputed)
      await trx
        .updateTable('balance_confirmations')
        .set({ disputed_amount: reply.amount?.minor ?? null })
        .where('id', '=', disputed.id)
        .execute();
    const detail = {
      asOf: latest.as_of,
      reply: reply.kind,
      on: reply.on,
      theirs: reply.amount?.minor ?? null,
      currency: disputed?.currency ?? null,
    };
    await addCreditHistory(trx, {
      customerId: customer.id,
      kind: 'balance_reply',
      detail,
      personId: actor.personId,
      at: now,
    });
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'balance_confirmation.reply',
      entity: 'customer',
      entityId: customer.id,
      after: { confirmations: batch.map((b) => b.id), ...detail },
    });
  });
  const total = totalsText(batch.map((b) => ({ outstanding: b.balance, currency: b.currency })));
  if (!disputed) return privately(m.recordedConfirmed(customer.name, reply.on, total));
  const theirs = money(reply.amount?.minor ?? 0, disputed.currency);
  return privately(
    m.recordedDisputed(customer.name, reply.on, theirs, money(disputed.balance, disputed.currency)),
  );
}
