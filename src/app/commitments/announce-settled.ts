import { mention } from '../../chat/message.js';
import type { OpenCommitment } from '../../db/repositories/commitment.repository.js';
import { latestListPartOf } from '../../db/repositories/commitment.repository.js';
import { customerTimeline } from '../../db/repositories/escalation-timeline.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import { brokenPromisesInARow } from '../../domain/escalation.js';
import type { PromiseEvaluation } from '../../domain/promise-status.js';
import { messagesFor } from '../../locale/index.js';
import { money } from '../lists/labels.js';
import { type PublishContext, postToTeam } from '../publish.js';
import { collectionEvents } from './events.js';

/** The latest list part showing the item, or any of the customer's items for a customer-wide commitment. */
async function threadOf(ctx: PublishContext, c: OpenCommitment): Promise<string | null> {
  if (c.itemId !== null) return latestListPartOf(ctx.db, c.itemId);
  const items = await ctx.db
    .selectFrom('receivables')
    .select('id')
    .where('customer_id', '=', c.customerId)
    .execute();
  for (const item of items) {
    const key = await latestListPartOf(ctx.db, item.id);
    if (key) return key;
  }
  return null;
}

/**
 * Announces a broken or partly kept commitment where the team talks about the item: in the
 * thread of the latest list part showing it, or in the group when it was never listed; mentions
 * the collector and says what is still outstanding.
 */
export async function announceSettled(
  ctx: PublishContext,
  team: TeamRow,
  c: OpenCommitment,
  status: 'partially_kept' | 'broken',
  result: PromiseEvaluation,
): Promise<void> {
  const m = messagesFor(team.locale);
  const collector = c.collectorId ?? c.personId;
  const what = {
    who: collector === null ? m.lists.unassigned : mention(collector),
    customer: c.customerName,
    invoice: c.invoiceNo ?? m.commitments.wholeCustomer,
    amount: money(c.amount, c.currency),
    date: c.dueOn,
    received: money(result.received, c.currency),
    missing: money(result.shortfall, c.currency),
    instalment: c.instalmentNo ?? 0,
  };
  const lines = [
    status === 'broken' ? m.commitments.broken[c.kind](what) : m.commitments.partlyKept[c.kind](what),
  ];
  if (status === 'broken') {
    const inARow = brokenPromisesInARow(collectionEvents(await customerTimeline(ctx.db, c.customerId, null)));
    lines.push(m.promises.brokenInARow(c.customerName, inARow));
  }
  const text = lines.join('\n');
  const thread = await threadOf(ctx, c);
  // Promises keep the key they always had, so a restart never announces one twice.
  const key =
    c.kind === 'promise' && status === 'broken' ? `promise-broken:${c.id}` : `commitment-${status}:${c.id}`;
  await postToTeam(ctx, team.id, key, { text, blocks: [{ type: 'text', text }] }, thread ?? undefined);
}
