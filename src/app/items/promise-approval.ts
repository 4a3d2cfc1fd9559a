import { promiseLimit, promiseNeedsApproval } from '../../domain/extension.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import { money } from '../lists/labels.js';
import type { PublishContext } from '../publish.js';
import { requestPromiseApproval } from './approvals.js';
import type { ItemInContext } from './item-access.js';
import { savePromise } from './save-answers.js';

/**
 * Saves a promise on an item; one dated beyond the collector's limit (as for pre-due delays) is
 * saved pending and sent to the manager with the approve and reject buttons. Returns the answer.
 */
export async function savePromiseAsked(
  ctx: PublishContext,
  actor: Actor,
  item: ItemInContext,
  input: { amount: number; date: string; note: string | null },
): Promise<string> {
  const m = messagesFor(actor.locale);
  const needsApproval = promiseNeedsApproval(input.date, item.dueOn, item.today, item.termsDays);
  const id = await savePromise(ctx.db, actor, item, { ...input, needsApproval }, ctx.now);
  const amount = money(input.amount, item.currency);
  if (!needsApproval) return m.done.promised(amount, input.date);
  const limit = promiseLimit(item.dueOn, item.today, item.termsDays);
  await requestPromiseApproval(ctx, actor, item, id, { amount, date: input.date, limit });
  return m.commitments.promiseApproval.pending(amount, input.date, limit);
}
