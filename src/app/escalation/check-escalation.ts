import { recordAudit } from '../../db/repositories/audit.repository.js';
import {
  escalationSubject,
  managerFor,
  recordEscalation,
  strikeCandidates,
} from '../../db/repositories/escalation.repository.js';
import { customerTimeline, type StrikeEvent } from '../../db/repositories/escalation-timeline.repository.js';
import { DEFAULT_STRIKES, type EscalationReason, escalate } from '../../domain/escalation.js';
import { type LadderStep, nextStep, stepRank } from '../../domain/ladder.js';
import { collectionEvents } from '../commitments/events.js';
import { teamsToday } from '../commitments/team-info.js';
import { type PublishContext, sendToPerson } from '../publish.js';
import { escalationMessage } from './escalation-message.js';

/** A customer moved one step up the ladder. */
export interface Escalation {
  id: number;
  customerId: number;
  from: LadderStep;
  to: LadderStep;
  reasons: EscalationReason[];
  managerId: number | null;
}

// Customers already in legal or written off are past the ladder: nothing left to escalate.
const PAST_THE_LADDER = new Set(['legal', 'written_off']);

/** The strikes behind each reason: the last broken promises and the last failed contacts. */
function strikesOf(timeline: readonly StrikeEvent[], broken: number, failed: number): StrikeEvent[] {
  const promises = broken
    ? timeline.filter((e) => e.kind === 'promise' && e.status === 'broken').slice(-broken)
    : [];
  const contacts = failed ? timeline.filter((e) => e.kind === 'follow_up').slice(-failed) : [];
  return [...promises, ...contacts].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The three-strikes rule for one customer: three broken promises or three failed contacts in a
 * row since the last escalation move the customer one step above where they stand (by age or
 * by an earlier escalation), and the collector's manager hears about it privately, once.
 */
export async function checkEscalation(ctx: PublishContext, customerId: number): Promise<Escalation | null> {
  const owner = await ctx.db
    .selectFrom('customers')
    .select('team_id')
    .where('id', '=', customerId)
    .executeTakeFirst();
  const team = owner && (await teamsToday(ctx.db, [owner.team_id], ctx.now)).get(owner.team_id);
  if (!team) return null;
  const subject = await escalationSubject(ctx.db, customerId, team.today);
  if (!subject || PAST_THE_LADDER.has(subject.status)) return null;
  // Strikes before the last escalation were spent on it.
  const timeline = await customerTimeline(ctx.db, customerId, subject.escalatedAt);
  const result = escalate(subject.maxDaysOverdue, collectionEvents(timeline), DEFAULT_STRIKES);
  if (!result.notifyManager) return null;
  const persisted = subject.step as LadderStep | null;
  const from = persisted && stepRank(persisted) > stepRank(result.baseStep) ? persisted : result.baseStep;
  const to = nextStep(from);
  if (to === from) return null;

  const broken = result.reasons.includes('broken_promises') ? result.brokenPromisesInARow : 0;
  const failed = result.reasons.includes('failed_contacts') ? result.failedContactsInARow : 0;
  const strikes = strikesOf(timeline, broken, failed);
  const latest = strikes[strikes.length - 1];
  const collectorId = subject.ownerId ?? latest?.collectorId ?? latest?.personId ?? null;
  const managerId = await managerFor(ctx.db, collectorId, subject.teamId);
  const id = await recordEscalation(ctx.db, {
    customerId,
    teamId: subject.teamId,
    fromStep: from,
    toStep: to,
    reasons: result.reasons,
    brokenInARow: result.brokenPromisesInARow,
    failedInARow: result.failedContactsInARow,
    promiseIds: strikes.filter((e) => e.kind === 'promise').map((e) => e.id),
    followUpIds: strikes.filter((e) => e.kind === 'follow_up').map((e) => e.id),
    managerId,
    at: ctx.now,
  });
  await recordAudit(ctx.db, {
    at: ctx.now,
    actorLabel: 'system',
    action: 'customer.escalate',
    entity: 'customer',
    entityId: customerId,
    before: { escalation_step: persisted },
    after: { escalation_step: to, reasons: result.reasons, escalation: id },
  });
  if (managerId !== null) {
    const message = escalationMessage(
      {
        customerName: subject.name,
        from,
        to,
        reasons: result.reasons,
        brokenInARow: result.brokenPromisesInARow,
        failedInARow: result.failedContactsInARow,
        collectorId,
        strikes,
      },
      team.team.locale,
      team.team.timezone,
    );
    await sendToPerson(ctx, managerId, `escalation:${id}`, message);
  }
  return { id, customerId, from, to, reasons: result.reasons, managerId };
}

/** Checks every customer of a team who may have struck out (the daily run). */
export async function checkTeamEscalations(ctx: PublishContext, teamId: number): Promise<Escalation[]> {
  const done: Escalation[] = [];
  for (const customerId of await strikeCandidates(ctx.db, teamId, DEFAULT_STRIKES)) {
    const escalation = await checkEscalation(ctx, customerId);
    if (escalation) done.push(escalation);
  }
  return done;
}
