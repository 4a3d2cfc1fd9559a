import { recordAudit } from '../../db/repositories/audit.repository.js';
import { creditExposures } from '../../db/repositories/credit-exposure.repository.js';
import { openReview, reviewCandidates } from '../../db/repositories/credit-review.repository.js';
import { addCreditHistory } from '../../db/repositories/credit-watch.repository.js';
import { managerOrFinance } from '../../db/repositories/deciders.repository.js';
import { managerFor } from '../../db/repositories/escalation.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import { type ReviewTrigger, reviewTriggers, shouldOpenReview } from '../../domain/credit-review.js';
import type { LocalDate } from '../../domain/local-date.js';
import { type PublishContext, sendToPerson } from '../publish.js';
import { readTeamSettings } from '../team-settings.js';
import { reviewCard } from './review-card.js';

/** A review opened by one run of the rule. */
export interface OpenedReview {
  id: number;
  customerId: number;
  triggers: ReviewTrigger[];
  managerId: number | null;
}

/** Who decides a review: the customer's collector's manager, else every active finance person. */
async function deciders(ctx: PublishContext, ownerId: number | null, teamId: number): Promise<number[]> {
  return managerOrFinance(ctx.db, await managerFor(ctx.db, ownerId, teamId));
}

/**
 * Opens a credit review for each customer of the team the review rule calls for, keeps it in the
 * customer's credit history, and sends the manager the review card, once per review.
 */
export async function raiseCreditReviews(
  ctx: PublishContext,
  team: TeamRow,
  today: LocalDate,
): Promise<OpenedReview[]> {
  const settings = readTeamSettings(team.settings);
  const rules = {
    keepingRateBp: settings.reviewKeepingRateBp,
    averageDaysLate: settings.reviewAverageDaysLate,
  };
  const opened: OpenedReview[] = [];
  for (const c of await reviewCandidates(ctx.db, team.id, today, team.timezone)) {
    const triggers = reviewTriggers(c, rules, today);
    if (triggers.length === 0 || !shouldOpenReview(triggers, c.lastDecidedTriggers)) continue;
    const to = await deciders(ctx, c.ownerId, team.id);
    const id = await openReview(ctx.db, {
      customerId: c.customerId,
      teamId: team.id,
      triggers,
      openedOn: today,
      managerId: to[0] ?? null,
      now: ctx.now,
    });
    if (id === null) continue;
    await addCreditHistory(ctx.db, {
      customerId: c.customerId,
      kind: 'review_opened',
      detail: { review: id, triggers },
      personId: null,
      at: ctx.now,
    });
    await recordAudit(ctx.db, {
      at: ctx.now,
      actorLabel: 'system',
      action: 'credit_review.open',
      entity: 'customer',
      entityId: c.customerId,
      after: { review: id, triggers },
    });
    const exposure = (
      await creditExposures(ctx.db, { customerIds: [c.customerId] }, today, team.timezone)
    ).get(c.customerId);
    const card = await reviewCard(ctx.db, team.locale, { ...c, reviewId: id, triggers, exposure, today });
    for (const personId of to) await sendToPerson(ctx, personId, `credit-review:${id}:p${personId}`, card);
    opened.push({ id, customerId: c.customerId, triggers, managerId: to[0] ?? null });
  }
  return opened;
}
