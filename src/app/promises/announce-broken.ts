import { mention } from '../../chat/message.js';
import { customerTimeline } from '../../db/repositories/escalation-timeline.repository.js';
import { latestListPartOf, type OpenPromise } from '../../db/repositories/promise.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import { brokenPromisesInARow } from '../../domain/escalation.js';
import { messagesFor } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import { type PublishContext, postToTeam } from '../publish.js';
import { collectionEvents } from './events.js';

/**
 * Announces a broken promise where the team talks about the item: in the thread of the latest
 * list part showing it, or in the group when it was never listed; mentions the collector.
 */
export async function announceBroken(
  ctx: PublishContext,
  team: TeamRow,
  promise: OpenPromise,
  received: number,
): Promise<void> {
  const m = messagesFor(team.locale);
  const inARow = brokenPromisesInARow(
    collectionEvents(await customerTimeline(ctx.db, promise.customerId, null)),
  );
  const collector = promise.collectorId ?? promise.personId;
  const text = [
    m.promises.broken(
      collector === null ? m.lists.unassigned : mention(collector),
      promise.customerName,
      promise.invoiceNo,
      money(promise.amount, promise.currency),
      promise.promisedOn,
      money(received, promise.currency),
    ),
    m.promises.brokenInARow(promise.customerName, inARow),
  ].join('\n');
  const thread = await latestListPartOf(ctx.db, promise.itemId);
  await postToTeam(
    ctx,
    team.id,
    `promise-broken:${promise.id}`,
    { text, blocks: [{ type: 'text', text }] },
    thread ?? undefined,
  );
}
