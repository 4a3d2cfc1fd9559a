import { privately, type Reply } from '../../chat/reply.js';
import type { DbOrTrx } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import {
  type ClaimForDecision,
  latestListKeyOf,
  lockClaim,
  markClaimDecided,
} from '../../db/repositories/claim.repository.js';
import { recordProvisionalPayment } from '../../db/repositories/claim-payments.repository.js';
import { type Messages, messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import { type PublishContext, sendToPerson, updateDirects } from '../publish.js';
import { CLAIM_CONFIRM, parseClaimButtonValue } from './claim-buttons.js';

/** Confirms a claim: a provisional payment lowers the item's balance; returns what finance and the collector are told. */
async function confirm(
  trx: DbOrTrx,
  actor: Actor,
  claim: ClaimForDecision,
  now: Date,
  m: Messages,
  tm: Messages,
): Promise<{ reply: string; news: string }> {
  const amount = money(claim.amount, claim.currency);
  const outcome = await recordProvisionalPayment(trx, claim, now);
  await markClaimDecided(trx, claim.id, 'confirmed', actor.personId, now);
  const audit = { at: now, actorId: actor.personId, actorLabel: 'person' };
  await recordAudit(
    trx,
    {
      ...audit,
      action: 'paid_claim.confirm',
      entity: 'paid_claim',
      entityId: claim.id,
      before: { state: 'pending' },
      after: { state: 'confirmed', payment: outcome },
    },
    ...(outcome.kind === 'recorded'
      ? [
          {
            ...audit,
            action: 'payment.provisional',
            entity: 'payment',
            entityId: outcome.paymentId,
            after: outcome,
          },
        ]
      : []),
  );
  if (outcome.kind === 'on_record') {
    const reference = claim.reference ?? '';
    return { reply: m.claims.onRecord(reference), news: tm.claims.onRecord(reference) };
  }
  const left = money(outcome.outstanding, claim.currency);
  return {
    reply: outcome.closed
      ? m.claims.confirmedClosed(claim.customerName, claim.invoiceNo, amount)
      : m.claims.confirmed(claim.customerName, claim.invoiceNo, amount, left),
    news: tm.claims.toCollectorConfirmed(actor.name, claim.customerName, claim.invoiceNo, amount, left),
  };
}

/** Rejects a claim: the item stops awaiting finance and goes back on the collector's list. */
async function reject(
  trx: DbOrTrx,
  actor: Actor,
  claim: ClaimForDecision,
  now: Date,
  m: Messages,
  tm: Messages,
): Promise<{ reply: string; news: string }> {
  await markClaimDecided(trx, claim.id, 'rejected', actor.personId, now);
  await recordAudit(trx, {
    at: now,
    actorId: actor.personId,
    actorLabel: 'person',
    action: 'paid_claim.reject',
    entity: 'paid_claim',
    entityId: claim.id,
    before: { state: 'pending' },
    after: { state: 'rejected' },
  });
  const amount = money(claim.amount, claim.currency);
  return {
    reply: m.claims.rejected(claim.customerName, claim.invoiceNo),
    news: tm.claims.toCollectorRejected(
      actor.name,
      claim.customerName,
      claim.invoiceNo,
      amount,
      claim.paidOn,
    ),
  };
}

/** Tells the item's collector, and whoever reported the claim, what finance decided. */
async function tellCollector(ctx: PublishContext, actor: Actor, claim: ClaimForDecision, news: string) {
  const people = new Set([claim.collectorId, claim.personId]);
  for (const personId of people) {
    if (personId === null || personId === actor.personId) continue;
    await sendToPerson(ctx, personId, `paid-claim:${claim.id}:decision:p${personId}`, {
      text: news,
      blocks: [{ type: 'text', text: news }],
    });
  }
}

/**
 * Finance's Confirmed / Not found on an "already paid" claim: decided once, by finance only,
 * audit-logged, told to the collector, and the posted list part redrawn to show the item's new state.
 */
export async function onClaimButton(
  app: AppContext,
  actor: Actor,
  actionId: string,
  value: string,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const id = parseClaimButtonValue(value);
  if (!id) return privately(m.errors.unknownAction);
  if (actor.role !== 'admin') return privately(m.claims.adminOnly);
  const now = app.clock.now();
  const answer = await app.db.transaction().execute(async (trx) => {
    const claim = await lockClaim(trx, id);
    if (!claim) return m.errors.unknownAction;
    if (claim.state !== 'pending')
      return m.claims.alreadyDecided(m.claims.state(claim.state), claim.deciderName ?? m.claims.someone);
    const tm = messagesFor(claim.teamLocale);
    const decide = actionId === CLAIM_CONFIRM ? confirm : reject;
    const { reply, news } = await decide(trx, actor, claim, now, m, tm);
    const ctx = { db: trx, platforms: app.platforms, now };
    await tellCollector(ctx, actor, claim, news);
    // Every finance notice of the claim loses its buttons and says who decided, so nobody decides twice.
    const state = tm.claims.state(actionId === CLAIM_CONFIRM ? 'confirmed' : 'rejected');
    const amount = money(claim.amount, claim.currency);
    const card = tm.claims.decidedCard(claim.customerName, claim.invoiceNo, amount, state, actor.name);
    await updateDirects(ctx, `paid-claim:${claim.id}:p`, {
      text: card,
      blocks: [{ type: 'text', text: card }],
    });
    const key = await latestListKeyOf(trx, claim.teamId, claim.receivableId);
    if (key) await redrawListMessage(ctx, key);
    return reply;
  });
  app.nudge();
  return privately(answer);
}
